/** The appeal letter of the "my visa was refused" path, as a PDF in French (GET, from its answers). */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate, type Locale } from '$lib/i18n';
import { letterPdf } from '$lib/server/documents/letter';
import { pdfResponse } from '$lib/server/documents/respond';
import { readRefusal } from '$lib/server/answers-cookie';
import { todayInFrance } from '$lib/server/today';
import { appealOf } from '$lib/web/refusal.server';

export const GET: RequestHandler = ({ cookies, params }) => {
  const lang = params.lang as Locale;
  const r = readRefusal(cookies);
  const today = todayInFrance();
  const appeal =
    r?.kind && r.date ? appealOf({ ...r, kind: r.kind, date: r.date }, today, 'fr') : undefined;
  if (!appeal?.letter) error(400, translate(lang, 'dossier.web.download.letter_not_ready'));
  const letter = appeal.letter;
  return pdfResponse(() => letterPdf(letter, today), {
    filename: 'reunir-crrv-appeal.pdf',
    headers: { 'cache-control': 'no-store' },
    failed: (status) =>
      new Response(
        translate(
          lang,
          status === 503 ? 'dossier.web.download.busy' : 'dossier.web.download.failed',
        ),
        {
          status,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
        },
      ),
  });
};
