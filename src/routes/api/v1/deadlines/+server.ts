import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLocale } from '$lib/i18n';
import { deadlinesIcs } from '$lib/server/ics';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';
import { buildFile } from '$lib/usecases';
import { deadlinesBoard, workspace } from '$lib/server/workspace';
import { privateJson, requireActor } from '$lib/server/workspace-http';

/**
 * GET ?worker=<id> → the organisation's deadlines board (signed in): every deadline of every open
 * case from today on, the nearest first, optionally of one worker's cases.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
  const who = requireActor(locals);
  if (!who.ok) return who.response;
  const worker = url.searchParams.get('worker');
  const deadlines = await deadlinesBoard(await workspace(), who.actor, {
    ...(worker ? { workerId: worker } : {}),
  });
  return privateJson({ deadlines });
};

/**
 * POST {situation, events?} → the dated deadlines with days left from today in France;
 * ?format=ics gives the iCalendar file (?lang= for its words, French by default).
 */
export const POST: RequestHandler = async ({ request, url }) => {
  const format = url.searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'ics')
    return problems(400, [{ path: 'format', message: 'expected json or ics' }]);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const file = buildFile(body.value, todayInFrance());
  if (!file.ok) return problems(400, file.errors);
  const { deadlines } = file.value;
  if (format === 'json') return json(deadlines);
  const lang = url.searchParams.get('lang');
  return new Response(deadlinesIcs(deadlines, isLocale(lang) ? lang : 'fr'), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'attachment; filename="reunir-deadlines.ics"',
    },
  });
};
