import type { RequestHandler } from './$types';
import { isLocale } from '$lib/i18n';
import { problems } from '$lib/server/json-request';
import { calendarFeed, workspace } from '$lib/server/workspace';

/** GET ?lang= → the worker's deadlines as iCalendar; 404 for an unknown or revoked token. */
export const GET: RequestHandler = async ({ params, url }) => {
  const lang = url.searchParams.get('lang');
  const feed = await calendarFeed(await workspace(), params.token, {
    locale: isLocale(lang) ? lang : 'fr',
  });
  if (feed === null) return problems(404, [{ path: 'token', message: 'no such calendar' }]);
  return new Response(feed, {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'no-store' },
  });
};
