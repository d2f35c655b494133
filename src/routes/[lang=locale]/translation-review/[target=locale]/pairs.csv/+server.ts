import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { SOURCE_LOCALE, type Locale } from '$lib/i18n';
import { pairsCsv, waitingFor } from '$lib/i18n/review-queue';

/** Everything waiting for review in one language, in one spreadsheet. */
export const GET: RequestHandler = ({ params }) => {
  const target = params.target as Locale;
  if (target === SOURCE_LOCALE) error(404, 'Not found');
  return new Response(pairsCsv(target, waitingFor(target)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="reunir-review-${target}.csv"`,
    },
  });
};
