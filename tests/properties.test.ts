/**
 * Properties of the law engine over generated situations: it never crashes on any input, more money or
 * more room never makes a family worse off, and every code it gives cites an article.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, DateNotCoveredError, validateSituation } from '../src/lib/law';
import { AssessmentSchema, type Assessment } from '../src/lib/law/schema/assessment';
import {
  OTHER_PARENT,
  SPONSOR_STATUSES,
  ZONES,
  type Situation,
} from '../src/lib/law/schema/situation';
import { type MemberFactPath, REGISTRY, type SponsorFactPath } from '../src/lib/law/facts';
import { compact, entityArbitrary, isoDate } from './helpers/arbitraries';
import { REASONS } from '../src/lib/law/reasons';

const SOURCES: Record<string, readonly string[] | undefined> = Object.fromEntries(
  Object.entries(REASONS).map(([code, d]) => [code, d.sources]),
);

const TODAY = '2026-03-10';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const euros = fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100);

/** Members of every kind, drawn from the fact registry, with dates in a plausible range. */
const memberArb = (id: string) =>
  entityArbitrary(REGISTRY.member, {
    overrides: {
      id: fc.constant(id),
      birthDate: isoDate('1940-01-01', '2019-12-31'),
      nationality: fc.constantFrom('MA', 'DZ', 'SY', 'AF', 'ER'),
      unionDate: isoDate('2020-01-01', '2026-12-31'),
    } satisfies Overrides<MemberFactPath>,
  });

const membersArb = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(`m${i}`))));

/** Overrides by fact path: a path the registry does not declare is a type error. */
type Overrides<P extends string> = Partial<Record<P, fc.Arbitrary<unknown>>>;

const sponsorArb = (statuses: readonly (typeof SPONSOR_STATUSES)[number][]) =>
  entityArbitrary(REGISTRY.sponsor, {
    overrides: {
      status: fc.constantFrom(...statuses),
      birthDate: isoDate('1940-01-01', '2010-12-31'),
      residenceSince: isoDate('1995-01-01', '2026-12-31'),
      asylumApplicationDate: isoDate('2015-01-01', '2024-12-31'),
      protectionGrantedDate: isoDate('2025-01-01', '2026-06-30'),
      'permit.validFrom': isoDate('2015-01-01', '2026-06-30'),
      'permit.validUntil': isoDate('2026-07-01', '2036-12-31'),
      'housing.surfaceM2': fc.integer({ min: 5, max: 200 }),
      minorChildrenInFrance: fc.integer({ min: 0, max: 6 }),
    } satisfies Overrides<SponsorFactPath>,
  });

/** Situations of every kind, almost always valid (dates are drawn so that their order holds). */
const situationArb = fc
  .record({
    date: isoDate('2020-01-01', '2027-12-31'),
    sponsor: sponsorArb(SPONSOR_STATUSES),
    members: membersArb,
  })
  .map((s) => s as Situation);

/** Regroupement familial families whose members mostly can come: a spouse and children of the couple. */
const rfFamilyArb = fc
  .record({
    spouse: fc.option(
      fc.record({
        birthDate: isoDate('1950-01-01', '2001-12-31'),
        unionDate: isoDate('2005-01-01', '2019-12-31'),
        livesAbroad: maybe(fc.boolean()),
        lawfullyInFrance: maybe(fc.boolean()),
        requested: fc.option(fc.boolean(), { nil: undefined, freq: 1 }),
      }),
      { nil: undefined, freq: 5 },
    ),
    children: fc.array(
      fc.record({
        birthDate: isoDate('2004-01-01', '2019-12-31'),
        parentage: fc.constantFrom('couple' as const, 'couple' as const, 'sponsor' as const),
        otherParent: fc.constantFrom(...OTHER_PARENT),
        kafala: maybe(fc.boolean()),
        requested: fc.option(fc.boolean(), { nil: undefined, freq: 1 }),
      }),
      { maxLength: 5 },
    ),
  })
  .map(({ spouse, children }) => [
    ...(spouse ? [compact({ id: 'spouse', relation: 'spouse' as const, ...spouse })] : []),
    ...children.map((c, i) => compact({ id: `child${i}`, relation: 'child' as const, ...c })),
  ]);

