/** reunir's law core: pure, runs unchanged in Node and in the browser. */
export { assess, RULES_VERSION, DateNotCoveredError, type AssessOptions } from './assess';
export {
  filingDateProblem,
  filingDateRange,
  FILING_HORIZON_MONTHS,
  validateSituation,
  type Validation,
} from './validate';
export type { Problem, Result } from './problem';
export { jsonSchemas } from './json-schema';
export { parameters, coverage } from './parameters';
export type { Situation, Sponsor, Member } from './schema/situation';
export type * from './schema/assessment';
export { routeOf, unionAfterAsylum, type Route as ProcedureRoute } from './route';
export type { FactName, ReportedFact } from './facts';
