/**
 * The parameter store as it is served: every parameter with its description, unit, dated values (each
 * with its sources, confidence and note) and verification date, and, for a date, the value in force on
 * it. The date is checked like a filing date: a day the rules do not cover is a problem, never answered
 * with a fallback. Pure: the date is an input.
 */
import { isoDate } from '../law/facts/kinds';
import { entryAt, type Parameter, store } from '../law/parameters';
import type { ServedParameter } from '../law/parameters/schema';
import type { Result } from '../law/problem';
import { filingDateProblem } from '../law/validate';

export interface ServedStore {
  /** The date asked for, when one was. */
  date?: string;
  parameters: Record<string, ServedParameter>;
}

function served(param: Parameter<unknown>, date: string | undefined): ServedParameter {
  const { description, unit, verifiedOn, values } = param;
  const out: ServedParameter = { description, unit, verifiedOn, values };
  if (date === undefined) return out;
  const first = values[0];
  if (!first || first.from > date) return { ...out, inForce: null };
  const entry = entryAt(param, date);
  return { ...out, inForce: { ...entry, verifiedOn: entry.verifiedOn ?? verifiedOn } };
}

/** Every parameter of the store; with `date` (YYYY-MM-DD), each also gives the value in force on it. */
export function readParameters(date?: string | null): Result<ServedStore> {
  if (date !== undefined && date !== null) {
    const checked = isoDate.safeParse(date);
    const problem = checked.success
      ? filingDateProblem(checked.data)
      : checked.error.issues[0]?.message;
    if (problem) return { ok: false, errors: [{ path: 'date', message: problem }] };
  }
  const day = date ?? undefined;
  const parameters = Object.fromEntries(
    Object.entries(store).map(([id, p]) => [id, served(p as Parameter<unknown>, day)]),
  );
  return { ok: true, value: { ...(day === undefined ? {} : { date: day }), parameters } };
}
