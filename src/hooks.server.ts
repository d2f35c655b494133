import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { direction, type Fallback, onFallback, SOURCE_LOCALE, translate } from '$lib/i18n';
import { FALLBACK_SLOT, markFallbacks } from '$lib/web/fallback';
import { isSiteLocale } from '$lib/web/locales';
import { FALLBACK_CSP, personalCacheControl, SECURITY_HEADERS } from '$lib/server/headers';
import { isAborted, logClientFault } from '$lib/server/log';
import {
  actorFromSession,
  purgeExpiredCases,
  sessionToken,
  workspace,
} from '$lib/server/workspace';

/** How often closed cases past their organisation's retention period are looked for. */
const PURGE_EVERY_MS = 6 * 3_600_000;

/**
 * At start: the workspace's storage is opened (migrations run, the key is read or generated) so that
 * a server that cannot reach its data stops at once with the reason, and expired cases are purged,
 * then again every few hours.
 */
export const init: ServerInit = async () => {
  if (building) return;
  const ws = await workspace();
  const purge = () =>
    purgeExpiredCases(ws).catch((e: unknown) => console.error('retention purge failed:', e));
  await purge();
  setInterval(purge, PURGE_EVERY_MS).unref();
};

/** The messages of the current request that were shown in another language. */
const fallbacks = new AsyncLocalStorage<Fallback[]>();
onFallback((f) => fallbacks.getStore()?.push(f));

/**
 * Every page: `<html lang dir>` from the language in the URL, a cookie that remembers the language
 * (for `/` only; it holds nothing else), and headers that keep pages to themselves (headers.ts).
 * Sentences that fell back to English or French are marked with their language, and the page says so.
 */
export const handle: Handle = async ({ event, resolve }) => {
  const first = event.url.pathname.split('/')[1];
  const lang = isSiteLocale(first) ? first : SOURCE_LOCALE;
  event.locals.lang = lang;
  const token = sessionToken(event.cookies);
  event.locals.actor = token ? await actorFromSession(await workspace(), token) : null;
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
  return compressed(event.request, withHeaders(event.request, response));
};

/** The headers every response carries (headers.ts); pages keep the CSP SvelteKit wrote for them. */
function withHeaders(request: Request, response: Response): Response {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (!response.headers.has('content-security-policy'))
    response.headers.set('content-security-policy', FALLBACK_CSP);
  const cache = personalCacheControl(request.method, request.url);
  if (cache) response.headers.set('cache-control', cache);
  return response;
}

/**
 * A client that hangs up in the middle of its upload, or whose request is refused (4xx: too large, not
 * found), is not a fault of the server: one line, no stack trace, no user data. Anything else is
 * logged whole.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
  if (isAborted(error) || (status >= 400 && status < 500)) {
    logClientFault(event.request.method, event.url.pathname, isAborted(error) ? 'aborted' : status);
    return;
  }
  console.error(error);
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
