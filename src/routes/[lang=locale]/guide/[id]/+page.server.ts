import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getPage, htmlForReader } from '$lib/content';
import { formatDate } from '$lib/content/placeholders';
import { direction, translate, type Locale } from '$lib/i18n';

export const load: PageServerLoad = ({ params }) => {
  const locale = params.lang as Locale;
  const found = getPage(locale, params.id);
  if (!found) error(404, translate(locale, 'guide.page.notFound'));
  const { page, lang } = found;
  return {
    /** The language the page is written in: the reader's, or English (then French) until translated. */
    contentLang: lang,
    contentDir: direction(lang),
    page: {
      id: page.id,
      title: page.title,
      summary: page.summary,
      html: htmlForReader(page.html, lang, locale),
      sections: page.sections,
      sources: page.sources,
      verified: page.verified,
      verifiedText: formatDate(locale, page.verified),
      draft: page.translation === 'draft',
    },
  };
};
