/**
 * The server's log lines for what clients do wrong: one line each, no stack trace, and nothing a
 * person typed (only the method, the path and the status), so that a client cannot flood the log with
 * stack traces or make it look as if the server failed.
 */

/** A client that hung up before the end of its body (Node's "aborted"). */
export function isAborted(error: unknown): boolean {
  const e = error as { message?: unknown; code?: unknown } | null;
  return e?.message === 'aborted' || e?.code === 'ECONNRESET' || e?.code === 'ECONNABORTED';
}

/** Logs a refused request (4xx) or an aborted upload as one line. */
export function logClientFault(method: string, path: string, status: number | 'aborted'): void {
  console.warn(
    status === 'aborted'
      ? `${method} ${path}: aborted by the client before the end of its request`
      : `${method} ${path}: ${status}`,
  );
}
