/**
 * The checks every kind of page goes through, shared by the page lists of the specs: axe finds no
 * WCAG 2.2 A/AA violation; nothing loads from another host; at most 50 KB transferred in all
 * (compressed), of which at most 30 KB of JavaScript, measured as on a first visit.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';

export type PageToCheck = { name: string; open: (page: Page) => Promise<void> };

const PAGE_BUDGET = 50 * 1024;
const JS_BUDGET = 30 * 1024;

export async function expectNoAxeViolations(browser: Browser, p: PageToCheck): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await p.open(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await context.close();
}

export async function expectWithinBudget(
  page: Page,
  baseURL: string,
  p: PageToCheck,
): Promise<void> {
  const own = new URL(baseURL).host;
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
  expect(seen.filter((r) => new URL(r.url).host !== own).map((r) => r.url)).toEqual([]);
  // The last page shown, with everything it loaded.
  const lastLoad = seen.slice(seen.findLastIndex((r) => r.type === 'document'));
  const bytesOf = (type?: string) =>
    lastLoad.filter((r) => !type || r.type === type).reduce((n, r) => n + r.bytes, 0);
  const [total, js, fonts] = [bytesOf(), bytesOf('script'), bytesOf('font')];
  test.info().annotations.push({
    type: 'transferred',
    description: `${total} bytes (JavaScript ${js}, fonts ${fonts})`,
  });
  console.log(`${p.name}: ${total} bytes transferred (JavaScript ${js}, fonts ${fonts})`);
  expect(total, `${last}: ${total} bytes`).toBeLessThanOrEqual(PAGE_BUDGET);
  expect(js, `${last}: ${js} bytes of JavaScript`).toBeLessThanOrEqual(JS_BUDGET);
}
