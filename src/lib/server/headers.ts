/**
 * The headers of every response, whoever answers it: SvelteKit (the server hook), the direct handler
 * of POST /api/v1/assessments, and the static files of the build (scripts/start.js). Pages keep the
 * CSP SvelteKit writes for them (svelte.config.js); anything else gets FALLBACK_CSP, under which
 * nothing may load. Answers that hold a person's data are never stored by a browser or a proxy.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** For JSON, downloads, static files and error pages: no script, no frame; inline styles for the error page. */
export const FALLBACK_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const NO_STORE = 'no-store';

/** Files whose name changes with their content (Vite's hashed assets) and the fonts. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The Cache-Control an answer must carry whatever its route says, or undefined to keep the route's:
 * every answer to a POST (or any method but GET and HEAD) and every GET with a query string (a
 * question to the search, a situation in the URL) holds what a person typed, so it is `no-store`.
 */
export function personalCacheControl(method: string, url: string): string | undefined {
  if (method !== 'GET' && method !== 'HEAD') return NO_STORE;
  return url.includes('?') ? NO_STORE : undefined;
}

/** The Cache-Control of a static file of the build, by its path. */
export function staticCacheControl(path: string): string {
  return path.startsWith('/_app/immutable/') || path.startsWith('/fonts/') ? IMMUTABLE : 'no-cache';
}
