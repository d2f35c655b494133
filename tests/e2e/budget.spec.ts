/**
 * Light pages: every page loads only from its own host, at most 50 KB transferred in all
 * (compressed), of which at most 30 KB of JavaScript.
 */
import { expect, test } from '@playwright/test';
import { PAGES } from './pages';

const PAGE_BUDGET = 50 * 1024;
const JS_BUDGET = 30 * 1024;

for (const p of PAGES) {
  test(`budget: ${p.name}`, async ({ page, baseURL }) => {
    const own = new URL(baseURL!).host;
    // Every page is measured as on a first visit: nothing from the cache.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const pending: Promise<{ url: string; type: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        request.sizes().then((sizes) => ({
          url: request.url(),
          type: request.resourceType(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
        })),
      );
    });
    await p.open(page);
    await page.waitForLoadState('networkidle');
    const seen = await Promise.all(pending);
    const last = page.url();
    const foreign = seen.filter((r) => new URL(r.url).host !== own);
    expect(foreign.map((r) => r.url)).toEqual([]);
    // The last page shown, with everything it loaded.
    const lastLoad = seen.slice(seen.findLastIndex((r) => r.type === 'document'));
    const total = lastLoad.reduce((n, r) => n + r.bytes, 0);
    const js = lastLoad.filter((r) => r.type === 'script').reduce((n, r) => n + r.bytes, 0);
    const fonts = lastLoad.filter((r) => r.type === 'font').reduce((n, r) => n + r.bytes, 0);
    test.info().annotations.push({
      type: 'transferred',
      description: `${total} bytes (JavaScript ${js}, fonts ${fonts})`,
    });
    console.log(`${p.name}: ${total} bytes transferred (JavaScript ${js}, fonts ${fonts})`);
    expect(total, `${last}: ${total} bytes`).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(js, `${last}: ${js} bytes of JavaScript`).toBeLessThanOrEqual(JS_BUDGET);
  });
}
