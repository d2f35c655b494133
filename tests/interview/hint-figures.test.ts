/** The interview's hints state the store's figures in force on the day the page is drawn. */
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/lib/interview/answers';
import { render } from '../../src/lib/interview/pages';
import { hintFigures, question } from '../../src/lib/interview/questions';
import { valueAt } from '../../src/lib/law/parameters';
import { translate } from '../../src/lib/i18n/translate';

const TODAY = '2026-03-10';

describe('hint figures', () => {
  it('the status page carries the card validities of the store for its option hints', () => {
    const view = render(
      { answers: emptyAnswers(), step: { question: 'status' }, mode: 'flow' },
      TODAY,
    );
    expect(view.view).toBe('question');
    if (view.view !== 'question') return;
    const resident = valueAt('card.residentYears', TODAY).value;
    const subsidiary = valueAt('card.subsidiaryYears', TODAY).value;
    expect(view.figures).toEqual({
      'interview.opt.status.refugee.hint': { years: resident },
      'interview.opt.status.subsidiary_protection.hint': { years: subsidiary },
    });
    const key = 'interview.opt.status.refugee.hint';
    expect(translate('fr', key, view.figures[key])).toContain(
      `carte de résident de ${resident} ans`,
    );
  });
  it('the age hints state the majority of the store', () => {
    const majority = valueAt('ages.majority', TODAY).value;
    for (const id of ['married_at_asylum', 'children_in_france']) {
      const key = `interview.q.${id}.hint`;
      const figures = hintFigures(question(id)!, TODAY)[key];
      expect(figures).toEqual({ majority });
      expect(translate('fr', key, figures)).toContain(`moins de ${majority} ans`);
    }
  });
});
