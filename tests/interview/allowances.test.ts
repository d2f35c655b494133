/** The allowances question: each acronym explained, and "none of these" as an answer of its own. */
import { describe, expect, it } from 'vitest';
import { communeLookup } from '../../src/lib/data/communes';
import { lookup } from '../../src/lib/i18n';
import { emptyAnswers } from '../../src/lib/interview/answers';
import { parseAnswer } from '../../src/lib/interview/parse';
import { OPTIONS, question } from '../../src/lib/interview/questions';
import { situationOf } from '../../src/lib/interview/situation';

function post(values: string[]) {
  const form = new FormData();
  for (const v of values) form.append('f.allowances', v);
  return parseAnswer(question('allowances')!, form, emptyAnswers(), '2026-12-03', communeLookup);
}

describe('allowances', () => {
  it('explains every allowance in plain words, in every language', () => {
    for (const lang of ['fr', 'en', 'ar', 'fa', 'ps', 'ti', 'uk', 'ru'] as const)
      for (const o of OPTIONS.allowance)
        expect(lookup(lang, `interview.opt.allowance.${o}.hint`), `${lang} ${o}`).toBeTruthy();
  });

  it('takes "none of these" alone, and gives the engine an empty list', () => {
    const parsed = post(['none']);
    expect(parsed).toEqual({ ok: true, answer: { allowances: ['none'] } });
    const answers = {
      ...emptyAnswers(),
      sponsor: { status: { status: 'resident' }, allowances: { allowances: ['none'] } },
    };
    expect(situationOf(answers)?.sponsor.allowances).toEqual([]);
    const aah = {
      ...answers,
      sponsor: { ...answers.sponsor, allowances: { allowances: ['aah'] } },
    };
    expect(situationOf(aah)?.sponsor.allowances).toEqual(['aah']);
  });

  it('refuses "none of these" ticked with an allowance', () => {
    const parsed = post(['none', 'rsa']);
    expect(parsed.ok).toBe(false);
    if (parsed.ok === false)
      expect(parsed.errors).toEqual([
        { input: 'f.allowances', key: 'interview.error.allowances.noneAlone' },
      ]);
  });
});
