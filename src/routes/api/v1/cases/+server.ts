import type { RequestHandler } from './$types';
import { problems, readJson } from '$lib/server/json-request';
import { caseFromSavedFile, createCase, listCases, workspace } from '$lib/server/workspace';
import { answer, privateJson, requireActor } from '$lib/server/workspace-http';

/** GET ?status=open|closed&worker=<id> → the organisation's cases, each with its next deadline. */
export const GET: RequestHandler = async ({ locals, url }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const status = url.searchParams.get('status') ?? 'open';
  if (status !== 'open' && status !== 'closed')
    return problems(400, [{ path: 'status', message: 'expected open or closed' }]);
  const worker = url.searchParams.get('worker');
  const cases = await listCases(await workspace(), who.actor, {
    status,
    ...(worker ? { workerId: worker } : {}),
  });
  return privateJson({ cases });
};

/**
 * POST a new case → 201 with the case. The body is the case (`{situation, events?, names?, sponsor?,
 * documents?, note?, workerId?}`), or with ?from=answers the answers file saved by the simulator.
 */
export const POST: RequestHandler = async ({ locals, request, url }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  let input = body.value;
  if (url.searchParams.get('from') === 'answers') {
    const read = caseFromSavedFile(JSON.stringify(body.value));
    if (!read.ok) return problems(400, read.errors);
    input = read.value;
  }
  return answer(await createCase(await workspace(), who.actor, input), 201);
};
