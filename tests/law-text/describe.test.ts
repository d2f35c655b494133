/** An assessment in words: the sentences a family reads for the contract examples. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, validateSituation, type Assessment } from '$lib/law';
import { describeAssessment, formatDate, formatMonth } from '$lib/law-text';

const EXAMPLES = join(import.meta.dirname, '../contract-examples');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a raw situation, edited before validation
type Raw = any;

function assessed(name: string, change: (s: Raw) => void = () => {}): Assessment {
  const raw = JSON.parse(readFileSync(join(EXAMPLES, `${name}.situation.json`), 'utf8'));
  change(raw);
  const checked = validateSituation(raw);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return assess(checked.situation);
}

describe('formatting', () => {
  it('formats calendar dates and months for the reader, whatever the time zone', () => {
    expect(formatDate('fr', '2026-03-10')).toBe('10 mars 2026');
    expect(formatDate('fr', '2026-03-01')).toBe('1er mars 2026');
    expect(formatDate('en', '2026-03-01')).toMatch(/March 1, 2026|1 March 2026/);
    expect(formatMonth('fr', '2025-03')).toBe('mars 2025');
    expect(formatMonth('en', '2026-02')).toBe('February 2026');
  });

  it('writes the first day of a month as an ordinal in French only', () => {
    expect(formatDate('fr', '2026-12-01')).toBe('1er décembre 2026');
    expect(formatDate('fr', '2026-12-11')).toBe('11 décembre 2026');
    expect(formatDate('en', '2026-12-01')).not.toMatch(/1er/);
  });
});

describe('describeAssessment', () => {
  it('says required against actual for housing, with the zone and the household', () => {
    const t = describeAssessment(assessed('02-regroupement-housing-too-small'), 'en');
    const housing = t.procedures[0]!.conditions.find((c) => c.id === 'housing')!;
    expect(housing.statusLabel).toBe('not met');
    expect(housing.detail).toContain(
      'Your home has 40 m². At least 42 m² are needed for 4 people in zone A.',
    );
    expect(housing.sources).toContain('CESEDA R434-5');
    const fr = describeAssessment(assessed('02-regroupement-housing-too-small'), 'fr');
    expect(fr.procedures[0]!.conditions.find((c) => c.id === 'housing')!.detail).toContain(
      'Votre logement fait 40 m². Il faut au moins 42 m² pour 4 personnes en zone A.',
    );
  });

  it('explains the income threshold with the reference months of the SMIC', () => {
    const t = describeAssessment(assessed('02-regroupement-housing-too-small'), 'fr');
    const th = t.procedures[0]!.thresholds!;
    expect(th.income).toBe(
      'Ressources demandées pour une famille de 4 personnes : 1\u202f572,01\u00a0€ net par mois (1\u202f985,87\u00a0€ brut).',
    );
    expect(th.coefficient).toBe('C’est la moyenne du SMIC multipliée par 1,1.');
    expect(th.period).toBe('Moyenne du SMIC net de mars 2025 à février 2026.');
    expect(th.smic).toEqual([
      'mars 2025 à décembre 2025 : SMIC de 1\u202f426,30\u00a0€ net (1\u202f801,80\u00a0€ brut) par mois.',
      'janvier 2026 à février 2026 : SMIC de 1\u202f443,11\u00a0€ net (1\u202f823,03\u00a0€ brut) par mois.',
    ]);
    expect(th.surface).toBe('Surface minimale pour 4 personnes en zone A : 42 m².');
  });

  it('gives each member a name, a verdict, a route and reasons with their articles', () => {
    const t = describeAssessment(assessed('04-refugee-married-after-asylum'), 'en');
    expect(t.procedure?.name).toBe(
      'réunification familiale (family reunification for refugees and protected persons)',
    );
    const spouse = t.members[0]!;
    expect(spouse).toMatchObject({
      name: 'spouse',
      relation: 'married spouse',
      verdict: 'to_verify',
      verdictLabel: 'to be checked',
      procedureLabel: 'regroupement familial (family regroupment, for residents)',
    });
    expect(spouse.reasons[0]!.text).toBe(
      'You married on August 1, 2023, after your asylum application of January 15, 2022. Your spouse can come through regroupement familial, with its conditions (time in France, income, housing).',
    );
    expect(spouse.reasons[0]!.sources).toContain('CESEDA L561-2');
    expect(spouse.reasons.at(-1)!.text).toBe(
      'Some of your conditions still need checking: income.',
    );
    const resources = t.procedures[1]!.conditions.find((c) => c.id === 'resources')!;
    expect(resources.detail).toContain('but less than the gross amount (€1,805.34)');
  });

  it('lists what is missing in words, for the sponsor and for each member', () => {
    const a = assessed('01-regroupement-conditions-met', (s) => {
      delete s.sponsor.housing;
      delete s.members[1].birthDate;
    });
    const t = describeAssessment(a, 'fr');
    expect(t.missing.map((m) => m.text)).toEqual(
      expect.arrayContaining([
        'la zone de la commune de votre logement (A bis, A, B1, B2 ou C)',
        'la surface habitable de votre logement',
        'amina : sa date de naissance',
      ]),
    );
    const amina = t.members.find((m) => m.name === 'amina')!;
    expect(amina.reasons.map((r) => r.text)).toContain(
      'Information manquante : sa date de naissance.',
    );
    expect(t.procedures[0]!.thresholds!.surface).toContain('elle dépend de la zone de la commune');
  });

  it('warns when the parameters may be outdated', () => {
    const t = describeAssessment(
      assessed('01-regroupement-conditions-met', (s) => (s.date = '2027-06-01')),
      'en',
    );
    expect(t.warnings.map((w) => w.code)).toContain('parameters_may_be_outdated');
    const outdated = t.warnings.find((w) => w.code === 'parameters_may_be_outdated')!;
    expect(outdated.text).toMatch(/^The amounts and rules were last checked on \w+ \d+, \d{4}\./);
  });

  it('always says that the administration decides and where to find free help', () => {
    for (const name of [
      '01-regroupement-conditions-met',
      '03-refugee-spouse-and-children',
      '05-eu-worker-family',
    ]) {
      const t = describeAssessment(assessed(name), 'fr');
      expect(t.safety[0]).toContain('C’est l’administration');
      expect(t.safety[1]).toContain('gratuitement');
    }
    expect(
      describeAssessment(assessed('03-refugee-spouse-and-children'), 'en').safety.join(' '),
    ).toContain('Restoring Family Links');
  });

  it('explains a redirect instead of a procedure', () => {
    const t = describeAssessment(
      assessed('01-regroupement-conditions-met', (s) => (s.sponsor.status = 'asylum_seeker')),
      'en',
    );
    expect(t.procedure).toBeNull();
    expect(t.redirect).toMatchObject({ code: 'asylum_first', title: 'Protection first' });
    expect(t.members[0]!.reasons[0]!.text).toContain('once you get protection');
  });
});
