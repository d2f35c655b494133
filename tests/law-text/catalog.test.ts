/**
 * The law catalog is complete: every code, condition, warning and missing fact the engine can return has
 * a French and an English message, and every message is valid ICU with the same placeholders in both.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { SOURCES } from '$lib/law/sources';
import { assess, validateSituation } from '$lib/law';
import { CONDITION_STATUSES, PROCEDURES, REDIRECTS, VERDICTS } from '$lib/law/schema/assessment';
import {
  ALLOWANCES,
  EU_RESIDENCE_BASES,
  OTHER_PARENT,
  PARENTAGES,
  PERMIT_TYPES,
  RELATIONS,
  SPONSOR_STATUSES,
  ZONES,
} from '$lib/law/schema/situation';
import { describeAssessment } from '$lib/law-text';
import fr from '$lib/i18n/messages/fr/law.json';
import en from '$lib/i18n/messages/en/law.json';

const CATALOGS = { fr: fr as Record<string, string>, en: en as Record<string, string> };
const LAW_DIR = join(import.meta.dirname, '../../src/lib/law');

function engineSource(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
        files.push(join(dir, e.name));
    }
  };
  walk(LAW_DIR);
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

const source = engineSource();
const literals = (pattern: RegExp) => [...new Set([...source.matchAll(pattern)].map((m) => m[1]!))];

/** Facts, warnings and conditions named in the engine's code. */
const FACTS = literals(/(?:need\(\s*ctx,\s*|missingFact\(\s*)'([\w.]+)'/g);
const WARNINGS = literals(/warn\(\s*ctx,\s*'(\w+)'/g);
const CONDITION_IDS = [
  ...literals(/condition\(\s*'(\w+)'/g),
  ...literals(/exempt\(\s*'(\w+)'/g),
  ...literals(/id: '(\w+)',\s*sources: sourcesOf/g),
];

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

function placeholders(elements: Element[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural
    if (el.type >= 1 && el.type <= 6 && el.value) out.add(el.value);
    for (const option of Object.values(el.options ?? {})) placeholders(option.value, out);
  }
  return out;
}

function missingKeys(keys: string[]) {
  return Object.entries(CATALOGS).flatMap(([lang, catalog]) =>
    keys.filter((k) => catalog[k] === undefined).map((k) => `${lang}: ${k}`),
  );
}

describe('the law catalog', () => {
  it('finds the facts, warnings and conditions in the engine (the scan itself works)', () => {
    expect(FACTS).toContain('sponsor.residenceSince');
    expect(FACTS).toContain('sponsor.housing.surfaceM2');
    expect(FACTS).toContain('birthDate');
    expect(WARNINGS).toContain('parameters_may_be_outdated');
    expect(CONDITION_IDS).toEqual(
      expect.arrayContaining([
        'residence_duration',
        'permit',
        'resources',
        'housing',
        'eu_residence_right',
      ]),
    );
  });

  it('has a sentence for every reason code in SOURCES', () => {
    expect(missingKeys(Object.keys(SOURCES).map((c) => `reason.${c}`))).toEqual([]);
  });

  it('has a title for every condition, and a label for every status', () => {
    expect(missingKeys(CONDITION_IDS.map((id) => `condition.${id}.title`))).toEqual([]);
    expect(missingKeys(CONDITION_STATUSES.map((s) => `status.${s}`))).toEqual([]);
  });

  it('has a message for every warning and a label for every missing fact', () => {
    expect(missingKeys(WARNINGS.map((w) => `warning.${w}`))).toEqual([]);
    expect(missingKeys(FACTS.map((f) => `fact.${f}`))).toEqual([]);
  });

  it('names every verdict, procedure, redirect, relation, permit, zone, allowance and EU basis', () => {
    const keys = [
      ...VERDICTS.map((v) => `verdict.${v}`),
      ...PROCEDURES.flatMap((p) => [`procedure.${p}.name`, `procedure.${p}.who`]),
      ...REDIRECTS.flatMap((r) => [`redirect.${r}.title`, `redirect.${r}.text`]),
      ...RELATIONS.map((r) => `relation.${r}`),
      ...PERMIT_TYPES.map((p) => `permit.${p}`),
      ...ZONES.map((z) => `zone.${z}`),
      ...ALLOWANCES.map((a) => `allowance.${a}`),
      ...EU_RESIDENCE_BASES.map((b) => `euBasis.${b}`),
    ];
    expect(missingKeys(keys)).toEqual([]);
  });

  it('keeps the French administrative name of each procedure in English', () => {
    for (const p of PROCEDURES) {
      expect(en[`procedure.${p}.name` as keyof typeof en]).toContain(
        fr[`procedure.${p}.name` as keyof typeof fr].split(' ')[0]!,
      );
    }
  });

  it('has the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('parses every message as ICU, with the same placeholders in French and English', () => {
    const mismatches: string[] = [];
    for (const [key, frMessage] of Object.entries(CATALOGS.fr)) {
      const enMessage = CATALOGS.en[key];
      if (enMessage === undefined) continue;
      const a = placeholders(new IntlMessageFormat(frMessage, 'fr').getAst() as Element[]);
      const b = placeholders(new IntlMessageFormat(enMessage, 'en').getAst() as Element[]);
      if ([...a].sort().join() !== [...b].sort().join())
        mismatches.push(`${key}: fr {${[...a].join(', ')}} en {${[...b].join(', ')}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('uses typographic apostrophes, which ICU never reads as quoting', () => {
    const ascii = Object.entries(CATALOGS).flatMap(([lang, c]) =>
      Object.entries(c)
        .filter(([, m]) => m.includes("'"))
        .map(([k]) => `${lang}: ${k}`),
    );
    expect(ascii).toEqual([]);
  });
});

const date = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2026-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const recent = fc
  .date({
    min: new Date('2003-01-01T00:00:00Z'),
    max: new Date('2025-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const member = fc.record(
  {
    relation: fc.constantFrom(...RELATIONS),
    parentage: fc.constantFrom(...PARENTAGES),
    of: fc.constantFrom('sponsor', 'partner'),
    birthDate: fc.oneof(date, recent),
    married: fc.boolean(),
    unionDate: fc.oneof(date, recent),
    livesAbroad: fc.boolean(),
    lawfullyInFrance: fc.boolean(),
    requested: fc.boolean(),
    declaredToOfpra: fc.boolean(),
    otherParent: fc.constantFrom(...OTHER_PARENT),
    custodyJudgment: fc.boolean(),
    otherParentConsent: fc.boolean(),
    kafala: fc.boolean(),
    inParentsCare: fc.boolean(),
    polygamousUnion: fc.boolean(),
    dependent: fc.boolean(),
    memberOfHousehold: fc.boolean(),
    seriousHealthCare: fc.boolean(),
  },
  { requiredKeys: ['relation'] },
);

const situation = fc.record({
  date: fc.constantFrom('2020-01-01', '2023-05-31', '2026-03-10', '2027-06-01'),
  sponsor: fc.record(
    {
      status: fc.constantFrom(...SPONSOR_STATUSES),
      nationality: fc.constantFrom('DZ', 'MA', 'IT', 'SY'),
      birthDate: date,
      residenceSince: date,
      asylumApplicationDate: fc.oneof(date, recent),
      protectionGrantedDate: fc.oneof(date, recent),
      permit: fc.record(
        { type: fc.constantFrom(...PERMIT_TYPES), validFrom: date, validUntil: date },
        { requiredKeys: ['type'] },
      ),
      income: fc.record({
        monthlyNetAverage: maybe(fc.integer({ min: 0, max: 4000 })),
        spouseMonthlyNetAverage: maybe(fc.integer({ min: 0, max: 1000 })),
      }),
      allowances: fc.subarray([...ALLOWANCES]),
      housing: fc.record(
        { zone: fc.constantFrom(...ZONES), surfaceM2: fc.integer({ min: 9, max: 150 }) },
        { requiredKeys: [] },
      ),
      minorChildrenInFrance: fc.integer({ min: 0, max: 4 }),
      spouseInFrance: fc.boolean(),
      parentsInFrance: fc.boolean(),
      married: fc.boolean(),
      euResidenceBasis: fc.constantFrom(...EU_RESIDENCE_BASES),
      healthInsurance: fc.boolean(),
      sufficientResources: fc.boolean(),
    },
    { requiredKeys: ['status'] },
  ),
  members: fc.array(member, { maxLength: 6 }),
});

describe('every assessment the engine returns can be said in words', () => {
  it('has a message for every code, condition, warning and fact, and renders without raw keys', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(situation, (raw) => {
        const input = { ...raw, members: raw.members.map((m, i) => ({ id: `m${i}`, ...m })) };
        const checked = validateSituation(input);
        if (!checked.ok) return; // random dates can contradict each other
        const a = assess(checked.situation);
        const keys = [
          ...a.members.flatMap((m) => m.reasons.map((r) => `reason.${r.code}`)),
          ...a.procedures.flatMap((p) =>
            p.conditions.flatMap((c) => [`condition.${c.id}.title`, `reason.${c.reason}`]),
          ),
          ...a.warnings.map((w) => `warning.${w.code}`),
          ...a.missing.map((f) => `fact.${f.fact}`),
        ];
        keys.forEach((k) => seen.add(k));
        expect(missingKeys(keys)).toEqual([]);
        for (const locale of ['fr', 'en'] as const) {
          const text = JSON.stringify(describeAssessment(a, locale));
          expect(text).not.toMatch(
            /"(reason|condition|fact|warning|status|verdict|procedure)\.[\w.]+"/,
          );
          expect(text).not.toMatch(/NaN|undefined|\{[a-zA-Z]+\}/);
        }
      }),
      { numRuns: 2000, seed: 20260310 },
    );
    // The sweep reaches well beyond the six contract examples.
    expect(seen.size).toBeGreaterThan(70);
  }, 30_000);
});
