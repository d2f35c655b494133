/** A letter of the case as a PDF, in French, with the case's real names and the sponsor's address. */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLetterKind } from '$lib/dossier';
import { translate, type Locale } from '$lib/i18n';
import { letterPdf } from '$lib/server/documents/letter';
import { pdfResponse } from '$lib/server/documents/respond';
import { todayInFrance } from '$lib/server/today';
import { getCase, workspace } from '$lib/server/workspace';
import { checkCsrf, identityOf, member } from '$lib/server/workspace-pages';
import { readFileInput, writeLetter } from '$lib/usecases';

export const POST: RequestHandler = async ({ request, locals, url, params, cookies }) => {
  const lang = params.lang as Locale;
  const actor = member(locals, url, lang);
  const form = await request.formData();
  checkCsrf(form, cookies);
  const found = await getCase(await workspace(), actor, params.id);
  if (!found.ok) error(404, 'ws.error.not_found');
  const kind = String(form.get('kind') ?? '');
  if (!isLetterKind(kind)) error(404, 'ws.error.not_found');
  const today = todayInFrance();
  const rec = found.value;
  const input = readFileInput({ situation: rec.situation, events: rec.events }, today);
  if (!input.ok) error(400, 'ws.error.invalid');
  const letter = writeLetter(kind, input.value, 'fr', rec.names, identityOf(rec));
  if (!letter.ok) error(400, 'ws.error.invalid');
  return pdfResponse(() => letterPdf(letter.value, today), {
    filename: `${kind}-${rec.id.slice(0, 8)}.pdf`,
    headers: { 'cache-control': 'no-store' },
    failed: (status) =>
      new Response(translate(lang, status === 503 ? 'ws.error.busy' : 'ws.error.document'), {
        status,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      }),
  });
};
