/**
 * The workspace's HTTP edge, shared by its API endpoints: 401 without a session, a service's Outcome
 * as JSON in the API's error shape, and `Cache-Control: no-store` on every answer holding case data.
 */
import { json } from '@sveltejs/kit';
import { problems } from './json-request';
import type { Actor, Outcome } from './workspace/types';

export const NO_STORE = { 'cache-control': 'no-store' };

export const unauthenticated = () =>
  problems(401, [{ path: '(session)', message: 'sign in first (POST /api/v1/session)' }]);

/** The signed-in actor, or the 401 to send. */
export function requireActor(
  locals: App.Locals,
): { ok: true; actor: Actor } | { ok: false; response: Response } {
  return locals.actor
    ? { ok: true, actor: locals.actor }
    : { ok: false, response: unauthenticated() };
}

/** JSON of a value, never stored by a cache. */
export const privateJson = (value: unknown, status = 200) =>
  json(value, { status, headers: NO_STORE });

/** A service's answer: its value (with `status`) or its problems with theirs. */
export function answer<T>(outcome: Outcome<T>, status = 200, shape: (v: T) => unknown = (v) => v) {
  return outcome.ok
    ? privateJson(shape(outcome.value), status)
    : problems(outcome.status, outcome.errors);
}
