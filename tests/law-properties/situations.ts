/**
 * Generated family situations for the policy properties: every regime, members of every relation with
 * facts given or left out, dates kept in an order the contract accepts. Members carry first names, so
 * that explanations can be read (and searched) as a family would see them.
 */
import fc from 'fast-check';
import {
  ALLOWANCES,
  EU_RESIDENCE_BASES,
  OTHER_PARENT,
  PARENTAGES,
  PERMIT_TYPES,
  RELATIONS,
  ZONES,
  type Member,
  type Situation,
} from '../../src/lib/law/schema/situation';
import { plusDays } from '../../src/lib/law/dates';

/** The seed of every property run: fixed, or REUNIR_SEED to replay or explore. */
export const SEED = Number(process.env.REUNIR_SEED ?? 20261203);
/** Situations per property and run. */
export const RUNS = Number(process.env.REUNIR_RUNS ?? 2000);

export const NAMES = ['Omid', 'Lina', 'Amina', 'Yusuf', 'Hana', 'Idris', 'Sara', 'Elif', 'Awet'];

const day = (min: string, max: string) =>
  fc
    .integer({
      min: Date.parse(`${min}T00:00:00Z`) / 864e5,
      max: Date.parse(`${max}T00:00:00Z`) / 864e5,
    })
    .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));

const maybe = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { nil: undefined, freq });
const bool = maybe(fc.boolean());

function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const relationArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant('spouse' as const) },
  { weight: 6, arbitrary: fc.constant('child' as const) },
  { weight: 2, arbitrary: fc.constant('parent' as const) },
  { weight: 2, arbitrary: fc.constant('sibling' as const) },
  { weight: 2, arbitrary: fc.constantFrom(...RELATIONS) },
);

export const memberArb = (id: string, relation = relationArb) =>
  fc
    .record({
      relation,
      parentage: maybe(fc.constantFrom(...PARENTAGES), 4),
      of: maybe(fc.constantFrom('sponsor' as const, 'partner' as const)),
      birthDate: maybe(day('1945-01-01', '2026-06-30'), 5),
      nationality: maybe(fc.constantFrom('MA', 'DZ', 'SY', 'AF', 'ER')),
      married: bool,
      unionDate: maybe(day('1990-01-01', '2027-06-30'), 3),
      livesAbroad: maybe(fc.boolean(), 3),
      lawfullyInFrance: bool,
      requested: fc.option(fc.boolean(), { nil: undefined, freq: 6 }),
      declaredToOfpra: maybe(fc.boolean(), 4),
      otherParent: maybe(fc.constantFrom(...OTHER_PARENT), 3),
      custodyJudgment: bool,
      otherParentConsent: bool,
      kafala: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
      kafalaByAlgerianJudge: bool,
      inParentsCare: maybe(fc.boolean(), 3),
      polygamousUnion: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
      dependent: bool,
      memberOfHousehold: bool,
      seriousHealthCare: bool,
    })
    .map((m) => compact({ id, ...m }) as Member);

export const membersArb = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(NAMES[i] ?? `m${i}`))));

const statusArb = fc.oneof(
  { weight: 6, arbitrary: fc.constant('resident' as const) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'refugee' as const,
      'subsidiary_protection' as const,
      'stateless' as const,
    ),
  },
  { weight: 3, arbitrary: fc.constant('eu_citizen' as const) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'french_citizen' as const,
      'asylum_seeker' as const,
      'no_permit' as const,
    ),
  },
);

const permitArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'resident' as const,
      'multi_year' as const,
      'temporary' as const,
      'renewal_receipt' as const,
      'algerian_certificate' as const,
    ),
  },
  { weight: 2, arbitrary: fc.constantFrom(...PERMIT_TYPES) },
);

