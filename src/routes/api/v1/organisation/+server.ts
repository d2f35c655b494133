import type { RequestHandler } from './$types';
import { readJson } from '$lib/server/json-request';
import { getOrganisation, setRetention, workspace } from '$lib/server/workspace';
import { answer, privateJson, requireActor } from '$lib/server/workspace-http';

/** GET → the organisation {id, name, retentionDays}. */
export const GET: RequestHandler = async ({ locals }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  return privateJson(await getOrganisation(await workspace(), who.actor));
};

/** PATCH {retentionDays} → the organisation (administrators only). */
export const PATCH: RequestHandler = async ({ locals, request }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return answer(await setRetention(await workspace(), who.actor, body.value));
};
