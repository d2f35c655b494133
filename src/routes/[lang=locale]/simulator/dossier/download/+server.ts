/**
 * The dossier's files, for a form post carrying the answers (no JavaScript, nothing stored): the
 * calendar of deadlines, the summary (in French or in the page's language), and each letter that is
 * ready for this family.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { isLetterKind } from '$lib/dossier';
import { isLocale, translate, type Locale } from '$lib/i18n';
import { deadlinesIcs } from '$lib/server/ics';
import { letterPdf } from '$lib/server/documents/letter';
import { pdfResponse } from '$lib/server/documents/respond';
import { summaryPdf } from '$lib/server/documents/summary';
import { todayInFrance } from '$lib/server/today';
import { writeLetter } from '$lib/usecases';
import { buildPage, namedDossier, stateOf } from '$lib/web/dossier/dossier.server';

const NO_STORE = { 'cache-control': 'no-store' };

export const POST: RequestHandler = async ({ request, params }) => {
  const lang = params.lang as Locale;
  const form = await request.formData();
  const state = stateOf(form);
  if (!state) error(400, translate(lang, 'dossier.web.download.no_answers'));
  const today = todayInFrance();
  const built = buildPage(state, today);
  if (!built.ok) error(400, translate(lang, 'dossier.web.download.no_answers'));
  const page = built.page;
  const file = String(form.get('file') ?? '');
  const named = (locale: Locale) =>
    namedDossier(page, (n) => translate(locale, 'interview.member.unnamed', { n }));
  const failed = (status: 500 | 503) =>
    new Response(
      translate(lang, status === 503 ? 'dossier.web.download.busy' : 'dossier.web.download.failed'),
      { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...NO_STORE } },
    );

  if (file === 'ics') {
    return new Response(deadlinesIcs(named(lang).deadlines, lang), {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="reunir-deadlines.ics"',
        ...NO_STORE,
      },
    });
  }
  const summary = file.startsWith('summary-') ? file.slice('summary-'.length) : '';
  if (isLocale(summary)) {
    return pdfResponse(() => summaryPdf(named(summary), summary, today), {
      filename: `reunir-summary-${summary}.pdf`,
      headers: NO_STORE,
      failed,
    });
  }
  const kind = file.startsWith('letter:') ? file.slice('letter:'.length) : '';
  if (isLetterKind(kind)) {
    const { situation, events, dossier, names } = page;
    const letter = writeLetter(
      kind,
      { situation, events, assessment: dossier.assessment, today },
      'fr',
      names,
    );
    if (!letter.ok) error(400, translate(lang, 'dossier.web.download.letter_not_ready'));
    return pdfResponse(() => letterPdf(letter.value, today), {
      filename: `reunir-${kind}.pdf`,
      headers: NO_STORE,
      failed,
    });
  }
  error(404, translate(lang, 'dossier.web.download.unknown'));
};
