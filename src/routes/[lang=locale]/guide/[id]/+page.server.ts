import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getPage, guideLocale } from '$lib/content';
import { formatDate } from '$lib/content/placeholders';
import { translate, type Locale } from '$lib/i18n';

export const load: PageServerLoad = ({ params }) => {
  const locale = guideLocale(params.lang);
  const page = getPage(locale, params.id);
  if (!page) error(404, translate(params.lang as Locale, 'guide.page.notFound'));
  return {
    contentLang: locale,
    page: {
      id: page.id,
      title: page.title,
      summary: page.summary,
      html: page.html,
      sections: page.sections,
      sources: page.sources,
      verified: page.verified,
      verifiedText: formatDate(locale, page.verified),
      draft: page.translation === 'draft',
    },
  };
};
