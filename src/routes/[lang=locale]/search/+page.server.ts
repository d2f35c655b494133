import type { PageServerLoad } from './$types';
import { ask, excerptHtml, MAX_QUERY_LENGTH } from '$lib/search';
import type { Locale } from '$lib/i18n';

export const load: PageServerLoad = ({ params, url }) => {
  const locale = params.lang as Locale;
  const q = (url.searchParams.get('q') ?? '').trim();
  const tooLong = q.length > MAX_QUERY_LENGTH;
  const answers = q && !tooLong ? ask(locale, q) : [];
  return {
    q,
    tooLong,
    max: MAX_QUERY_LENGTH,
    results: answers.map((a) => ({
      id: a.id,
      lang: a.lang,
      title: a.title,
      heading: a.heading,
      url: a.url,
      excerpt: excerptHtml(a.excerpt),
    })),
  };
};
