import type { RequestHandler } from './$types';
import { readJson } from '$lib/server/json-request';
import { addMember, listMembers, workspace } from '$lib/server/workspace';
import { answer, privateJson, requireActor } from '$lib/server/workspace-http';

/** GET → {members}: the organisation's members and roles. */
export const GET: RequestHandler = async ({ locals }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  return privateJson({ members: await listMembers(await workspace(), who.actor) });
};

/** POST {email, role, password} → 201 the new member (administrators only). */
export const POST: RequestHandler = async ({ locals, request }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return answer(await addMember(await workspace(), who.actor, body.value), 201);
};
