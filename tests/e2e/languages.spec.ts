/**
 * Every language, as a person sees it: the whole interview in Arabic (right to left) and Tigrinya
 * (Ethiopic script), and in each of the eight languages the start page, a question, the check page
 * and the result, with axe, the draft note where the translation is not reviewed, and never a
 * message key instead of words. Every page is saved as a screenshot at 360 px, in the test's folder
 * under test-results/, for a person to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import type { Situation } from '../../src/lib/law';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { fill, submit, submitQuestion, walk } from './driver';
import { EXAMPLE_01 } from './pages';

const EXAMPLE_03 = JSON.parse(
  readFileSync('tests/contract-examples/03-refugee-spouse-and-children.situation.json', 'utf8'),
) as Situation;

/** The same situations with names written in the language's script. */
const named = (s: Situation, names: string[]): Situation => ({
  ...s,
  members: s.members.map((m, i) => ({ ...m, id: names[i] ?? m.id })),
});

const MESSAGES = 'src/lib/i18n/messages';
const readJson = (path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const languageStatus = (lang: Locale) => readJson(`${MESSAGES}/${lang}/status.json`).status;

/** A message key left in a page, e.g. `interview.q.status.title`. */
const PREFIXES = [
  ...new Set(
    readdirSync(`${MESSAGES}/fr`)
      .filter((f) => f !== 'status.json')
      .flatMap((f) => Object.keys(readJson(`${MESSAGES}/fr/${f}`)).map((k) => k.split('.')[0])),
  ),
];
const RAW_KEY = new RegExp(`\\b(?:${PREFIXES.join('|')})\\.[a-z_]+(?:\\.[a-zA-Z_]+)+\\b`);

async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const html = await page.content();
  return [text, html].map((t) => RAW_KEY.exec(t)?.[0]).filter((k): k is string => !!k);
}

