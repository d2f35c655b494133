/**
 * How the CLI reports problems: one `path: message` line per problem on stderr and exit code 2 for bad
 * input; one line and exit code 1 for anything unexpected, never a stack trace.
 */
import type { Problem } from '../lib/law/problem';

export const EXIT_BAD_INPUT = 2;
export const EXIT_UNEXPECTED = 1;

/** Bad input found while running a command: its problems, located. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

/** The stderr line of a problem, prefixed with its line for JSON Lines input. */
export const problemLine = (p: Problem, line?: number): string =>
  line === undefined ? `${p.path}: ${p.message}` : `line ${line}: ${p.path}: ${p.message}`;
