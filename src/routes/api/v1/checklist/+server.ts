import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';
import { buildFile } from '$lib/usecases';

/** POST {situation, events?} → the checklist and the steps of each procedure the family goes through. */
export const POST: RequestHandler = async ({ request }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const file = buildFile(body.value, todayInFrance());
  if (!file.ok) return problems(400, file.errors);
  return json({ checklist: file.value.checklist, steps: file.value.steps });
};
