import type { RequestHandler } from './$types';
import { createCalendarToken, revokeCalendarToken, workspace } from '$lib/server/workspace';
import { privateJson, requireActor } from '$lib/server/workspace-http';

/**
 * POST → 201 {url}: a new private calendar feed of the signed-in person's cases (the previous URL
 * stops working). The URL is shown once: its token is stored hashed.
 */
export const POST: RequestHandler = async ({ locals, url }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const token = await createCalendarToken(await workspace(), who.actor);
  return privateJson({ url: `${url.origin}/api/v1/calendar/${token}` }, 201);
};

/** DELETE → 204: the feed's URL stops working. */
export const DELETE: RequestHandler = async ({ locals }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  await revokeCalendarToken(await workspace(), who.actor);
  return new Response(null, { status: 204 });
};
