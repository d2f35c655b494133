/**
 * The dossier's files, for a form post carrying the answers (no JavaScript, nothing stored): the
 * calendar of deadlines, the one-page summary, and each letter that is ready for this family.
 */
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { buildLetter, isLetterKind } from '$lib/dossier';
import { translate, type Locale } from '$lib/i18n';
import { deadlinesIcs } from '$lib/server/ics';
import { letterPdf } from '$lib/server/pdf/letter';
import { summaryPdf } from '$lib/server/pdf/summary';
import { todayInFrance } from '$lib/server/today';
import { buildPage, namedDossier, stateOf } from '$lib/web/dossier/dossier.server';

function attachment(body: BodyInit, type: string, name: string): Response {
  return new Response(body, {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}

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

  if (file === 'ics') {
    return attachment(
      deadlinesIcs(named(lang).deadlines, lang),
      'text/calendar; charset=utf-8',
      'reunir-deadlines.ics',
    );
  }
  if (file === 'summary-fr' || file === 'summary-en') {
    const locale = file === 'summary-fr' ? 'fr' : 'en';
    const pdf = await summaryPdf(named(locale), locale, today);
    return attachment(pdf as BodyInit, 'application/pdf', `reunir-summary-${locale}.pdf`);
  }
  const kind = file.startsWith('letter:') ? file.slice('letter:'.length) : '';
  if (isLetterKind(kind)) {
    const letter = buildLetter(kind, {
      situation: page.situation,
      assessment: page.dossier.assessment,
      events: page.events,
      today,
      locale: 'fr',
    });
    if (!letter.ok) error(400, translate(lang, 'dossier.web.download.letter_not_ready'));
    const pdf = await letterPdf(letter.letter, today);
    return attachment(pdf as BodyInit, 'application/pdf', `reunir-${kind}.pdf`);
  }
  error(404, translate(lang, 'dossier.web.download.unknown'));
};
