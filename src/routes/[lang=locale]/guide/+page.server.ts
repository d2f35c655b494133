import type { PageServerLoad } from './$types';
import { guideLocale, pagesByTopic } from '$lib/content';

export const load: PageServerLoad = ({ params }) => {
  const locale = guideLocale(params.lang);
  return {
    contentLang: locale,
    groups: pagesByTopic(locale).map((g) => ({
      topic: g.topic,
      pages: g.pages.map((p) => ({ id: p.id, title: p.title, summary: p.summary })),
    })),
  };
};
