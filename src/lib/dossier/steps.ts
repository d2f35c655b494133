/**
 * The ordered procedure of each route the family takes (data/steps.json): who acts, where, how long
 * it takes and what it costs, with the fee and duration in force on `today`.
 */
import type { Assessment, ProcedureId } from '../law/schema/assessment';
import type { Source } from '../law/parameters';
import stepsFile from './data/steps.json';
import {
  type Confidence,
  isUncertain,
  procedureParam,
  type ProcedureParameterId,
  type Period,
  type ProcedureValue,
} from './parameters';
import { proceduresOf } from './deadlines';

interface StepSpec {
  id: string;
  actor: 'sponsor' | 'member' | 'administration';
  place: string;
  duration?: ProcedureParameterId;
  fee?: ProcedureParameterId;
  deadline?: ProcedureParameterId;
  /** The periods its sentence states, by placeholder name. */
  figures?: Record<string, ProcedureParameterId>;
  sources: Source[];
  confidence: Confidence;
  verifiedOn: string;
}

export interface Step {
  id: string;
  order: number;
  actor: StepSpec['actor'];
  place: string;
  duration?: ProcedureValue<unknown>;
  fee?: ProcedureValue<unknown>;
  deadline?: ProcedureValue<unknown>;
  /** The store's figures its sentence states, by placeholder name. */
  figures?: Record<string, number>;
  sources: Source[];
  confidence: Confidence;
  uncertain: boolean;
  verifiedOn: string;
}

export interface ProcedureSteps {
  id: ProcedureId;
  steps: Step[];
}

const STEPS = stepsFile.steps as Record<ProcedureId, StepSpec[]>;

/**
 * The amount of each period in force on `today`; a placeholder named `years` states a period the
 * store counts in months as whole years.
 */
function periods(ids: Record<string, ProcedureParameterId>, today: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(ids).map(([name, id]) => {
      const { amount, unit } = procedureParam(id, today).value as Period;
      return [name, name === 'years' && unit === 'months' ? amount / 12 : amount];
    }),
  );
}

export function stepsFor(procedure: ProcedureId, today: string): ProcedureSteps {
  const steps = STEPS[procedure].map((s, i): Step => {
    const p = (id: ProcedureParameterId | undefined) =>
      id ? (procedureParam(id, today) as ProcedureValue<unknown>) : undefined;
    const duration = p(s.duration);
    const fee = p(s.fee);
    const deadline = p(s.deadline);
    const uncertain = [s.confidence, fee?.confidence, deadline?.confidence, duration?.confidence]
      .filter((c): c is Confidence => c !== undefined)
      .some(isUncertain);
    return {
      id: s.id,
      order: i + 1,
      actor: s.actor,
      place: s.place,
      ...(duration ? { duration } : {}),
      ...(fee ? { fee } : {}),
      ...(deadline ? { deadline } : {}),
      ...(s.figures ? { figures: periods(s.figures, today) } : {}),
      sources: s.sources,
      confidence: s.confidence,
      uncertain,
      verifiedOn: s.verifiedOn,
    };
  });
  return { id: procedure, steps };
}

export function buildSteps(assessment: Assessment, today: string): ProcedureSteps[] {
  return proceduresOf(assessment).map((p) => stepsFor(p, today));
}
