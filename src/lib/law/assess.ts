/**
 * The engine's entry point: one situation in, one assessment out, for the situation's date.
 * Pure: the date is an input (the caller supplies today's date when the situation has none).
 */
import type { Situation } from './schema/situation';
import type {
  Assessment,
  MemberResult,
  ProcedureId,
  ProcedureResult,
  Redirect,
} from './schema/assessment';
import { type Context, createContext, reason, warn } from './context';
import { coverage, type ParameterSet, parameters as defaultParameters } from './parameters';
import { assessRegroupement } from './regroupement';
import { assessReunification } from './reunification';
import { assessEuFamily } from './eu';
import { assessAccompanying } from './accompagnante';
import { routeOf } from './route';

import { RULES_VERSION } from './rules-version';

export { RULES_VERSION };

export interface AssessOptions {
  /** Used when the situation has no date; the engine never reads a clock. */
  today?: string;
  params?: ParameterSet;
}

export class DateNotCoveredError extends Error {
  constructor(
    readonly date: string,
    readonly from: string,
  ) {
    super(`reunir's rules cover dates from ${from}; ${date} is earlier`);
  }
}

type Route = { procedures: ProcedureResult[]; members: MemberResult[] };

function redirect(ctx: Context, code: Redirect): Route {
  const verdicts = {
    conjoint_de_francais: ['french_citizen_family', 'uncertain', 'to_verify'],
    asylum_first: ['asylum_pending', 'blocks', 'not_eligible'],
    permit_first: ['no_permit', 'blocks', 'not_eligible'],
  } as const;
  const [why, effect, verdict] = verdicts[code];
  return {
    procedures: [],
    members: ctx.situation.members.map((m) => ({
      id: m.id,
      relation: m.relation,
      verdict,
      procedure: null,
      reasons: [reason(why, effect)],
    })),
  };
}

function route(ctx: Context): {
  main: ProcedureId | null;
  redirect: Redirect | null;
  result: Route;
} {
  const { status, permit } = ctx.situation.sponsor;
  const { procedure, redirect: redirectCode } = routeOf(status, permit?.type);
  if (redirectCode !== null)
    return { main: null, redirect: redirectCode, result: redirect(ctx, redirectCode) };
  switch (procedure) {
    case 'reunification_familiale':
      return { main: procedure, redirect: null, result: assessReunification(ctx) };
    case 'famille_ue':
      return { main: procedure, redirect: null, result: assessEuFamily(ctx) };
    case 'famille_accompagnante':
      return { main: procedure, redirect: null, result: assessAccompanying(ctx) };
    case 'regroupement_familial': {
      const rf = assessRegroupement(ctx, ctx.situation.members);
      return {
        main: procedure,
        redirect: null,
        result: { procedures: [rf.procedure], members: rf.members },
      };
    }
  }
}

export function assess(situation: Situation, options: AssessOptions = {}): Assessment {
  const params = options.params ?? defaultParameters;
  const date = situation.date ?? options.today;
  if (date === undefined) throw new Error('assess() needs the situation date or options.today');
  const cover = coverage(params);
  if (date < cover.from) throw new DateNotCoveredError(date, cover.from);
  const ctx = createContext(situation, date, params);
  const { main, redirect: redirectCode, result } = route(ctx);
  if (date > cover.verifiedOn)
    warn(ctx, 'parameters_may_be_outdated', { verifiedOn: cover.verifiedOn });
  return {
    date,
    rulesVersion: RULES_VERSION,
    procedure: main,
    redirect: redirectCode,
    procedures: result.procedures,
    members: result.members,
    missing: ctx.missing,
    warnings: ctx.warnings,
  };
}
