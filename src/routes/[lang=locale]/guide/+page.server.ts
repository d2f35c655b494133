import type { PageServerLoad } from './$types';
import { pagesByTopic } from '$lib/content';
import type { Locale } from '$lib/i18n';

export const load: PageServerLoad = ({ params }) => {
  const locale = params.lang as Locale;
  const groups = pagesByTopic(locale).map((g) => ({
    topic: g.topic,
    pages: g.pages.map(({ page, lang }) => ({
      id: page.id,
      title: page.title,
      summary: page.summary,
      lang,
    })),
  }));
  return {
    groups,
    partial: groups.some((g) => g.pages.some((p) => p.lang !== locale)),
  };
};