export const sponsorArb = fc
  .record({
    status: statusArb,
    nationality: maybe(fc.constantFrom('MA', 'DZ', 'TR', 'SY', 'AF', 'DE', 'ES'), 4),
    birthDate: maybe(day('1950-01-01', '2009-12-31')),
    residenceSince: maybe(day('1995-01-01', '2026-12-31'), 4),
    asylumApplicationDate: maybe(day('2012-01-01', '2026-06-30'), 4),
    grantAfter: maybe(fc.integer({ min: 0, max: 900 }), 4),
    permit: maybe(
      fc
        .record({
          type: permitArb,
          validFrom: maybe(day('2015-01-01', '2027-06-30'), 5),
          years: maybe(fc.constantFrom(0.5, 1, 1, 4, 10), 5),
        })
        .map(({ type, validFrom, years }) =>
          compact({
            type,
            validFrom,
            validUntil:
              validFrom && years ? plusDays(validFrom, Math.round(365.25 * years) - 1) : undefined,
          }),
        ),
      5,
    ),
    income: maybe(
      fc
        .record({
          monthlyNetAverage: maybe(
            fc.integer({ min: 0, max: 400_000 }).map((c) => c / 100),
            5,
          ),
          monthlyGrossAverage: maybe(fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100)),
          spouseMonthlyNetAverage: maybe(fc.integer({ min: 0, max: 150_000 }).map((c) => c / 100)),
        })
        .map(compact),
      5,
    ),
    allowances: maybe(fc.uniqueArray(fc.constantFrom(...ALLOWANCES), { maxLength: 2 }), 3),
    housing: maybe(
      fc
        .record({
          zone: maybe(fc.constantFrom(...ZONES), 5),
          surfaceM2: maybe(fc.integer({ min: 9, max: 140 }), 5),
          occupants: maybe(fc.integer({ min: 1, max: 10 }), 3),
        })
        .map(compact),
      5,
    ),
    minorChildrenInFrance: maybe(fc.integer({ min: 0, max: 4 }), 3),
    spouseInFrance: fc.option(fc.boolean(), { nil: undefined, freq: 3 }),
    parentsInFrance: fc.option(fc.boolean(), { nil: undefined, freq: 3 }),
    married: bool,
    euResidenceBasis: maybe(fc.constantFrom(...EU_RESIDENCE_BASES), 4),
    healthInsurance: bool,
    sufficientResources: bool,
  })
  .map(({ grantAfter, asylumApplicationDate, ...s }) =>
    compact({
      ...s,
      asylumApplicationDate,
      protectionGrantedDate:
        asylumApplicationDate && grantAfter !== undefined
          ? plusDays(asylumApplicationDate, grantAfter)
          : undefined,
    }),
  );

/** Moves dates that the contract would refuse (a birth after the filing date…) to a valid place. */
function keepValid(s: Situation): Situation {
  const date = s.date!;
  const before = (d: string | undefined) => (d !== undefined && d > date ? date : d);
  const sponsor = { ...s.sponsor };
  sponsor.birthDate = before(sponsor.birthDate);
  if (sponsor.permit?.validFrom && sponsor.permit.validFrom > date)
    sponsor.permit = { ...sponsor.permit, validFrom: date };
  if (
    sponsor.permit?.validFrom &&
    sponsor.permit.validUntil &&
    sponsor.permit.validUntil < sponsor.permit.validFrom
  )
    sponsor.permit = { ...sponsor.permit, validUntil: sponsor.permit.validFrom };
  if (sponsor.residenceSince && sponsor.birthDate && sponsor.residenceSince < sponsor.birthDate)
    sponsor.residenceSince = sponsor.birthDate;
  const members = s.members.map((m) => {
    const out = { ...m, birthDate: before(m.birthDate) };
    if (out.unionDate && out.birthDate && out.unionDate < out.birthDate)
      out.unionDate = out.birthDate;
    return compact(out);
  });
  return { ...s, sponsor: compact(sponsor), members };
}

export const situationArb: fc.Arbitrary<Situation> = fc
  .record({ date: day('2021-01-01', '2027-06-30'), sponsor: sponsorArb, members: membersArb })
  .map((s) => keepValid(s as Situation));

/** One generated case: a situation and the changes the properties make to it. */
export const caseArb = fc.record({
  situation: situationArb,
  cents: fc.integer({ min: 1, max: 300_000 }),
  extraM2: fc.integer({ min: 1, max: 60 }),
  months: fc.integer({ min: 1, max: 240 }),
  relative: memberArb('Zeynep', fc.constant('other_relative' as const)),
  child: memberArb('Zeynep', fc.constant('child' as const)),
  order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
});
export type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * The cases of this run, drawn once from the seed and shared by every property (drawing them is what
 * costs; each property then looks at all of them).
 */
export const CASES: Case[] = fc.sample(caseArb, { seed: SEED, numRuns: RUNS });

/** Runs a check on every case; a failure names the case, the seed and the situation. */
export function forEveryCase(check: (c: Case) => void): void {
  CASES.forEach((c, i) => {
    try {
      check(c);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      throw new Error(
        `case ${i} of seed ${SEED} (REUNIR_SEED=${SEED} replays it): ${message}\n${JSON.stringify(c.situation)}`,
        { cause: err },
      );
    }
  });
}
