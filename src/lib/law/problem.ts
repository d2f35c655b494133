/**
 * The one shape of a problem with an input, for the whole project: where it is (the path of the field,
 * as in the contract, or a name such as `(body)` or `--date` for what is not a field) and what is wrong,
 * in words a person can act on. The API, the CLI and the pages only translate it to their medium.
 */
export interface Problem {
  path: string;
  message: string;
}

/** What every use case returns: its value, or the located problems that prevent it. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: Problem[] };

/** The same problems, located inside a larger input: `situation` + `members[0].x`. */
export function within(prefix: string, errors: Problem[]): Problem[] {
  return errors.map((e) => ({
    path: e.path === '(root)' || e.path === '' ? prefix : `${prefix}.${e.path}`,
    message: e.message,
  }));
}
