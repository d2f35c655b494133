/**
 * What every rule works with: the situation, its date, the dated parameters, and the facts found
 * missing along the way (the interview asks for them next).
 */
import type { Member, Situation } from './schema/situation';
import type {
  ConditionStatus,
  MemberResult,
  MissingFact,
  ProcedureId,
  Reason,
  Verdict,
  Warning,
} from './schema/assessment';
import { type ParameterId, type ParameterSet, type RulesParameters, ruleAt } from './parameters';
import type { ReportedFact } from './facts';
import {
  type AllOptional,
  type ReasonCode,
  type ReasonParams,
  sourcesOf,
  type WarningCode,
  WARNINGS,
} from './reasons';

export interface Context {
  readonly situation: Situation;
  readonly date: string;
  readonly params: ParameterSet;
  readonly missing: MissingFact[];
  readonly warnings: Warning[];
}

export function createContext(situation: Situation, date: string, params: ParameterSet): Context {
  return { situation, date, params, missing: [], warnings: [] };
}

export function rule<K extends ParameterId>(ctx: Context, id: K): RulesParameters[K] {
  return ruleAt(ctx.params, id, ctx.date);
}

/** Records that a fact matters and was not given. */
export function need(ctx: Context, fact: ReportedFact, member?: Member): void {
  const memberId = member?.id;
  if (!ctx.missing.some((m) => m.fact === fact && m.memberId === memberId)) {
    ctx.missing.push(memberId === undefined ? { fact } : { fact, memberId });
  }
}

type WarningParams<W extends WarningCode> = {
  -readonly [K in keyof (typeof WARNINGS)[W]]: string;
};

export function warn<W extends WarningCode>(ctx: Context, code: W, params: WarningParams<W>): void {
  if (!ctx.warnings.some((w) => w.code === code))
    ctx.warnings.push(params ? { code, params } : { code });
}

export type Effect = Reason['effect'];

/** A reason needs the parameters its code declares, and only those. */
type ParamsArgument<C extends ReasonCode> =
  ReasonParams<C> extends Record<string, never>
    ? []
    : AllOptional<C> extends true
      ? [params?: ReasonParams<C>]
      : [ReasonParams<C>];

export function reason<C extends ReasonCode>(
  code: C,
  effect: Effect,
  ...params: ParamsArgument<C>
): Reason {
  const r: Reason = { code, effect, sources: sourcesOf(code) };
  if (params[0]) r.params = params[0] as Reason['params'];
  return r;
}

/** A member's verdict follows from the weight of the reasons: one block excludes, one doubt suspends. */
export function verdictOf(reasons: Reason[]): Verdict {
  if (reasons.some((r) => r.effect === 'blocks')) return 'not_eligible';
  if (reasons.some((r) => r.effect === 'uncertain')) return 'to_verify';
  return 'eligible';
}

/**
 * A reason that a fact is missing: a member's fact (`birthDate`) or a sponsor's (`sponsor.…`) that the
 * member's answer depends on. `memberResult` records it for the interview, and only when the member
 * could still come: a missing fact never hides a rule that clearly fails.
 */
export function missingFact(fact: ReportedFact): Reason {
  return reason('fact_missing', 'uncertain', { fact });
}

export function conditionEffect(status: ConditionStatus): Effect {
  if (status === 'not_met') return 'blocks';
  if (status === 'unknown' || status === 'to_verify') return 'uncertain';
  return 'supports';
}

/** Blocks that come from the sponsor's conditions, not from the member: the member's facts still matter. */
const SPONSOR_BLOCKS: ReadonlySet<string> = new Set<ReasonCode>([
  'sponsor_conditions_not_met',
  'eu_sponsor_right_not_met',
]);

/**
 * A member's result: the verdict its reasons give, and the route only when the member can come. When a
 * rule of the member's own clearly fails, the member's missing facts no longer matter: they are neither
 * shown nor asked.
 */
export function memberResult(
  ctx: Context,
  m: Member,
  given: Reason[],
  procedure: ProcedureId,
): MemberResult {
  const verdict = verdictOf(given);
  const settled = given.some((r) => r.effect === 'blocks' && !SPONSOR_BLOCKS.has(r.code));
  const reasons = settled ? given.filter((r) => r.code !== 'fact_missing') : given;
  for (const r of reasons) {
    const fact = r.code === 'fact_missing' ? r.params?.fact : undefined;
    if (typeof fact === 'string')
      need(ctx, fact as ReportedFact, fact.startsWith('sponsor.') ? undefined : m);
  }
  return {
    id: m.id,
    relation: m.relation,
    verdict,
    procedure: verdict === 'not_eligible' ? null : procedure,
    reasons,
  };
}
