/**
 * The interview's hints and option labels state the store's figures in force on the day the page is
 * drawn, wherever a label is shown.
 */
import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/lib/interview/answers';
import { render } from '../../src/lib/interview/pages';
import {
  hintFigures,
  labelFigures,
  OPTION_FIGURES,
  OPTIONS,
  question,
} from '../../src/lib/interview/questions';
import { valueAt } from '../../src/lib/law/parameters';
import { LOCALES } from '../../src/lib/i18n/locales';
import { lookup, translate } from '../../src/lib/i18n/translate';
import { answerLines, optionLabel } from '../../src/lib/web/text';

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
  it('the permit page states the validity of each card from the store in its option labels', () => {
    const view = render(
      { answers: emptyAnswers(), step: { question: 'permit_type' }, mode: 'flow' },
      TODAY,
    );
    if (view.view !== 'question') throw new Error(view.view);
    const years = (
      id: 'card.temporaryMaxYears' | 'card.multiYearMaxYears' | 'card.residentYears',
    ) => valueAt(id, TODAY).value;
    expect(view.figures).toEqual({
      'interview.opt.permit.temporary': { years: years('card.temporaryMaxYears') },
      'interview.opt.permit.multi_year': { years: years('card.multiYearMaxYears') },
      'interview.opt.permit.resident': { years: years('card.residentYears') },
    });
    expect(optionLabel('fr', 'permit', 'resident', view.figures)).toBe(
      `Carte de résident (${years('card.residentYears')} ans)`,
    );
    expect(optionLabel('fr', 'permit', 'multi_year', view.figures)).toBe(
      `Carte de séjour pluriannuelle (jusqu’à ${years('card.multiYearMaxYears')} ans)`,
    );
    expect(optionLabel('fr', 'permit', 'temporary', view.figures)).toBe(
      `Carte de séjour temporaire (${years('card.temporaryMaxYears')} an)`,
    );
  });
  it('the check page states them in the answers too', () => {
    const figures = labelFigures(TODAY);
    const lines = answerLines('en', 'permit_type', { type: 'resident' }, figures);
    expect(lines).toEqual([`Resident card (${valueAt('card.residentYears', TODAY).value} years)`]);
  });
  it('every option label with a placeholder has its figures declared, and draws in every language', () => {
    const figures = labelFigures(TODAY);
    for (const [set, values] of Object.entries(OPTIONS)) {
      for (const value of values as readonly string[]) {
        const key = `interview.opt.${set}.${value}`;
        const hasPlaceholder = /\{/.test(lookup('fr', key)?.source ?? '');
        expect(key in OPTION_FIGURES, key).toBe(hasPlaceholder);
        for (const lang of LOCALES)
          expect(optionLabel(lang, set, value, figures)).not.toMatch(/[{}]/);
      }
    }
  });
});
