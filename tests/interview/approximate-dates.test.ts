/** Dates known only to the month or the year, as the interview reads them and gives them to the engine. */
import { describe, expect, it } from 'vitest';
import { communeLookup } from '../../src/lib/data/communes';
import { emptyAnswers } from '../../src/lib/interview/answers';
import { partsOf, readApproxDate } from '../../src/lib/interview/dates';
import { valuesOf } from '../../src/lib/interview/pages';
import { parseAnswer } from '../../src/lib/interview/parse';
import { question } from '../../src/lib/interview/questions';

const read = (day: string, month: string, year: string, approx: boolean) => {
  const r = readApproxDate({ day, month, year }, true, approx);
  return r.ok ? r.iso : r.error;
};

function post(id: string, fields: Record<string, string>, answers = emptyAnswers()) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return parseAnswer(question(id)!, form, answers, '2026-12-03', communeLookup);
}

describe('approximate dates in the interview', () => {
  it('keeps the month or the year when the person ticks that they know only those', () => {
    expect(read('', 'juin', '2025', true)).toBe('2025-06');
    expect(read('', '', '2019', true)).toBe('2019');
    expect(read('', '٦', '٢٠٢٥', true)).toBe('2025-06');
    expect(read('10', '6', '2025', true)).toBe('2025-06-10');
  });

  it('points to the tick box when the day is missing without it', () => {
    expect(read('', '6', '2025', false)).toBe('date.dayOrApprox');
    expect(read('', '', '', false)).toBeNull();
    expect(read('', '13', '2025', true)).toBe('date.month');
    expect(read('', '', '1398', true)).toBe('date.calendar');
  });

  it('offers the tick box on the asylum, protection and union dates only', () => {
    const approximate = (id: string) =>
      question(id)!.fields.some((f) => f.kind === 'date' && f.approximate === true);
    expect(['asylum_date', 'grant_date', 'union_date'].every(approximate)).toBe(true);
    expect(['m_birth_date', 'birth_date', 'filing_date', 'residence_since'].some(approximate)).toBe(
      false,
    );
  });

  it('gives the form post to the answers, and shows it again with the box ticked', () => {
    const parsed = post('union_date', {
      'f.date.month': '',
      'f.date.year': '2019',
      'f.date.approx': 'yes',
    });
    expect(parsed).toEqual({ ok: true, answer: { date: '2019' } });
    expect(partsOf('2019')).toEqual({ day: '', month: '', year: '2019' });
    expect(valuesOf(question('union_date')!, { date: '2019-06' })).toMatchObject({
      'f.date.month': '6',
      'f.date.year': '2019',
      'f.date.approx': 'yes',
    });
    const birth = post('m_birth_date', {
      'f.date.month': '6',
      'f.date.year': '2019',
      'f.date.approx': 'yes',
    });
    expect(birth.ok).toBe(false);
  });

  it('finds a grant before the application only when it surely is', () => {
    const answers = { ...emptyAnswers(), sponsor: { asylum_date: { date: '2020' } } };
    const same = post(
      'grant_date',
      { 'f.date.day': '', 'f.date.month': '3', 'f.date.year': '2020', 'f.date.approx': 'yes' },
      answers,
    );
    expect(same.ok).toBe(true);
    const before = post(
      'grant_date',
      { 'f.date.day': '5', 'f.date.month': '3', 'f.date.year': '2019' },
      answers,
    );
    expect(before.ok).toBe(false);
  });
});

describe('an approximate answer on the check page', () => {
  it('says that the exact day is not known', async () => {
    const { answerLines } = await import('../../src/lib/web/text');
    expect(answerLines('fr', 'union_date', { date: '2019' }, {})).toEqual([
      '2019 (jour exact inconnu)',
    ]);
    expect(answerLines('en', 'grant_date', { date: '2025-06' }, {})).toEqual([
      'June 2025 (exact day unknown)',
    ]);
    expect(answerLines('en', 'grant_date', { date: '2025-06-10' }, {})).toEqual(['June 10, 2025']);
  });
});
