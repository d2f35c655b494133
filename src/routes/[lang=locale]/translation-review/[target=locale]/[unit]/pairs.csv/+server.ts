import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import type { Locale } from '$lib/i18n';
import { findUnit, pairsCsv } from '$lib/i18n/review-queue';

/** One unit's French texts and translations, for a spreadsheet, with an empty column for corrections. */
export const GET: RequestHandler = ({ params }) => {
  const target = params.target as Locale;
  const unit = findUnit(target, params.unit);
  if (!unit) error(404, 'Not found');
  return new Response(pairsCsv(target, [unit]), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="reunir-review-${target}-${params.unit}.csv"`,
    },
  });
};
