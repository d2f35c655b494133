/**
 * Validation at the edge: any JSON value yields either a situation the engine accepts or a list of
 * problems, each with the path of the field and a message a person can act on.
 */
import { z } from 'zod';
import { SituationSchema, type Situation } from './schema/situation';
import { coverage, type ParameterSet, parameters } from './parameters';
import { plusMonths } from './dates';
import type { Problem } from './problem';

export type Validation = { ok: true; situation: Situation } | { ok: false; errors: Problem[] };

function pathOf(path: PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'this field is required'
        : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String).join(', ');
      return issue.input === undefined
        ? `this field is required: one of ${allowed}`
        : `expected one of: ${allowed} (got ${describe(issue.input)})`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * How long after the parameters' last check (their "verified on" date) a filing date is still
 * assessed. In between, the last known values are used and the assessment warns that they may be
 * outdated (docs/law/dates.md); beyond it the figures would be a guess, and the date is refused.
 */
export const FILING_HORIZON_MONTHS = 24;

/** The filing dates reunir assesses: from the first day every parameter covers, to the horizon. */
export function filingDateRange(params: ParameterSet = parameters): {
  from: string;
  until: string;
} {
  const { from, verifiedOn } = coverage(params);
  return { from, until: plusMonths(verifiedOn, FILING_HORIZON_MONTHS) };
}

/** Why a filing date cannot be assessed, or undefined when it can. */
export function filingDateProblem(
  date: string,
  params: ParameterSet = parameters,
): string | undefined {
  const { from, until } = filingDateRange(params);
  if (date < from) return `reunir's rules cover dates from ${from}`;
  if (date > until)
    return `reunir's rules cover dates up to ${until}, ${FILING_HORIZON_MONTHS / 12} years after their sources were last checked (${coverage(params).verifiedOn})`;
  return undefined;
}

export function validateSituation(input: unknown): Validation {
  const parsed = SituationSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        path: pathOf(i.path) || '(root)',
        message: messageOf(i),
      })),
    };
  }
  const problem = parsed.data.date === undefined ? undefined : filingDateProblem(parsed.data.date);
  if (problem) return { ok: false, errors: [{ path: 'date', message: problem }] };
  return { ok: true, situation: parsed.data };
}
