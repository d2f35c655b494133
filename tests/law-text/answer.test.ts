/**
 * The answer first: one sentence for the family, the sponsor conditions said once with their way out,
 * the income as one threshold against one amount, and warnings only where they apply.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, validateSituation, type Assessment } from '$lib/law';
import { describeAssessment } from '$lib/law-text';
import {
  familyAnswer,
  generalWarnings,
  mergedConditions,
  resourcesText,
  sponsorBlocks,
} from '$lib/law-text/answer';

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

const income = (net: number) => (s: Raw) => (s.sponsor.income = { monthlyNetAverage: net });

describe('the family’s answer', () => {
  it('says in one sentence that everyone can come', () => {
    const a = familyAnswer(assessed('01-regroupement-conditions-met'), 'fr');
    expect(a.code).toBe('all_eligible');
    expect(a.text).toContain('regroupement familial');
  });

  it('says once that a sponsor condition stops the whole family, with the way out', () => {
    const a = assessed('01-regroupement-conditions-met', income(900));
    expect(familyAnswer(a, 'fr')).toMatchObject({ code: 'sponsor_blocks' });
    expect(familyAnswer(a, 'fr').text).toContain('ressources');
    const blocks = sponsorBlocks(a, 'fr');
    expect(blocks.map((b) => b.id)).toEqual(['resources']);
    const [resources] = resourcesText(a, 'fr');
    const missing = a.procedures[0]!.conditions.find((c) => c.id === 'resources')!.params!.margin;
    expect(missing).toBeLessThan(0);
    expect(blocks[0]!.detail).toBe(resources!.rule);
    expect(blocks[0]!.detail).toMatch(
      /Il vous faut au moins .* Vous avez 900,00\s€ : ce n’est pas assez, il manque/,
    );
    expect(blocks[0]!.wayOut).toContain('conjoint');
  });
});

describe('the income, one rule and one number', () => {
  it('enough: the threshold and the income, and nothing to explain', () => {
    const [r] = resourcesText(assessed('01-regroupement-conditions-met', income(5000)), 'fr');
    expect(r!.status).toBe('met');
    expect(r!.rule).toMatch(/c’est assez\.$/);
    expect(r!.because).toBeNull();
    expect(r!.basis).toContain('moyenne du SMIC net');
  });

  it('between the net and the gross figure: too close to call, and why', () => {
    const a = assessed('01-regroupement-conditions-met');
    const t = a.procedures[0]!.thresholds!;
    const between = Math.round(((t.incomeNet + t.incomeGross) / 2) * 100) / 100;
    const [r] = resourcesText(assessed('01-regroupement-conditions-met', income(between)), 'fr');
    expect(r!.status).toBe('to_verify');
    expect(r!.rule).toContain('trop proche pour trancher');
    expect(r!.because).toContain('brut');
    expect(r!.details.join(' ')).toContain('net ou au montant brut');
  });
});

describe('warnings where they apply', () => {
  it('a refugee family reads no word about the SMIC, even when the figures may be outdated', () => {
    const a = assessed('03-refugee-spouse-and-children', (s) => (s.date = '2027-06-01'));
    expect(a.warnings.map((w) => w.code)).toContain('parameters_may_be_outdated');
    const general = generalWarnings(a, 'fr');
    expect(general).toHaveLength(1);
    expect(general.join(' ')).not.toContain('SMIC');
    expect(resourcesText(a, 'fr')).toEqual([]);
  });

  it('a family with an income condition reads the SMIC warning beside the threshold', () => {
    const a = assessed('01-regroupement-conditions-met', (s) => (s.date = '2027-06-01'));
    expect(generalWarnings(a, 'fr')).toEqual([]);
    expect(resourcesText(a, 'fr')[0]!.warnings.join(' ')).toContain('SMIC');
  });
});

it('conditions that say the same thing are said once', () => {
  const a = assessed('03-refugee-spouse-and-children');
  const conditions = describeAssessment(a, 'fr').procedures[0]!.conditions;
  expect(conditions.length).toBeGreaterThan(1);
  const merged = mergedConditions(conditions, 'fr');
  expect(merged).toHaveLength(1);
  expect(merged[0]!.title).toBe('Durée de séjour en France, ressources et logement');
});
