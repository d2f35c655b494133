/** "Download my answers": the answers posted come back as a file; the server keeps nothing. */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { decodeState, savedFile } from '$lib/interview/answers';

export const POST: RequestHandler = async ({ request }) => {
  const form = await request.formData();
  const state = decodeState(form.get('state'));
  if (!state) error(400, 'No answers to save');
  return new Response(savedFile(state.answers), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="reunir-answers.json"',
      'cache-control': 'no-store',
    },
  });
};
