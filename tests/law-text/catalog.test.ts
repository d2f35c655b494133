/**
 * The law catalog is complete: every code, condition, warning and missing fact the engine can return has
 * a French and an English message, and every message is valid ICU with the same placeholders in both.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { assess, validateSituation } from '$lib/law';
import { REGISTRY, REPORTED_FACTS } from '$lib/law/facts';
import {
  CONDITION_IDS,
  paramNames,
  REASON_CODES,
  type ReasonCode,
  WARNINGS as WARNING_PARAMS,
} from '$lib/law/reasons';
import { CONDITION_STATUSES, PROCEDURES, REDIRECTS, VERDICTS } from '$lib/law/schema/assessment';
import {
  ALLOWANCES,
  EU_RESIDENCE_BASES,
  PERMIT_TYPES,
  RELATIONS,
  ZONES,
} from '$lib/law/schema/situation';
import { describeAssessment } from '$lib/law-text';
import fr from '$lib/i18n/messages/fr/law.json';
import en from '$lib/i18n/messages/en/law.json';
import { entityArbitrary, isoDate } from '../helpers/arbitraries';

const CATALOGS = { fr: fr as Record<string, string>, en: en as Record<string, string> };

/** Facts, warnings and conditions the engine can give: their types list them. */
const FACTS: readonly string[] = REPORTED_FACTS;
const WARNINGS = Object.keys(WARNING_PARAMS);

/** Values the presenter adds to every reason sentence, beside the reason's own parameters. */
const PRESENTER_ARGUMENTS = ['effect', 'reason', 'coefficientQuestion'];

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
  it('has a sentence for every reason code', () => {
    expect(missingKeys(REASON_CODES.map((c) => `reason.${c}`))).toEqual([]);
  });

  it('gives each reason sentence only the parameters its code declares', () => {
    const undeclared = REASON_CODES.flatMap((code: ReasonCode) => {
      const allowed = new Set([...paramNames(code), ...PRESENTER_ARGUMENTS]);
      const used = placeholders(
        new IntlMessageFormat(CATALOGS.fr[`reason.${code}`]!, 'fr').getAst() as Element[],
      );
      return [...used].filter((p) => !allowed.has(p)).map((p) => `${code}: {${p}}`);
    });
    expect(undeclared).toEqual([]);
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

/** Every declared fact, with the values of each kind (no narrowing: any order of dates). */
const situation = fc.record({
  date: fc.constantFrom('2020-01-01', '2023-05-31', '2026-03-10', '2027-06-01'),
  sponsor: entityArbitrary(REGISTRY.sponsor, {
    overrides: {
      birthDate: fc.oneof(isoDate('1950-01-01', '2026-12-31'), isoDate('2003-01-01', '2025-12-31')),
    },
  }),
  members: fc.array(
    entityArbitrary(REGISTRY.member, {
      overrides: {
        birthDate: fc.oneof(
          isoDate('1950-01-01', '2026-12-31'),
          isoDate('2003-01-01', '2025-12-31'),
        ),
      },
    }),
    { maxLength: 6 },
  ),
});

describe('every assessment the engine returns can be said in words', () => {
  it('has a message for every code, condition, warning and fact, and renders without raw keys', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(situation, (raw) => {
        const input = { ...raw, members: raw.members.map((m, i) => ({ ...m, id: `m${i}` })) };
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
