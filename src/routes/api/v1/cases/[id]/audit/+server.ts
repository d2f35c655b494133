import type { RequestHandler } from './$types';
import { caseAudit, workspace } from '$lib/server/workspace';
import { answer, requireActor } from '$lib/server/workspace-http';

/** GET → {audit: [...]}: who read or changed the case, when (administrators only). */
export const GET: RequestHandler = async ({ locals, params }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  return answer(await caseAudit(await workspace(), who.actor, params.id), 200, (audit) => ({
    audit,
  }));
};
