import type { PageServerLoad } from './$types';
import { glossaryFor, guideLocale } from '$lib/content';

export const load: PageServerLoad = ({ params }) => {
  const locale = guideLocale(params.lang);
  return {
    contentLang: locale,
    entries: glossaryFor(locale).map(({ id, term, definition }) => ({ id, term, definition })),
  };
};
