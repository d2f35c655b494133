import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import { direction, type Fallback, onFallback, SOURCE_LOCALE, translate } from '$lib/i18n';
import { FALLBACK_SLOT, markFallbacks } from '$lib/web/fallback';
import { isSiteLocale } from '$lib/web/locales';

/** The messages of the current request that were shown in another language. */
const fallbacks = new AsyncLocalStorage<Fallback[]>();
onFallback((f) => fallbacks.getStore()?.push(f));

/**
 * Every page: `<html lang dir>` from the language in the URL, a cookie that remembers the language
 * (for `/` only; it holds nothing else), and headers that keep pages to themselves. Sentences that
 * fell back to English or French are marked with their language, and the page says so.
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
  const seen: Fallback[] = [];
  const response = await fallbacks.run(seen, () =>
    resolve(event, {
      transformPageChunk: ({ html }) => {
        const page = html.replace('%lang%', lang).replace('%dir%', direction(lang));
        if (!seen.length) return page.replace(FALLBACK_SLOT, '');
        const note = `<p class="notice fallback wrap" role="note">${escapeHtml(
          translate(lang, 'ui.fallback.note'),
        )}</p>`;
        return markFallbacks(page, seen).replace(FALLBACK_SLOT, note);
      },
    }),
  );
  response.headers.set('referrer-policy', 'same-origin');
  response.headers.set('x-content-type-options', 'nosniff');
  return compressed(event.request, response);
};

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * Pages are sent gzip-compressed when the browser accepts it (static files are precompressed by the
 * adapter): a phone on a slow network gets a few kilobytes per page.
 */
function compressed(request: Request, response: Response): Response {
  const type = response.headers.get('content-type') ?? '';
  const accepts = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  if (
    !accepts ||
    !response.body ||
    response.headers.has('content-encoding') ||
    !/^(text\/html|application\/json)/.test(type)
  ) {
    return response;
  }
  const headers = new Headers(response.headers);
  headers.set('content-encoding', 'gzip');
  headers.delete('content-length');
  headers.append('vary', 'accept-encoding');
  return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
