import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { answersJson, ask, isSearchLocale, MAX_QUERY_LENGTH, SEARCH_LOCALES } from '$lib/search';
import { translate } from '$lib/i18n';
import type { Problem } from '$lib/law';

/** GET /api/v1/search?q=QUESTION&lang=fr|en|ar|fa|ps|ti|uk|ru -> {results:[{id,title,heading,url,excerpt}]}: the section that answers, its anchor in url, the passage in HTML (<mark>). */
export const GET: RequestHandler = ({ url }) => {
  const q = (url.searchParams.get('q') ?? '').trim();
  const lang = url.searchParams.get('lang') ?? 'fr';
  const errors: Problem[] = [];
  if (!q) errors.push({ path: 'q', message: translate('en', 'guide.api.qMissing') });
  else if (q.length > MAX_QUERY_LENGTH)
    errors.push({
      path: 'q',
      message: translate('en', 'guide.api.qTooLong', { max: MAX_QUERY_LENGTH }),
    });
  if (!isSearchLocale(lang))
    errors.push({
      path: 'lang',
      message: translate('en', 'guide.api.langUnknown', { langs: SEARCH_LOCALES.join(', ') }),
    });
  if (errors.length > 0 || !isSearchLocale(lang)) return json({ errors }, { status: 400 });
  return json(answersJson(ask(lang, q)), { headers: { 'cache-control': 'public, max-age=300' } });
};
