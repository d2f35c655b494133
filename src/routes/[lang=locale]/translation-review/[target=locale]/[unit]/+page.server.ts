import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { LANGUAGE_NAMES, translate, type Locale } from '$lib/i18n';
import { findUnit } from '$lib/i18n/review-queue';

/** One catalog or guide page waiting for review: every French text with its translation. */
export const load: PageServerLoad = ({ params }) => {
  const target = params.target as Locale;
  const unit = findUnit(target, params.unit);
  if (!unit) error(404, translate(params.lang as Locale, 'guide.page.notFound'));
  return {
    target,
    name: LANGUAGE_NAMES[target],
    slug: params.unit,
    page: unit.scope.startsWith('page:'),
    unitName: unit.name,
    pairs: unit.pairs,
  };
};
