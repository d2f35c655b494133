import type { RequestHandler } from './$types';
import { readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';
import { caseFile, eraseCase, getCase, updateCase, workspace } from '$lib/server/workspace';
import { answer, requireActor } from '$lib/server/workspace-http';

/** GET → {case, file, problems}: the case and its file recomputed today (never stored). */
export const GET: RequestHandler = async ({ locals, params }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const ws = await workspace();
  const found = await getCase(ws, who.actor, params.id);
  return answer(found, 200, (record) => {
    const file = caseFile(record, todayInFrance(ws.now()));
    return {
      case: record,
      file: file.ok ? file.value : null,
      problems: file.ok ? [] : file.errors,
    };
  });
};

/** PATCH the fields to change (`note` adds a note, `status` closes or reopens) → the case. */
export const PATCH: RequestHandler = async ({ locals, params, request }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return answer(await updateCase(await workspace(), who.actor, params.id, body.value));
};

/** DELETE → 204: the case's content is erased for good (its audit trail stays). */
export const DELETE: RequestHandler = async ({ locals, params }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const erased = await eraseCase(await workspace(), who.actor, params.id);
  return erased.ok ? new Response(null, { status: 204 }) : answer(erased);
};
