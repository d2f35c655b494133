import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { problems, readJson } from '$lib/server/json-request';
import {
  clearSessionCookie,
  FAILURE_WINDOW_MINUTES,
  sessionToken,
  setSessionCookie,
  signIn,
  SignInSchema,
  signOut,
  workspace,
} from '$lib/server/workspace';
import { NO_STORE } from '$lib/server/workspace-http';

/**
 * POST {email, password, totp?} → 200 {actor, expiresAt} and the session cookie; 401 when the address,
 * the password or the code is wrong (or the code is missing: `totp` is then named), 429 after too many
 * failures for the account.
 */
export const POST: RequestHandler = async ({ request, cookies, url }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = SignInSchema.safeParse(body.value);
  if (!parsed.success)
    return problems(
      400,
      parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
    );
  const result = await signIn(await workspace(), parsed.data);
  if (!result.ok) {
    if (result.reason === 'limited')
      return json(
        { errors: [{ path: '(body)', message: 'too many failed attempts; try again later' }] },
        { status: 429, headers: { 'retry-after': String(FAILURE_WINDOW_MINUTES * 60) } },
      );
    return problems(401, [
      result.reason === 'totp_required'
        ? { path: 'totp', message: 'this account asks for the code of its authenticator app' }
        : { path: '(body)', message: 'wrong e-mail address, password or code' },
    ]);
  }
  setSessionCookie(cookies, url, result.token, result.expiresAt);
  return json(
    { actor: result.actor, expiresAt: result.expiresAt.toISOString() },
    { headers: NO_STORE },
  );
};

/** DELETE → 204: the session ends and the cookie is cleared. */
export const DELETE: RequestHandler = async ({ cookies, url }) => {
  const token = sessionToken(cookies);
  if (token) await signOut(await workspace(), token);
  clearSessionCookie(cookies, url);
  return new Response(null, { status: 204 });
};
