/**
 * "Download my answers": the answers come back as a file, from the browser's cookie (GET, the
 * interview's pages) or from a form that hands them on (POST, the dossier). The server keeps nothing.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { type Answers, decodeState, savedFile } from '$lib/interview/answers';
import { readAnswers } from '$lib/server/answers-cookie';

function file(answers: Answers): Response {
  return new Response(savedFile(answers), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="reunir-answers.json"',
      'cache-control': 'no-store',
    },
  });
}

export const GET: RequestHandler = ({ cookies }) => {
  const answers = readAnswers(cookies);
  if (!answers) error(400, 'No answers to save');
  return file(answers);
};

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  const state = decodeState(form.get('state'));
  if (!state) error(400, 'No answers to save');
  return file(state.answers);
};
