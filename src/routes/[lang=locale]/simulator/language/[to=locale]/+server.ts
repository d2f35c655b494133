/**
 * Changing language in the middle of the interview or of the "my visa was refused" path: the answers
 * the browser keeps for this language's simulator are copied into the other language's (each cookie is
 * scoped to `/<lang>/simulator`), and the same step opens in the other language. The copy left here
 * still serves this language's pages that the browser's Back returns to; "forget my answers" clears
 * both.
 */
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readAnswers, readRefusal, writeAnswers, writeRefusal } from '$lib/server/answers-cookie';
import { positionFrom, positionQuery } from '$lib/interview/position';
import { REFUSAL_STEPS } from '$lib/interview/refusal';

export const GET: RequestHandler = ({ cookies, params, url }) => {
  const secure = url.protocol === 'https:';
  const answers = readAnswers(cookies);
  if (answers) writeAnswers(cookies, params.to, answers, secure);
  const refusal = readRefusal(cookies);
  if (refusal) writeRefusal(cookies, params.to, refusal, secure);
  if (url.searchParams.get('path') === 'refused') {
    const step = url.searchParams.get('step');
    const known = (REFUSAL_STEPS as readonly (string | null)[]).includes(step);
    redirect(303, `/${params.to}/simulator/refused${known ? `?step=${step}` : ''}`);
  }
  const at = positionFrom(url.searchParams);
  redirect(303, `/${params.to}/simulator${at ? `?${positionQuery(at)}` : ''}`);
};