/** Regroupement familial situations where resources and housing are given. */
const regroupementArb = fc
  .record({
    date: isoDate('2020-01-01', '2027-12-31'),
    sponsor: sponsorArb(['resident']),
    members: fc.oneof(rfFamilyArb, rfFamilyArb, membersArb),
    since: isoDate('1995-01-01', '2019-12-31'),
    permit: fc.constantFrom('resident', 'multi_year', 'renewal_receipt', 'temporary'),
    net: euros,
    spouseNet: maybe(euros),
    zone: fc.constantFrom(...ZONES),
    surface: fc.integer({ min: 5, max: 150 }),
  })
  .map(({ date, sponsor, members, since, permit, net, spouseNet, zone, surface }) => {
    const s = {
      date,
      sponsor: {
        ...sponsor,
        residenceSince: since,
        permit: { type: permit, validFrom: '2019-06-01', validUntil: '2029-05-31' },
        income: compact({ monthlyNetAverage: net, spouseMonthlyNetAverage: spouseNet }),
        housing: compact({
          ...(sponsor.housing as Record<string, unknown> | undefined),
          zone,
          surfaceM2: surface,
        }),
      },
      members,
    };
    return s as Situation;
  });

/** Replaces, removes or adds something at a random place of a JSON value. */
function mutate(value: unknown, path: number[], replacement: unknown, mode: number): unknown {
  if (value === null || typeof value !== 'object') return replacement;
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  if (entries.length === 0 || path.length === 0) {
    if (mode === 0 && !Array.isArray(value)) return { ...value, unexpected: replacement };
    return replacement;
  }
  const [head, ...rest] = path;
  const [key, child] = entries[(head ?? 0) % entries.length]!;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    if (rest.length === 0 && mode === 1) copy.splice(Number(key), 1);
    else copy[Number(key)] = mutate(child, rest, replacement, mode);
    return copy;
  }
  const copy: Record<string, unknown> = { ...value };
  if (rest.length === 0 && mode === 1) delete copy[key];
  else copy[key] = mutate(child, rest, replacement, mode);
  return copy;
}

const wrongValue = fc.oneof(
  fc.anything(),
  fc.string(),
  fc.constantFrom('2026-02-30', '2019-12-31', '10/03/2026', '', 'resident', 'A_bis', 'DZ', 'xx'),
  fc.double(),
  fc.integer({ min: -5, max: 2_000_000 }),
  fc.constantFrom(null, true, false, [], {}),
);

const mutatedArb = fc
  .tuple(
    situationArb,
    fc.array(fc.nat(), { minLength: 0, maxLength: 4 }),
    wrongValue,
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([s, path, replacement, mode]) => mutate(s, path, replacement, mode));

/** Validation problems, or an assessment; a date before coverage is the only error allowed. */
function outcome(input: unknown): { errors: { path: string; message: string }[] } | Assessment {
  const v = validateSituation(input);
  if (!v.ok) return { errors: v.errors };
  try {
    return assess(v.situation, { today: TODAY });
  } catch (err) {
    if (err instanceof DateNotCoveredError)
      return { errors: [{ path: 'date', message: err.message }] };
    throw err;
  }
}

function checkOutcome(input: unknown) {
  const out = outcome(input);
  if ('errors' in out) {
    expect(out.errors.length).toBeGreaterThan(0);
    for (const e of out.errors) {
      expect(e.path.length).toBeGreaterThan(0);
      expect(e.message.length).toBeGreaterThan(0);
    }
  } else {
    const parsed = AssessmentSchema.safeParse(out);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  }
}

