/**
 * What the law book (docs/law/) implies for every family, checked on generated situations (situations.ts): more
 * money, room, time or age never makes things worse; adding an unrelated member changes nobody else; a
 * `to_verify` always names what is missing or uncertain; a member who cannot come for a reason of their
 * own is never counted; the order of the members does not matter. The cases come from a fixed seed, named
 * in every failure; REUNIR_SEED and REUNIR_RUNS explore others.
 */
import { describe, expect, it } from 'vitest';
import { assess, validateSituation } from '../../src/lib/law';
import type { Assessment, MemberResult, Verdict } from '../../src/lib/law/schema/assessment';
import type { Member, Situation } from '../../src/lib/law/schema/situation';
import { plusMonths } from '../../src/lib/law/dates';
import { CASES, forEveryCase, RUNS, SEED } from './situations';

const RANK: Record<Verdict, number> = { not_eligible: 0, to_verify: 1, eligible: 2 };
const run = (s: Situation) => assess(s);
const TIMEOUT = 60_000;

/** Every member is at least as well off after the change, and a met condition stays met. */
function neverWorse(before: Assessment, after: Assessment) {
  for (const m of before.members) {
    const later = after.members.find((x) => x.id === m.id)!;
    expect(RANK[later.verdict], `${m.id}: ${m.verdict} → ${later.verdict}`).toBeGreaterThanOrEqual(
      RANK[m.verdict],
    );
  }
  for (const p of before.procedures)
    for (const c of p.conditions)
      if (c.status === 'met') {
        const later = after.procedures
          .find((x) => x.id === p.id)
          ?.conditions.find((x) => x.id === c.id);
        expect(later?.status, `${p.id}.${c.id} was met`).toBe('met');
      }
}

describe(`generated situations (seed ${SEED})`, () => {
  it(`are ${RUNS} valid situations of every kind`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(2000);
    forEveryCase(({ situation }) => expect(validateSituation(situation).ok).toBe(true));
    const statuses = new Set(CASES.map((c) => c.situation.sponsor.status));
    expect(statuses.size).toBe(8);
  });
});

describe(`monotonicity (seed ${SEED})`, () => {
  it(
    'more income never makes anyone worse off',
    () =>
      forEveryCase(({ situation: s, cents }) => {
        const income = s.sponsor.income;
        // Only a raise of a given income: an income where none was said is new information.
        if (income?.monthlyNetAverage === undefined) return;
        const more = { ...income, monthlyNetAverage: income.monthlyNetAverage + cents / 100 };
        neverWorse(run(s), run({ ...s, sponsor: { ...s.sponsor, income: more } }));
      }),
    TIMEOUT,
  );
  it(
    'a larger dwelling never makes anyone worse off',
    () =>
      forEveryCase(({ situation: s, extraM2 }) => {
        const surface = s.sponsor.housing?.surfaceM2;
        if (surface === undefined) return;
        const housing = { ...s.sponsor.housing, surfaceM2: surface + extraM2 };
        neverWorse(run(s), run({ ...s, sponsor: { ...s.sponsor, housing } }));
      }),
    TIMEOUT,
  );
  it(
    'a longer residence in France never makes anyone worse off',
    () =>
      forEveryCase(({ situation: s, months }) => {
        const since = s.sponsor.residenceSince;
        if (since === undefined) return;
        const earlier = plusMonths(since, -months);
        if (s.sponsor.birthDate !== undefined && earlier < s.sponsor.birthDate) return;
        neverWorse(run(s), run({ ...s, sponsor: { ...s.sponsor, residenceSince: earlier } }));
      }),
    TIMEOUT,
  );
  it(
    'an older spouse never makes anyone worse off',
    () =>
      forEveryCase(({ situation: s, months }) => {
        const i = s.members.findIndex((m) => m.relation === 'spouse' && m.birthDate !== undefined);
        if (i < 0) return;
        const members = s.members.map((m, j) =>
          j === i ? { ...m, birthDate: plusMonths(m.birthDate!, -months) } : m,
        );
        neverWorse(run(s), run({ ...s, members }));
      }),
    TIMEOUT,
  );
});

/** Codes through which one member's answer depends on the others: the counts and the whole request. */
const THROUGH_OTHERS = new Set([
  'sponsor_conditions_not_met',
  'sponsor_conditions_uncertain',
  'partial_request',
  'exemption_spouse_only',
  'fact_missing',
]);
const own = (m: MemberResult) => m.reasons.filter((r) => !THROUGH_OTHERS.has(r.code));

describe(`other members (seed ${SEED})`, () => {
  it(
    'adding a relative the procedures do not cover changes nobody else',
    () =>
      forEveryCase(({ situation: s, relative }) => {
        const before = run(s);
        const after = run({ ...s, members: [...s.members, relative] });
        expect(after.members.slice(0, -1)).toEqual(before.members);
        expect(after.procedures.map((p) => p.thresholds)).toEqual(
          before.procedures.map((p) => p.thresholds),
        );
      }),
    TIMEOUT,
  );
  it(
    'adding a child changes the others only through the counts and the request',
    () =>
      forEveryCase(({ situation: s, child }) => {
        if (s.sponsor.status !== 'resident') return;
        const before = run(s);
        const after = run({ ...s, members: [...s.members, child] });
        before.members.forEach((m, i) => expect(own(after.members[i]!), m.id).toEqual(own(m)));
      }),
    TIMEOUT,
  );
});

