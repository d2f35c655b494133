/**
 * The fact registry is the one description of a situation: what the engine can report missing is
 * asked by the interview and named by the catalogs, and the schema, the expert form, the contract
 * document and the generated test situations all change when a fact is declared.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assess, validateSituation } from '../src/lib/law';
import {
  COMPOSITE_FACTS,
  fact,
  FACTS,
  kinds,
  labelKey,
  missingKey,
  REGISTRY,
  REPORTED_FACTS,
} from '../src/lib/law/facts';
import { entitySchemas } from '../src/lib/law/schema/situation';
import { expertFields, MEMBER_FIELDS, SPONSOR_FIELDS } from '../src/lib/interview/expert';
import { QUESTIONS } from '../src/lib/interview/questions';
import law from '../src/lib/i18n/messages/fr/law.json';
import ui from '../src/lib/i18n/messages/fr/ui.json';
import { contractDocument, situationSection } from '../scripts/contract/document';
import { entityArbitrary, isoDate } from './helpers/arbitraries';
import { situationArb } from './law-properties/situations';

const asked = new Set(QUESTIONS.flatMap((q) => q.facts as string[]));
const catalog = { ...law, ...ui } as Record<string, string>;

describe('the interview and the catalogs follow the registry', () => {
  it('asks every fact the engine can report missing, and names it', () => {
    const composite = new Map(Object.entries(COMPOSITE_FACTS));
    expect(REPORTED_FACTS.filter((f) => !asked.has(f) && !composite.has(f))).toEqual([]);
    const ids = new Set(QUESTIONS.map((q) => q.id));
    for (const [name, f] of composite)
      expect(
        f.answeredBy.filter((id) => !ids.has(id)),
        name,
      ).toEqual([]);
    expect(REPORTED_FACTS.filter((f) => catalog[missingKey(f)] === undefined)).toEqual([]);
  });

  it('asks every other fact too, unless the registry says why not', () => {
    const silent = FACTS.filter((f) => !asked.has(f.name) && !f.decl.meta.notAsked);
    expect(silent.map((f) => f.name)).toEqual([]);
    const saidSilentButAsked = FACTS.filter((f) => asked.has(f.name) && f.decl.meta.notAsked);
    expect(saidSilentButAsked.map((f) => f.name)).toEqual([]);
  });

  it('writes only facts the registry declares', () => {
    const names = new Set(FACTS.map((f) => f.name));
    expect([...asked].filter((f) => !names.has(f))).toEqual([]);
  });

  it('labels every fact in the expert form', () => {
    expect(FACTS.map(labelKey).filter((k) => catalog[k] === undefined)).toEqual([]);
  });

  it('never sees the engine report a fact missing that is not declared reported', () => {
    const reported = new Set<string>(REPORTED_FACTS);
    const seen = new Set<string>();
    const situation = fc.record({
      date: isoDate('2020-01-01', '2027-12-31'),
      sponsor: entityArbitrary(REGISTRY.sponsor),
      members: fc.array(entityArbitrary(REGISTRY.member), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(situation, (raw) => {
        const members = raw.members.map((m, i) => ({ ...m, id: `m${i}` }));
        const checked = validateSituation({ ...raw, members });
        if (!checked.ok) return;
        for (const f of assess(checked.situation).missing) {
          seen.add(f.fact);
          expect(reported.has(f.fact), f.fact).toBe(true);
        }
      }),
      { numRuns: 1500, seed: 20261203 },
    );
    // The sweep reaches most of what can be missing.
    expect(seen.size).toBeGreaterThan(REPORTED_FACTS.length / 2);
  });
});

describe('a fact declared in the registry reaches every description of a situation', () => {
  const extended = {
    ...REGISTRY,
    sponsor: {
      ...REGISTRY.sponsor,
      ownsHome: fact(kinds.bool(), {
        example: true,
        matters: 'A test fact: the sponsor owns the dwelling.',
        sources: ['CESEDA R434-5'],
      }),
    },
  };

  it('the schema and the JSON Schema', () => {
    const given = { status: 'resident', ownsHome: true };
    expect(entitySchemas(REGISTRY).sponsor.safeParse(given).success).toBe(false);
    expect(entitySchemas(extended).sponsor.safeParse(given).success).toBe(true);
    const json = z.toJSONSchema(entitySchemas(extended).sponsor) as {
      properties: Record<string, unknown>;
    };
    expect(json.properties.ownsHome).toEqual({ type: 'boolean' });
  });

  it('the expert form', () => {
    expect(SPONSOR_FIELDS.map((f) => f.path)).not.toContain('ownsHome');
    expect(expertFields(extended.sponsor)).toContainEqual({ path: 'ownsHome', kind: 'bool' });
    expect(MEMBER_FIELDS.map((f) => f.path)).toEqual(
      expertFields(REGISTRY.member).map((f) => f.path),
    );
  });

  it('the contract document', () => {
    expect(situationSection(REGISTRY)).not.toContain('sponsor.ownsHome');
    expect(situationSection(extended)).toContain(
      '`sponsor.ownsHome`: `true` or `false`. A test fact: the sponsor owns the dwelling. (CESEDA R434-5)',
    );
  });

  it('the generated test situations', () => {
    const drawn = fc.sample(entityArbitrary(extended.sponsor), { numRuns: 200, seed: 1 });
    expect(drawn.some((s) => typeof s.ownsHome === 'boolean')).toBe(true);
    const before = fc.sample(entityArbitrary(REGISTRY.sponsor), { numRuns: 200, seed: 1 });
    expect(before.some((s) => 'ownsHome' in s)).toBe(false);
  });
});

describe('the generated families of the policy properties', () => {
  it('draw every fact the registry declares (add a new fact to tests/law-properties/situations.ts)', () => {
    const drawn = new Set<string>();
    const collect = (o: Record<string, unknown>, prefix: string) => {
      for (const [k, v] of Object.entries(o)) {
        if (v !== null && typeof v === 'object' && !Array.isArray(v))
          collect(v as Record<string, unknown>, `${prefix}${k}.`);
        else drawn.add(`${prefix}${k}`);
      }
    };
    for (const s of fc.sample(situationArb, { numRuns: 400, seed: 7 })) {
      if (s.date !== undefined) drawn.add('date');
      collect(s.sponsor, 'sponsor.');
      for (const m of s.members) collect(m, '');
    }
    expect(FACTS.map((f) => f.name).filter((name) => !drawn.has(name))).toEqual([]);
  });
});

describe('docs/contract.md', () => {
  it('is the document the registry gives (run `npm run contract:doc` after changing a fact)', async () => {
    const written = readFileSync(new URL('../docs/contract.md', import.meta.url), 'utf8');
    expect(written).toBe(await contractDocument(REGISTRY));
  });
});
