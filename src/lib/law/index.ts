/** reunir's law core: pure, runs unchanged in Node and in the browser. */
export { assess, RULES_VERSION, DateNotCoveredError, type AssessOptions } from './assess';
export { validateSituation, type InputProblem, type Validation } from './validate';
export { jsonSchemas } from './json-schema';
export { parameters, coverage } from './parameters';
export type { Situation, Sponsor, Member } from './schema/situation';
export type * from './schema/assessment';
export { routeOf, unionAfterAsylum, type Route as ProcedureRoute } from './route';
export type { FactName, ReportedFact } from './facts';