/** Codes whose block depends on the birth date (an age limit). */
const AGE_BLOCKS = new Set([
  'child_adult',
  'spouse_minor',
  'partner_minor',
  'child_of_couple_over_19',
  'child_one_parent_adult',
  'sibling_adult_or_married',
  'accompanying_child_adult',
  'eu_descendant_not_dependent',
]);
/** Blocks that come from the sponsor's conditions. */
const SPONSOR_BLOCKS = new Set(['sponsor_conditions_not_met', 'eu_sponsor_right_not_met']);
/** Blocks that come from the sponsor or the rest of the family, not from the member alone. */
const NOT_OWN_BLOCKS = new Set([
  'sponsor_conditions_not_met',
  'eu_sponsor_right_not_met',
  'sibling_without_parents',
]);

describe(`verdicts say why (seed ${SEED})`, () => {
  it(
    'to_verify always names a missing fact, an uncertain point or a discretion',
    () =>
      forEveryCase(({ situation: s }) => {
        const a = run(s);
        for (const m of a.members) {
          if (m.verdict === 'to_verify')
            expect(
              m.reasons.some((r) => r.effect === 'uncertain'),
              m.id,
            ).toBe(true);
          if (m.verdict === 'not_eligible')
            expect(
              m.reasons.some((r) => r.effect === 'blocks'),
              m.id,
            ).toBe(true);
          for (const r of m.reasons.filter((x) => x.code === 'fact_missing')) {
            const fact = String(r.params?.fact);
            const expected = fact.startsWith('sponsor.') ? { fact } : { fact, memberId: m.id };
            expect(a.missing, `${m.id}: ${fact}`).toContainEqual(expected);
          }
        }
        // A member who cannot come for a reason of their own is asked nothing more.
        for (const f of a.missing.filter((x) => x.memberId !== undefined)) {
          const m = a.members.find((x) => x.id === f.memberId)!;
          const ownBlocks = m.reasons.filter(
            (r) => r.effect === 'blocks' && !SPONSOR_BLOCKS.has(r.code),
          );
          expect(
            ownBlocks.map((r) => r.code),
            `${f.memberId} is asked ${f.fact}`,
          ).toEqual([]);
        }
        for (const p of a.procedures)
          for (const c of p.conditions)
            if (c.status === 'unknown')
              expect(
                a.missing.some((f) => f.fact.startsWith('sponsor.')),
                c.id,
              ).toBe(true);
      }),
    TIMEOUT,
  );
  it(
    'a member who cannot come for a reason of their own is never counted, and one spouse at most',
    () =>
      forEveryCase(({ situation: s }) => {
        const a = run(s);
        for (const p of a.procedures) {
          const t = p.thresholds;
          if (!t) continue;
          const counted = t.membersCounted.map((id) => a.members.find((m) => m.id === id)!);
          for (const m of counted) {
            const blocks = m.reasons.filter(
              (r) => r.effect === 'blocks' && !NOT_OWN_BLOCKS.has(r.code),
            );
            expect(
              blocks.map((r) => r.code),
              m.id,
            ).toEqual([]);
          }
          const inFrance =
            (s.sponsor.minorChildrenInFrance ?? 0) + (s.sponsor.spouseInFrance ? 1 : 0);
          expect(t.familySize).toBe(1 + counted.length + inFrance);
          const spouses = counted.filter((m) => m.relation === 'spouse').length;
          expect(spouses + (s.sponsor.spouseInFrance ? 1 : 0)).toBeLessThanOrEqual(1);
        }
      }),
    TIMEOUT,
  );
  it(
    'a missing birth date never hides a rule that clearly fails',
    () =>
      forEveryCase(({ situation: s }) => {
        const a = run(s);
        s.members.forEach((m, i) => {
          const blocks = a.members[i]!.reasons.filter((x) => x.effect === 'blocks');
          const codes = blocks.map((x) => x.code);
          const ownFailure =
            codes.length > 0 && codes.every((c) => !AGE_BLOCKS.has(c) && !NOT_OWN_BLOCKS.has(c));
          if (!ownFailure || m.birthDate === undefined) return;
          const withoutBirth: Member = { ...m };
          delete withoutBirth.birthDate;
          const members: Member[] = s.members.map((x, j) => (j === i ? withoutBirth : x));
          const b = run({ ...s, members });
          expect(b.members[i]!.verdict, `${m.id}: ${codes.join(',')}`).toBe('not_eligible');
        });
      }),
    TIMEOUT,
  );
});

describe(`order of the family (seed ${SEED})`, () => {
  it(
    'gives every member the same answer whatever the order of the members',
    () =>
      forEveryCase(({ situation: s, order }) => {
        const shuffled = s.members
          .map((m, i) => ({ m, key: order[i] ?? 0 }))
          .sort((x, y) => x.key - y.key)
          .map((x) => x.m);
        const a = run(s);
        const b = run({ ...s, members: shuffled });
        for (const m of a.members)
          expect(
            b.members.find((x) => x.id === m.id),
            m.id,
          ).toEqual(m);
        const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
        expect(sorted(b.missing)).toEqual(sorted(a.missing));
        expect(b.warnings).toEqual(a.warnings);
        a.procedures.forEach((p, i) => {
          const q = b.procedures[i]!;
          expect(q.conditions).toEqual(p.conditions);
          expect(sorted(q.memberIds)).toEqual(sorted(p.memberIds));
          if (p.thresholds && q.thresholds) {
            expect(sorted(q.thresholds.membersCounted)).toEqual(
              sorted(p.thresholds.membersCounted),
            );
            expect({ ...q.thresholds, membersCounted: [] }).toEqual({
              ...p.thresholds,
              membersCounted: [],
            });
          }
        });
      }),
    TIMEOUT,
  );
});
