import type { RequestHandler } from './$types';
import { removeMember, workspace } from '$lib/server/workspace';
import { answer, requireActor } from '$lib/server/workspace-http';

/** DELETE → 204: the member is removed, their sessions end (administrators only). */
export const DELETE: RequestHandler = async ({ locals, params }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const removed = await removeMember(await workspace(), who.actor, params.id);
  return removed.ok ? new Response(null, { status: 204 }) : answer(removed);
};
