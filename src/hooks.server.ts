import type { Handle } from '@sveltejs/kit';
import { direction, SOURCE_LOCALE } from '$lib/i18n';
import { isSiteLocale } from '$lib/web/locales';

/**
 * Every page: `<html lang dir>` from the language in the URL, a cookie that remembers the language
 * (for `/` only; it holds nothing else), and headers that keep pages to themselves.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const first = event.url.pathname.split('/')[1];
  const lang = isSiteLocale(first) ? first : SOURCE_LOCALE;
  event.locals.lang = lang;
  if (isSiteLocale(first) && event.request.method === 'GET' && event.cookies.get('lang') !== lang) {
    event.cookies.set('lang', lang, {
      path: '/',
      maxAge: 60 * 60 * 24 * 365,
      httpOnly: true,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
    });
  }
  const response = await resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%lang%', lang).replace('%dir%', direction(lang)),
  });
  response.headers.set('referrer-policy', 'no-referrer');
  response.headers.set('x-content-type-options', 'nosniff');
  return response;
};
