/**
 * The application's use cases, between the edges (HTTP API, CLI, web pages) and the pure core: each
 * takes plain input and returns `Result<T>`, a value or located problems (`Problem`, the one problem
 * type of the project). The edges only read their medium, call one of these and translate the result.
 * Pure like the engine: no I/O, no clock (today's date is an input).
 */
export type { Problem, Result } from '../law/problem';
export { within } from '../law/problem';
export { evaluate, type Clock, type Evaluation } from './evaluate';
export { buildFile, readFileInput, writeLetter } from './dossier';
export { readParameters, type ServedStore } from './parameters';
