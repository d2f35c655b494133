import type { RequestHandler } from './$types';
import { answerAssessment } from '$lib/server/assessment-answer';
import { readJson, respond } from '$lib/server/json-request';

export const POST: RequestHandler = async ({ request }) => {
  const body = await readJson(request);
  return body.ok ? respond(answerAssessment(body.value)) : body.response;
};
