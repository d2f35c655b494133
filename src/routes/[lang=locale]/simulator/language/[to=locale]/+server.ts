/**
 * Changing language in the middle of the interview: the answers the browser keeps for this language's
 * simulator are copied into the other language's (each cookie is scoped to `/<lang>/simulator`), and
 * the same step opens in the other language. The copy left here still serves this language's pages
 * that the browser's Back returns to; "forget my answers" clears both.
 */
import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { readAnswers, writeAnswers } from '$lib/server/answers-cookie';
import { positionFrom, positionQuery } from '$lib/interview/position';

export const GET: RequestHandler = ({ cookies, params, url }) => {
  const answers = readAnswers(cookies);
  if (answers) writeAnswers(cookies, params.to, answers, url.protocol === 'https:');
  const at = positionFrom(url.searchParams);
  redirect(303, `/${params.to}/simulator${at ? `?${positionQuery(at)}` : ''}`);
};
