import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { buildDossier, readDossierInput } from '$lib/dossier';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';

/** POST {situation, events?} → the checklist and the steps of each procedure the family goes through. */
export const POST: RequestHandler = async ({ request }) => {
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const read = readDossierInput(body.value, todayInFrance());
  if (!read.ok) return problems(400, read.errors);
  const dossier = buildDossier(read.input);
  return json({ checklist: dossier.checklist, steps: dossier.steps });
};
