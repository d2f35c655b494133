import type { PageServerLoad } from './$types';
import { guideLocale } from '$lib/content';
import { ask, excerptHtml, MAX_QUERY_LENGTH } from '$lib/search';

export const load: PageServerLoad = ({ params, url }) => {
  const locale = guideLocale(params.lang);
  const q = (url.searchParams.get('q') ?? '').trim();
  const tooLong = q.length > MAX_QUERY_LENGTH;
  const answers = q && !tooLong ? ask(locale, q) : [];
  return {
    contentLang: locale,
    q,
    tooLong,
    max: MAX_QUERY_LENGTH,
    results: answers.map((a) => ({
      id: a.id,
      title: a.title,
      heading: a.heading,
      url: a.url,
      excerpt: excerptHtml(a.excerpt),
    })),
  };
};
