import type { RequestHandler } from './$types';
import { summaryPdf } from '$lib/server/pdf/summary';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';
import { buildFile } from '$lib/usecases';

/** POST {situation, events?} → the one-page summary PDF; ?lang=en for English (French by default). */
export const POST: RequestHandler = async ({ request, url }) => {
  const lang = url.searchParams.get('lang') ?? 'fr';
  if (lang !== 'fr' && lang !== 'en')
    return problems(400, [{ path: 'lang', message: 'the summary PDF exists in fr and en' }]);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const today = todayInFrance();
  const file = buildFile(body.value, today);
  if (!file.ok) return problems(400, file.errors);
  const pdf = await summaryPdf(file.value, lang, today);
  return new Response(pdf as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': 'attachment; filename="reunir-summary.pdf"',
    },
  });
};