describe('any input', () => {
  it('gives problems with a path and a message, or an assessment (any value)', () => {
    fc.assert(fc.property(fc.anything(), checkOutcome), { numRuns: 300 });
  });
  it('gives problems with a path and a message, or an assessment (any JSON)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => checkOutcome(JSON.parse(text))),
      { numRuns: 300 },
    );
  });
  it('gives problems with a path and a message, or an assessment (generated situations)', () => {
    fc.assert(fc.property(situationArb, checkOutcome), { numRuns: 400 });
  });
  it('gives problems with a path and a message, or an assessment (damaged situations)', () => {
    fc.assert(fc.property(mutatedArb, checkOutcome), { numRuns: 400 });
  });
  it('reports a damaged field at its path', () => {
    fc.assert(
      fc.property(situationArb, fc.constantFrom('7', -1, '2026-02-30', null), (s, bad) => {
        const out = outcome({ ...s, sponsor: { ...s.sponsor, minorChildrenInFrance: bad } });
        expect('errors' in out && out.errors.map((e) => e.path)).toContain(
          'sponsor.minorChildrenInFrance',
        );
      }),
      { numRuns: 100 },
    );
  });
});

const RANK = { not_eligible: 0, to_verify: 1, eligible: 2 } as const;

function compareRaised(before: Assessment, after: Assessment) {
  const rf = (a: Assessment) => a.procedures.filter((p) => p.id === 'regroupement_familial');
  rf(before).forEach((p, i) => {
    for (const c of p.conditions) {
      if ((c.id === 'resources' || c.id === 'housing') && c.status === 'met') {
        const later = rf(after)[i]?.conditions.find((x) => x.id === c.id);
        expect(later?.status, `${c.id} was met`).toBe('met');
      }
    }
  });
  for (const m of before.members) {
    const later = after.members.find((x) => x.id === m.id);
    expect(later, m.id).toBeDefined();
    if (m.verdict === 'eligible')
      expect(later?.verdict, `${m.id} was eligible`).not.toBe('not_eligible');
    // stronger: a member never gets a worse verdict
    expect(
      RANK[later!.verdict],
      `${m.id}: ${m.verdict} → ${later!.verdict}`,
    ).toBeGreaterThanOrEqual(RANK[m.verdict]);
  }
}

describe('monotonicity (regroupement familial)', () => {
  it('more resources never make a met condition or an eligible member worse', () => {
    fc.assert(
      fc.property(regroupementArb, fc.integer({ min: 1, max: 200_000 }), (s, cents) => {
        const v = validateSituation(s);
        fc.pre(v.ok);
        const income = s.sponsor.income ?? {};
        const raised: Situation = {
          ...s,
          sponsor: {
            ...s.sponsor,
            income: { ...income, monthlyNetAverage: (income.monthlyNetAverage ?? 0) + cents / 100 },
          },
        };
        compareRaised(assess(s), assess(raised));
      }),
      { numRuns: 400 },
    );
  });
  it('a larger dwelling never makes a met condition or an eligible member worse', () => {
    fc.assert(
      fc.property(regroupementArb, fc.integer({ min: 1, max: 100 }), (s, extra) => {
        const v = validateSituation(s);
        fc.pre(v.ok);
        const housing = s.sponsor.housing ?? {};
        const raised: Situation = {
          ...s,
          sponsor: {
            ...s.sponsor,
            housing: { ...housing, surfaceM2: (housing.surfaceM2 ?? 0) + extra },
          },
        };
        compareRaised(assess(s), assess(raised));
      }),
      { numRuns: 400 },
    );
  });
});

describe('sources', () => {
  it('every reason and condition code cites at least one article', () => {
    const cited = (code: string) => code === 'fact_missing' || (SOURCES[code]?.length ?? 0) > 0;
    fc.assert(
      fc.property(situationArb, (s) => {
        const v = validateSituation(s);
        fc.pre(v.ok);
        const a = assess(v.situation);
        for (const m of a.members)
          for (const r of m.reasons) {
            expect(cited(r.code), `reason ${r.code}`).toBe(true);
            if (r.code !== 'fact_missing') expect(r.sources).toEqual(SOURCES[r.code]);
          }
        for (const p of a.procedures)
          for (const c of p.conditions) {
            expect(cited(c.reason ?? c.id), `condition ${c.id} (${c.reason})`).toBe(true);
            expect(c.sources.length, `condition ${c.id}`).toBeGreaterThan(0);
          }
      }),
      { numRuns: 600 },
    );
  });
});
