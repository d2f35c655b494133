/** The server hook: a page whose messages fell back to French says so and marks them. */
import { describe, expect, it } from 'vitest';
import { handle } from '../../src/hooks.server';
import { translate } from '../../src/lib/i18n';
import { CATALOGS } from '../../src/lib/i18n/catalogs';

const TEMPLATE =
  '<html lang="%lang%" dir="%dir%"><body><div data-fallback-note="" hidden=""></div>' +
  '<main><p>BODY</p></main></body></html>';

async function page(path: string, body: () => string): Promise<string> {
  const url = new URL(`http://localhost${path}`);
  const event = {
    url,
    request: new Request(url),
    locals: {},
    cookies: { get: () => undefined, set: () => undefined },
  };
  const response = await handle({
    event: event as never,
    resolve: (async (_e: unknown, opts: { transformPageChunk: (c: object) => string }) => {
      // Rendering happens inside resolve, as in SvelteKit.
      await Promise.resolve();
      const html = opts.transformPageChunk({ html: TEMPLATE.replace('BODY', body()), done: true });
      return new Response(html, { headers: { 'content-type': 'text/html' } });
    }) as never,
  });
  return response.text();
}

describe('fallbacks on a page', () => {
  it('a page with none has no note', async () => {
    const html = await page('/ar/', () => translate('ar', 'ui.skip'));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toContain('data-fallback-note');
    expect(html).not.toContain('class="notice fallback');
  });

  it('a page with one says so in its language and marks the sentence', async () => {
    CATALOGS.fr['ui.test.onlyFrench'] = 'Seulement en français';
    try {
      const html = await page('/uk/guide', () => translate('uk', 'ui.test.onlyFrench'));
      expect(html).toContain(`role="note">${translate('uk', 'ui.fallback.note')}</p>`);
      expect(html).toContain('<p><span lang="fr" dir="ltr">Seulement en français</span></p>');
    } finally {
      delete CATALOGS.fr['ui.test.onlyFrench'];
    }
  });

  it('requests do not share what fell back', async () => {
    CATALOGS.fr['ui.test.onlyFrench'] = 'Seulement en français';
    try {
      const [a, b] = await Promise.all([
        page('/ru/', () => translate('ru', 'ui.test.onlyFrench')),
        page('/ru/', () => translate('ru', 'ui.skip')),
      ]);
      expect(a).toContain('class="notice fallback');
      expect(b).not.toContain('class="notice fallback');
    } finally {
      delete CATALOGS.fr['ui.test.onlyFrench'];
    }
  });
});
