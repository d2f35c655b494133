/**
 * The dossier pages are as light and accessible as the others: axe finds no WCAG 2.2 A/AA violation,
 * nothing is loaded from another host, at most 50 KB transferred of which at most 30 KB of JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Situation } from '../../src/lib/law';
import { submit } from './driver';
import { enterDates, openDossier, plusDays, todayInFrance } from './dossier-driver';

const example = (name: string) =>
  JSON.parse(readFileSync(`tests/contract-examples/${name}.situation.json`, 'utf8')) as Situation;
const REGROUPEMENT = example('01-regroupement-conditions-met');
const REFUGEES = example('03-refugee-spouse-and-children');

const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'dossier (en)', open: (p) => openDossier(p, REGROUPEMENT, 'en') },
  { name: 'dossier (ar, right to left)', open: (p) => openDossier(p, REFUGEES, 'ar') },
  {
    name: 'dossier with a visa refusal (fr)',
    open: async (p) => {
      await openDossier(p, REFUGEES, 'fr');
      await enterDates(p, { visaRefusalNotified: plusDays(todayInFrance(), -3) });
    },
  },
  {
    name: 'dossier with date errors (en)',
    open: async (p) => {
      await openDossier(p, REGROUPEMENT, 'en');
      await enterDates(p, { fileCompleteAtOfii: '2026-13-01' });
    },
  },
  {
    name: 'letter explained in the reader’s language (uk)',
    open: async (p) => {
      await openDossier(p, REFUGEES, 'uk');
      await submit(
        p,
        p.locator(
          '[data-letter="refugee-families-office"] form[action*="/dossier/letters/"] button',
        ),
      );
    },
  },
];

const PAGE_BUDGET = 50 * 1024;
const JS_BUDGET = 30 * 1024;

for (const p of PAGES) {
  test(`axe: ${p.name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await p.open(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    await context.close();
  });

  test(`budget: ${p.name}`, async ({ page, baseURL }) => {
    const own = new URL(baseURL!).host;
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
    expect(seen.filter((r) => new URL(r.url).host !== own).map((r) => r.url)).toEqual([]);
    const lastLoad = seen.slice(seen.findLastIndex((r) => r.type === 'document'));
    const total = lastLoad.reduce((n, r) => n + r.bytes, 0);
    const js = lastLoad.filter((r) => r.type === 'script').reduce((n, r) => n + r.bytes, 0);
    expect(total, `${page.url()}: ${total} bytes`).toBeLessThanOrEqual(PAGE_BUDGET);
    expect(js, `${page.url()}: ${js} bytes of JavaScript`).toBeLessThanOrEqual(JS_BUDGET);
  });
}
