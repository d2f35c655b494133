import type { RequestHandler } from './$types';
import { isLocale, LOCALES } from '$lib/i18n';
import { summaryPdf } from '$lib/server/documents/summary';
import { documentProblem, pdfResponse } from '$lib/server/documents/respond';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';
import { buildFile } from '$lib/usecases';

/** POST {situation, events?} → the summary PDF; ?lang= any of reunir's languages (French by default). */
export const POST: RequestHandler = async ({ request, url }) => {
  const lang = url.searchParams.get('lang') ?? 'fr';
  if (!isLocale(lang))
    return problems(400, [
      { path: 'lang', message: `the summary exists in these languages: ${LOCALES.join(', ')}` },
    ]);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const today = todayInFrance();
  const file = buildFile(body.value, today);
  if (!file.ok) return problems(400, file.errors);
  return pdfResponse(() => summaryPdf(file.value, lang, today), {
    filename: 'reunir-summary.pdf',
    failed: (status) => problems(status, [documentProblem(status)]),
  });
};
