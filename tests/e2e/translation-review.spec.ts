/**
 * The native-review path: the review line on translated pages, the Pashto and Tigrinya note on every
 * page (guide pages and the simulator included) with links to the same page in English and French,
 * the review page and its downloads, and the report link (set by REUNIR_FEEDBACK_EMAIL in
 * playwright.config.ts).
 */
import { expect, type Page, test } from '@playwright/test';
import { type PageToCheck, expectNoAxeViolations } from './checks';
import { fill, submitQuestion } from './driver';
import { readdirSync } from 'node:fs';

const FEEDBACK = 'corrections@example.org';

/** The note at the top of a draft page, with the same page in French and English. */
async function expectDraftNote(page: Page, path: string): Promise<void> {
  const note = page.locator('.translation-status');
  await expect(note, path).toBeVisible();
  await expect(note.locator('.review-line')).toBeVisible();
  // One notice only: no second review line, no draft box of the page's own.
  await expect(page.locator('.review-line'), path).toHaveCount(1);
  if (path.includes('/guide/'))
    await expect(page.locator('[role="note"]:not(.fallback)'), path).toHaveCount(1);
  const rest = path.replace(/^\/[a-z]{2}/, '');
  for (const l of ['fr', 'en']) {
    const link = note.locator(`[lang="${l}"]`);
    await expect(link, `${path}: ${l}`).toHaveCount(1);
    // On the interview, the link goes through the address that carries the answers to language l.
    const target = rest === '/simulator' ? `${path}/language/${l}` : `/${l}${rest}`;
    if (await link.evaluate((e) => e.tagName === 'A'))
      expect(await link.evaluate((e) => new URL((e as HTMLAnchorElement).href).pathname)).toBe(
        target,
      );
  }
}

for (const lang of ['ps', 'ti'] as const) {
  const pages = [
    `/${lang}/`,
    `/${lang}/simulator`,
    `/${lang}/guide`,
    `/${lang}/glossary`,
    `/${lang}/search?q=visa`,
    `/${lang}/simulator/expert`,
    `/${lang}/translation-review`,
    ...readdirSync('src/lib/content/pages/fr').map(
      (f) => `/${lang}/guide/${f.replace(/\.md$/, '')}`,
    ),
  ];
  test(`${lang}: every page says at the top that it is not reviewed, in ${lang}`, async ({
    page,
  }) => {
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectDraftNote(page, path.replace(/\?.*$/, ''));
    }
    // A simulator step keeps the note, with links that carry the answers to the other language.
    await page.goto(`/${lang}/simulator`);
    await fill(page, { 'f.status': 'refugee' });
    await submitQuestion(page);
    for (const other of ['fr', 'en'])
      await expect(page.locator(`.translation-status a[lang="${other}"]`)).toHaveAttribute(
        'href',
        new RegExp(`/${lang}/simulator/language/${other}\\?q=filing_date$`),
      );
  });
}

test('the review line and the report link', async ({ page }) => {
  await page.goto('/uk/guide/children');
  await expect(page.locator('.review-line')).toHaveText(
    'Чернетка перекладу: ще не перевірена носієм мови.',
  );
  const report = page.locator(`.site-footer a[href^="mailto:${FEEDBACK}"]`);
  await expect(report).toHaveCount(1);
  const href = (await report.getAttribute('href')) ?? '';
  expect(decodeURIComponent(href)).toContain('/uk/guide/children');
  // An English guide page still in draft says so in the one notice, with the French original.
  await page.goto('/en/guide/children');
  await expect(page.locator('.translation-status a[lang="fr"]')).toHaveCount(1);
  await expect(page.locator('.translation-status [lang="en"]')).toHaveCount(0);
  await expect(page.locator('[role="note"]:not(.fallback)')).toHaveCount(1);
  // English catalogs are written with the French: the start page says so, without the draft note.
  await page.goto('/en/');
  await expect(page.locator('.translation-status')).toHaveCount(0);
  await expect(page.locator('.review-line')).toContainText('together with the French');
  // French is the source: no review line, but the report link and the way to the review page.
  await page.goto('/fr/');
  await expect(page.locator('.review-line')).toHaveCount(0);
  await expect(page.locator(`.site-footer a[href^="mailto:${FEEDBACK}"]`)).toHaveCount(1);
  await page.locator('.site-footer a[href$="translation-review"]').click();
  await expect(page.locator('h1')).toHaveText('Traductions à relire');
});

test('the review page lists what waits, with the French beside it, to print or download', async ({
  page,
  request,
}) => {
  await page.goto('/fr/translation-review');
  await expect(page.locator('.review-languages li')).toHaveCount(7);
  await expect(page.locator('.review-languages li').filter({ hasText: 'العربية' })).toContainText(
    'pages du guide à relire',
  );
  await page.locator('a[href$="translation-review/ar"]').click();
  await expect(page.locator('.notes dt').first()).toBeVisible();
  await page.locator('a[href$="/ar/catalog-law"]').click();
  const row = page.locator('table.pairs tbody tr').filter({ hasText: 'verdict.eligible' });
  await expect(row.locator('td[lang="fr"]')).not.toBeEmpty();
  await expect(row.locator('td[lang="ar"]')).toHaveAttribute('dir', 'rtl');
  // Printed, only the list remains.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.translation-status')).toBeHidden();
  await expect(page.locator('table.pairs')).toBeVisible();
  const csv = await request.get('/fr/translation-review/ar/catalog-law/pairs.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const text = await csv.text();
  expect(text.startsWith('\ufeff"scope","key","fr","ar","correction"')).toBe(true);
  expect(text).toContain('"catalog:law","verdict.eligible"');
  const all = await request.get('/ar/translation-review/ti/pairs.csv');
  expect(await all.text()).toContain('"page:');
  expect((await request.get('/fr/translation-review/fr')).status()).toBe(404);
});

const AXE: PageToCheck[] = [
  {
    name: 'review overview (ar)',
    open: async (p) => void (await p.goto('/ar/translation-review')),
  },
  {
    name: 'review language (fr)',
    open: async (p) => void (await p.goto('/fr/translation-review/fa')),
  },
  {
    name: 'review pairs (fa)',
    open: async (p) => void (await p.goto('/fa/translation-review/uk/page-children')),
  },
];

for (const p of AXE)
  test(`axe: ${p.name}`, async ({ browser }) => {
    await expectNoAxeViolations(browser, p);
  });
