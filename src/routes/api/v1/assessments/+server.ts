import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { assess, validateSituation } from '$lib/law';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';

export const POST: RequestHandler = async ({ request }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const checked = validateSituation(body.value);
  if (!checked.ok) return problems(400, checked.errors);
  // Today's date only when the situation has none: an Intl formatter per request is not free.
  const today = checked.situation.date === undefined ? todayInFrance() : undefined;
  return json(assess(checked.situation, { today }));
};
