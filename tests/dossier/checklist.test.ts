import { describe, expect, it } from 'vitest';
import { buildChecklist, buildSteps, DOCUMENTS } from '../../src/lib/dossier';
import { CATALOGS } from '../../src/lib/i18n/catalogs';
import stepsFile from '../../src/lib/dossier/data/steps.json';
import { valueAt } from '../../src/lib/law/parameters';
import { translate } from '../../src/lib/i18n/translate';
import { example, input, scenario } from './helpers';

interface Case {
  name: string;
  example?: string;
  situation?: unknown;
  expect: Record<
    string,
    { sponsor?: string[]; members?: Record<string, string[]>; fallbacks?: Record<string, string> }
  >;
}

describe('checklist scenarios', () => {
  for (const c of scenario<{ cases: Case[] }>('checklists.yaml').cases) {
    it(c.name, () => {
      const i = input(c.example ? example(c.example) : c.situation, {}, '2026-03-10');
      const list = buildChecklist(i.situation, i.assessment);
      for (const [procedure, want] of Object.entries(c.expect)) {
        const p = list.procedures.find((x) => x.id === procedure);
        expect(p, procedure).toBeDefined();
        if (want.sponsor) expect(p!.sponsor.map((x) => x.id)).toEqual(want.sponsor);
        for (const [id, docs] of Object.entries(want.members ?? {}))
          expect(p!.members.find((m) => m.id === id)?.items.map((x) => x.id)).toEqual(docs);
        if (want.members)
          expect(p!.members.map((m) => m.id).sort()).toEqual(Object.keys(want.members).sort());
        for (const [doc, fallback] of Object.entries(want.fallbacks ?? {})) {
          const item = [...p!.sponsor, ...p!.members.flatMap((m) => m.items)].find(
            (x) => x.id === doc,
          );
          expect(item?.fallback, doc).toBe(fallback);
        }
      }
    });
  }
});

interface DestinationCase {
  name: string;
  example?: string;
  situation?: unknown;
  procedure: string;
  destinations: Record<string, string>;
  absent?: string[];
  /** Article prefixes no item of this procedure may cite (another procedure's articles). */
  notCiting?: string[];
}

describe('checklist destinations and sources per procedure', () => {
  for (const c of scenario<{ cases: DestinationCase[] }>('checklist-destinations.yaml').cases) {
    it(c.name, () => {
      const i = input(c.example ? example(c.example) : c.situation, {}, '2026-03-10');
      const p = buildChecklist(i.situation, i.assessment).procedures.find(
        (x) => x.id === c.procedure,
      );
      expect(p, c.procedure).toBeDefined();
      const items = [...p!.sponsor, ...p!.members.flatMap((m) => m.items)];
      for (const [doc, destination] of Object.entries(c.destinations)) {
        const found = items.filter((x) => x.id === doc);
        expect(found.length, doc).toBeGreaterThan(0);
        for (const item of found) expect(item.destination, doc).toBe(destination);
      }
      for (const doc of c.absent ?? []) expect(items.map((x) => x.id)).not.toContain(doc);
      for (const item of items)
        for (const prefix of c.notCiting ?? [])
          for (const s of item.sources)
            expect(s.ref, `${item.id} cites ${s.ref}`).not.toMatch(new RegExp(`\\b${prefix}`));
    });
  }
});

