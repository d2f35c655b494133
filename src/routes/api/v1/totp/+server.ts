import { z } from 'zod';
import type { RequestHandler } from './$types';
import { problems, readJson } from '$lib/server/json-request';
import { disableTotp, enableTotp, newTotpSecret, workspace } from '$lib/server/workspace';
import { answer, privateJson, requireActor } from '$lib/server/workspace-http';

/** POST → {secret, uri}: a new TOTP secret for the signed-in person, not in force until PUT. */
export const POST: RequestHandler = async ({ locals }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  return privateJson(newTotpSecret(who.actor));
};

const Enable = z.strictObject({ secret: z.string().max(100), code: z.string().max(10) });

/** PUT {secret, code} → 204: TOTP is asked for at every sign-in from now on; 400 if the code is wrong. */
export const PUT: RequestHandler = async ({ locals, request }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = Enable.safeParse(body.value);
  if (!parsed.success)
    return problems(400, [{ path: '(body)', message: 'expected {secret, code}' }]);
  const enabled = await enableTotp(
    await workspace(),
    who.actor,
    parsed.data.secret,
    parsed.data.code,
  );
  return enabled.ok ? new Response(null, { status: 204 }) : answer(enabled);
};

/** DELETE → 204: TOTP is no longer asked for. */
export const DELETE: RequestHandler = async ({ locals }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  await disableTotp(await workspace(), who.actor);
  return new Response(null, { status: 204 });
};