async function axe(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Words and checks every page of a language must pass. */
async function checkPage(page: Page, lang: Locale, what: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${what}.png`), fullPage: true });
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  expect(await rawKeys(page), `${lang} ${what}: message keys in the page`).toEqual([]);
  expect(await axe(page), `${lang} ${what}: axe`).toEqual([]);
  const note = page.locator('.translation-status');
  if (languageStatus(lang) === 'draft') {
    await expect(note).toBeVisible();
    await expect(note.locator('[lang="fr"]')).toHaveCount(1);
    await expect(note.locator('[lang="en"]')).toHaveCount(1);
    // One short notice: the review state is inside it, not on a line of its own.
    await expect(page.locator('.review-line')).toHaveCount(1);
    await expect(note.locator('.review-line')).toHaveCount(1);
  } else {
    await expect(note).toHaveCount(0);
  }
  // Every language is offered, each in its own script.
  await expect(page.locator('nav.languages li')).toHaveCount(LOCALES.length);
}

for (const lang of LOCALES) {
  test(`${lang}: start, a question, the check page and the result, with axe`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await page.goto(`/${lang}/`);
    await checkPage(page, lang, 'start');
    await page.goto(`/${lang}/simulator`);
    await checkPage(page, lang, 'first question');
    await walk(page, EXAMPLE_01, lang, { until: 'check' });
    await checkPage(page, lang, 'check');
    await submit(page, page.locator('form[data-view="check"] button'));
    await expect(page.locator('.result')).toHaveCount(1);
    await checkPage(page, lang, 'result');
    await context.close();
  });
}

test('guide, glossary, search and expert pages: words in every language, never a key', async ({
  request,
}) => {
  const paths = [
    '/',
    '/guide',
    '/guide/reunification',
    '/glossary',
    '/search?q=visa',
    '/simulator/expert',
  ];
  for (const lang of LOCALES) {
    for (const path of paths) {
      const response = await request.get(`/${lang}${path}`);
      expect(response.status(), `/${lang}${path}`).toBe(200);
      const html = await response.text();
      expect(RAW_KEY.exec(html)?.[0], `/${lang}${path}`).toBeUndefined();
      expect(html).toContain(`<html lang="${lang}"`);
    }
  }
});

test('dates typed with the language’s month names and digits; a Solar Hijri year is explained', async ({
  page,
}) => {
  await page.goto('/ar/simulator');
  await fill(page, { 'f.status': 'refugee' });
  await submitQuestion(page);
  await expect(page.locator('form[data-question]')).toHaveAttribute('data-question', 'filing_date');
  await fill(page, { 'f.date.day': '٢٧', 'f.date.month': 'آذار', 'f.date.year': '٢٠٢٦' });
  await submitQuestion(page);
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(page.locator('form[data-question]')).not.toHaveAttribute(
    'data-question',
    'filing_date',
  );

  await page.goto('/fa/simulator');
  await fill(page, { 'f.status': 'refugee' });
  await submitQuestion(page);
  await fill(page, { 'f.date.day': '۱', 'f.date.month': 'حمل', 'f.date.year': '۱۴۰۵' });
  await submitQuestion(page);
  await expect(page.locator('.error-summary')).toHaveCount(1);
  await fill(page, { 'f.date.day': '۱', 'f.date.month': 'مارچ', 'f.date.year': '۱۴۰۵' });
  await submitQuestion(page);
  await expect(page.locator('.error-summary a')).toHaveText(/میلادی/);
  await expect(page.locator('.error-summary a')).toHaveAttribute('href', '#f.date.year');
});

test('the draft note links to the same page in French and English', async ({ page }) => {
  await page.goto('/uk/guide');
  const note = page.locator('.translation-status');
  await expect(note.locator('a[lang="fr"]')).toHaveAttribute('href', /\/fr\/guide$/);
  await expect(note.locator('a[lang="en"]')).toHaveAttribute('href', /\/en\/guide$/);
  // On a simulator page, the note's links keep the answers, like the switcher.
  await walk(page, EXAMPLE_01, 'uk', { until: 'check' });
  await submit(page, note.locator('a[lang="fr"]'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('form[data-view="check"]')).toHaveCount(1);
});

const FULL: { lang: Locale; situation: Situation }[] = [
  { lang: 'ar', situation: named(EXAMPLE_03, ['ليلى', 'رامي', 'لينا', 'سامي']) },
  { lang: 'ti', situation: named(EXAMPLE_01, ['ሳባ', 'ዳዊት', 'ሄለን']) },
];

for (const { lang, situation } of FULL) {
  test(`${lang}: the whole interview, every page at 360 px`, async ({ page }, info) => {
    let n = 0;
    const asked = await walk(page, situation, lang, {
      onPage: async (step) => {
        n += 1;
        expect(await rawKeys(page), `${lang} ${step}`).toEqual([]);
        // Nothing wider than the screen: no text cut off at 360 px.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${lang} ${step}: horizontal overflow`).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: info.outputPath(`${String(n).padStart(2, '0')}-${step}.png`),
          fullPage: true,
        });
      },
    });
    expect(asked.length).toBeGreaterThan(10);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    for (const name of situation.members.map((m) => m.id)) {
      await expect(page.locator('article.card h3 bdi', { hasText: name })).toHaveCount(1);
    }
    if (lang === 'ti') {
      // The Ethiopic font shipped with the site was used, and has every letter of the page.
      const font = await page.evaluate(async () => {
        await document.fonts.ready;
        const face = [...document.fonts].find((f) => f.family.includes('reunir Ethiopic'));
        return face?.status;
      });
      expect(font).toBe('loaded');
    }
  });
}

test('other languages never load the Ethiopic font', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto('/ar/');
  await page.goto('/fr/simulator');
  await page.waitForLoadState('networkidle');
  expect(fonts).toEqual([]);
  await page.goto('/ti/');
  await page.waitForLoadState('networkidle');
  expect(fonts).toEqual([expect.stringContaining('/fonts/noto-sans-ethiopic-ti.woff2')]);
});

test('the first visit follows Accept-Language; the choice is remembered', async ({ request }) => {
  const first = await request.get('/', {
    headers: { 'accept-language': 'ti-ER,ti;q=0.9,en;q=0.5' },
    maxRedirects: 0,
  });
  expect(first.status()).toBe(303);
  expect(first.headers().location).toBe('/ti/');
  const dari = await request.get('/', {
    headers: { 'accept-language': 'prs-AF, fa;q=0.8' },
    maxRedirects: 0,
  });
  expect(dari.headers().location).toBe('/fa/');
  // Visiting a page in Ukrainian sets the cookie; `/` then prefers it over the browser's language.
  await request.get('/uk/');
  const again = await request.get('/', {
    headers: { 'accept-language': 'ar' },
    maxRedirects: 0,
  });
  expect(again.headers().location).toBe('/uk/');
});
