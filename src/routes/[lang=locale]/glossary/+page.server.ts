import type { PageServerLoad } from './$types';
import { glossaryFor } from '$lib/content';
import type { Locale } from '$lib/i18n';

export const load: PageServerLoad = ({ params }) => {
  const locale = params.lang as Locale;
  const entries = glossaryFor(locale).map(({ id, term, definition, lang }) => ({
    id,
    term,
    definition,
    lang,
  }));
  return { entries, partial: entries.some((e) => e.lang !== locale) };
};