describe('data files', () => {
  const allSteps = Object.values(stepsFile.steps).flat();
  it('every document and step has a source and a verification date', () => {
    for (const d of [...DOCUMENTS, ...allSteps]) {
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      expect(d.verifiedOn, d.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('every document, step and deadline has its words in French and English', () => {
    const keys = [
      ...DOCUMENTS.flatMap((d) => [
        `doc.${d.id}.name`,
        `doc.${d.id}.what`,
        `dossier.provider.${d.provider}`,
        `dossier.destination.${d.destination}`,
      ]),
      ...allSteps.flatMap((s) => [
        `step.${s.id}.title`,
        `step.${s.id}.body`,
        `dossier.place.${s.place}`,
      ]),
    ];
    for (const key of keys) {
      expect(CATALOGS.fr?.[key], `fr ${key}`).toBeDefined();
      expect(CATALOGS.en?.[key], `en ${key}`).toBeDefined();
    }
  });
  it('the French and English dossier catalogs have the same keys', async () => {
    const fr = (await import('../../src/lib/i18n/messages/fr/dossier.json')).default;
    const en = (await import('../../src/lib/i18n/messages/en/dossier.json')).default;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });
  it('steps give the visa fee and mark the 2026 permit tax as uncertain', () => {
    const i = input(example('01-regroupement-conditions-met'), {}, '2026-06-01');
    const [rg] = buildSteps(i.assessment, '2026-06-01');
    expect(rg?.steps.find((s) => s.id === 'rg_visa')?.fee?.value).toBe(99);
    const after = rg?.steps.find((s) => s.id === 'rg_after_arrival');
    expect(after?.fee?.value).toMatchObject({ total: 350 });
    expect(after?.uncertain).toBe(true);
    const [before] = buildSteps(i.assessment, '2026-01-15');
    expect(before?.steps.find((s) => s.id === 'rg_after_arrival')?.fee?.value).toMatchObject({
      total: 225,
    });
  });
  it('steps state the decision period the parameter store gives', () => {
    const i = input(example('01-regroupement-conditions-met'), {}, '2026-06-01');
    const [rg] = buildSteps(i.assessment, '2026-06-01');
    const months = valueAt('deadline.implicitRefusalRegroupement', '2026-06-01').value.amount;
    const receipt = rg?.steps.find((s) => s.id === 'rg_receipt');
    expect(receipt?.figures).toEqual({ months });
    expect(translate('fr', 'step.rg_receipt.body', receipt?.figures)).toContain(
      `le délai de ${months} mois de la décision`,
    );
  });
  it('the residence history states the durations the parameter store gives', () => {
    const i = input(example('01-regroupement-conditions-met'), {}, '2026-06-01');
    const item = buildChecklist(i.situation, i.assessment)
      .procedures.flatMap((p) => p.sponsor)
      .find((d) => d.id === 'residence_history');
    const months = valueAt('regroupement.residenceMonths', i.assessment.date).value;
    const monthsAlgeria = valueAt('regroupement.residenceMonthsAlgeria', i.assessment.date).value;
    expect(item?.figures).toEqual({ months, monthsAlgeria });
    expect(translate('fr', 'doc.residence_history.what', item?.figures)).toContain(
      `(${months} mois, ${monthsAlgeria} mois pour les Algériens)`,
    );
  });
  it('the passport states the validity margin the parameter store gives', () => {
    const i = input(example('01-regroupement-conditions-met'), {}, '2026-06-01');
    const item = buildChecklist(i.situation, i.assessment)
      .procedures.flatMap((p) => p.members.flatMap((m) => m.items))
      .find((d) => d.id === 'passport');
    const months = valueAt('visa.passportValidityAfterMonths', i.assessment.date).value;
    expect(item?.figures).toEqual({ months });
    expect(translate('fr', 'doc.passport.what', item?.figures)).toContain(
      `valable au moins ${months} mois après`,
    );
  });
  it('the common-life evidence states the years the parameter store gives', () => {
    const spec = DOCUMENTS.find((d) => d.id === 'eu_common_life_evidence');
    expect(spec?.figures).toEqual({
      partnerYears: 'eu.partnerCommonLifeYears',
      cohabitantYears: 'eu.cohabitantCommonLifeYears',
    });
    const figures = {
      partnerYears: valueAt('eu.partnerCommonLifeYears', '2026-06-01').value,
      cohabitantYears: valueAt('eu.cohabitantCommonLifeYears', '2026-06-01').value,
    };
    expect(translate('fr', 'doc.eu_common_life_evidence.what', figures)).toContain(
      `au moins ${figures.partnerYears} an de vie commune ; concubin : ${figures.cohabitantYears} ans`,
    );
  });
  it('the EU steps state the renewal window and the years of residence the parameter store gives', () => {
    const i = input(example('05-eu-worker-family'), {}, '2026-06-01');
    const ue = buildSteps(i.assessment, '2026-06-01').find((p) => p.id === 'famille_ue');
    const opens = valueAt('deadline.euRenewalWindow', '2026-06-01').value.amount;
    const latest = valueAt('deadline.euRenewalLatest', '2026-06-01').value.amount;
    const years = valueAt('deadline.euPermanentResidence', '2026-06-01').value.amount / 12;
    const renewal = ue?.steps.find((s) => s.id === 'ue_renewal');
    const permanent = ue?.steps.find((s) => s.id === 'ue_permanent');
    expect(renewal?.figures).toEqual({ opens, latest });
    expect(permanent?.figures).toEqual({ years });
    expect(translate('fr', 'step.ue_renewal.body', renewal?.figures)).toContain(
      `entre ${opens} et ${latest} mois avant`,
    );
    expect(translate('fr', 'step.ue_permanent.body', permanent?.figures)).toContain(
      `Après ${years} ans de séjour`,
    );
  });
});
