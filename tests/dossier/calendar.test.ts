import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { computeDeadlines } from '../../src/lib/dossier';
import { deadlinesIcs } from '../../src/lib/server/ics';
import { valueAt } from '../../src/lib/law/parameters';
import { translate } from '../../src/lib/i18n/translate';
import { example, input, scenario } from './helpers';

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('deadlines as .ics', () => {
  it('a refused refugee family finds its 30-day CRRV deadline in the calendar', () => {
    const i = input(
      example('03-refugee-spouse-and-children'),
      { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' },
      '2026-09-20',
    );
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-09-20');
    const events = parse(deadlinesIcs(list, 'fr'));
    expect(events).toHaveLength(list.deadlines.length);
    const crrv = events.find((e) => e.summary.includes('CRRV'));
    expect(crrv?.startDate.toString()).toBe('2026-10-14');
    expect(crrv?.startDate.isDate).toBe(true);
    expect(crrv?.description).toContain('D312-3');
    expect(crrv?.component.getFirstSubcomponent('valarm')).not.toBeNull();
  });

  it('all deadlines of a regroupement family parse, with unique ids and dates matching the list', () => {
    const i = input(
      example('01-regroupement-conditions-met'),
      { fileCompleteAtOfii: '2025-12-01' },
      '2026-01-01',
    );
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-01-01');
    const events = parse(deadlinesIcs(list, 'en'));
    expect(events.map((e) => e.startDate.toString())).toEqual(list.deadlines.map((d) => d.date));
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('no deadline still gives a valid, empty calendar', () => {
    const i = input(example('06-talent-permit'), {}, '2026-01-01');
    const list = computeDeadlines(
      i.situation,
      { ...i.assessment, members: [] },
      i.events,
      '2026-01-01',
    );
    expect(list.deadlines).toHaveLength(0);
    expect(parse(deadlinesIcs(list, 'fr'))).toHaveLength(0);
  });

  it('states the window of a sponsor who was a minor as the parameter store gives it', () => {
    const { situation } = scenario<{ situation: unknown }>('deadlines-minor-sponsor.yaml');
    const i = input(situation, {}, '2025-12-01');
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2025-12-01');
    const months = valueAt('deadline.minorSponsorWindow', '2025-11-30').value.amount;
    expect(list.deadlines.find((d) => d.id === 'minor_sponsor_window')?.figures).toEqual({
      months,
    });
    const summaries = parse(deadlinesIcs(list, 'fr')).map((e) => e.summary);
    expect(summaries).toContain(
      `Dernier jour conseillé pour demander les visas de vos parents : ${months} mois après la protection`,
    );
  });

  it('states the age limit of a child as the parameter store gives it', () => {
    const i = input(example('01-regroupement-conditions-met'), {}, '2026-01-01');
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-01-01');
    const age = valueAt('ages.majority', '2026-01-01').value;
    const child = list.deadlines.find((d) => d.id === 'age_18');
    expect(child?.figures).toEqual({ age });
    const summaries = parse(deadlinesIcs(list, 'fr')).map((e) => e.summary);
    expect(summaries).toContain(`Dernier jour où ${child?.memberId} a moins de ${age} ans`);
  });

  it('states the EU windows and the years of permanent residence as the parameter store gives them', () => {
    const { situation } = scenario<{ situation: unknown }>('deadlines-eu.yaml');
    const events = { arrival: '2026-01-31', cardExpiry: '2026-05-31' };
    const i = input(situation, events, '2026-02-01');
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-02-01');
    const opens = valueAt('deadline.euRenewalWindow', '2026-05-31').value.amount;
    const latest = valueAt('deadline.euRenewalLatest', '2026-05-31').value.amount;
    const years = valueAt('deadline.euPermanentResidence', '2026-01-31').value.amount / 12;
    const figures = (id: string) => list.deadlines.find((d) => d.id === id)?.figures;
    expect(figures('eu_renewal_latest')).toEqual({ opens, latest });
    expect(figures('eu_permanent_request_opens')).toEqual({ opens, latest, years });
    expect(figures('eu_permanent_residence')).toEqual({ years });
    const ics = parse(deadlinesIcs(list, 'fr'));
    expect(ics.map((e) => e.summary)).toContain(
      `${years} ans de séjour : droit au séjour permanent`,
    );
    expect(ics.map((e) => e.description).join('\n')).toContain(
      `entre ${opens} et ${latest} mois avant la fin des ${years} ans`,
    );
  });

  it('states the new court period after a recours gracieux as the parameter store gives it', () => {
    const { situation } = scenario<{ situation: unknown }>('deadlines-gracieux.yaml');
    const events = {
      fileCompleteAtOfii: '2025-08-31',
      regroupementRefusalNotified: '2025-12-31',
      regroupementAppealLodged: '2026-02-28',
    };
    const i = input(situation, events, '2026-03-10');
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-03-10');
    const months = valueAt('deadline.courtAppeal', '2026-04-28').value.amount;
    expect(list.deadlines.find((d) => d.id === 'regroupement_appeal_silence')?.figures).toEqual({
      months,
    });
    const descriptions = parse(deadlinesIcs(list, 'fr'))
      .map((e) => e.description)
      .join('\n');
    expect(descriptions).toContain(`Un nouveau délai de ${months} mois pour le tribunal`);
  });

  it('states the extension a request for reasons gives as the parameter store gives it', () => {
    const i = input(
      example('01-regroupement-conditions-met'),
      { fileCompleteAtOfii: '2026-01-05' },
      '2026-01-10',
    );
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2026-01-10');
    const reasons = list.deadlines.find((d) => d.id === 'implicit_refusal_reasons');
    const months = valueAt('deadline.courtAppeal', '2026-07-05').value.amount;
    expect(reasons?.figures).toEqual({ months });
    const descriptions = parse(deadlinesIcs(list, 'fr'))
      .map((e) => e.description)
      .join('\n');
    expect(descriptions).toContain(`prolongé jusqu’à ${months} mois après sa réponse`);
  });

  it('states the CRRV period after the consulate’s silence in the unit the store gives it then', () => {
    for (const lodged of ['2022-03-01', '2026-03-01']) {
      const i = input(
        example('03-refugee-spouse-and-children'),
        { visaApplicationLodged: lodged },
        lodged,
      );
      const list = computeDeadlines(i.situation, i.assessment, i.events, lodged);
      const crrv = list.deadlines.find((d) => d.id === 'crrv_appeal_implicit');
      const { amount, unit } = valueAt('deadline.crrvAppealImplicit', crrv!.basis.date).value;
      expect(crrv?.figures).toEqual({ amount, unit });
      const what = translate('fr', 'deadline.crrv_appeal_implicit.what', crrv?.figures);
      expect(what).toContain(
        `Lecture prudente : ${amount} ${unit === 'days' ? 'jours' : 'mois'} à partir`,
      );
    }
  });

  it('states the birthday of an age limit as an ordinal of the age the store gives', () => {
    const { situation } = scenario<{ situation: unknown }>('deadlines-minor-sponsor.yaml');
    const i = input(situation, {}, '2025-12-01');
    const list = computeDeadlines(i.situation, i.assessment, i.events, '2025-12-01');
    const age = valueAt('ages.majority', '2025-12-01').value;
    const sponsor = list.deadlines.find((d) => d.id === 'sponsor_18');
    expect(sponsor?.figures).toEqual({ age });
    expect(translate('en', 'deadline.sponsor_18.title', sponsor?.figures)).toContain(
      `The day before your ${age}th birthday`,
    );
    expect(translate('fr', 'deadline.sponsor_18.what', sponsor?.figures)).toContain(
      `Après vos ${age} ans`,
    );
    const ordinal = (n: number) =>
      translate('en', 'deadline.age_19.what', { age: n }).match(/passed their (\w+) birthday/)?.[1];
    expect([21, 22, 23, 19, 11].map(ordinal)).toEqual(['21st', '22nd', '23rd', '19th', '11th']);
    expect(translate('fr', 'deadline.age_19.what', { age: 19 })).toContain(
      'leur 19e anniversaire ; d’autres sources disent « moins de 19 ans »',
    );
  });
});
