/**
 * The search page answers with passages: each result's link is the section that answers (its heading,
 * its anchor in the link), under the page's title; the passage is the excerpt; following the link
 * lands on that section. Without JavaScript, as a phone on a slow connection would load it.
 */
import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a question about a rule is answered by the section that states it, under its page', async ({
  page,
}) => {
  await page.goto('/en/search?q=' + encodeURIComponent('second wife, can she come?'));
  const first = page.locator('ol.results > li').first();
  const link = first.getByRole('heading', { level: 3 }).getByRole('link');
  const url = new URL((await link.getAttribute('href'))!, page.url());
  expect(url.pathname + url.hash).toBe('/en/guide/second-spouse#only-one-spouse');
  const anchor = url.hash.slice(1);
  const heading = (await link.textContent())!.trim();
  await expect(first.locator('.page-title')).toHaveText(/Several wives/);
  await expect(first.locator('p', { hasText: 'cannot come' })).toContainText('a second wife');
  await expect(first.locator('mark').first()).toBeVisible();

  await link.click();
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toHaveText(heading);
});

test('two answers from one page are told apart by their sections; right to left in Arabic', async ({
  page,
}) => {
  await page.goto('/ar/search?q=' + encodeURIComponent('زوجة ثانية وأولادها'));
  const items = page.locator('ol.results > li');
  await expect(items.first()).toHaveAttribute('dir', 'rtl');
  const links = await items
    .locator('h3 a')
    .evaluateAll((as) =>
      as.map((a) => ({ page: (a as HTMLAnchorElement).pathname, text: a.textContent })),
    );
  expect(links.filter((l) => !l.text?.trim())).toEqual([]);
  const pages = links.map((l) => l.page);
  const twice = links.filter((l, i) => pages.indexOf(l.page) !== i);
  expect(twice.length, 'a page that answers twice').toBeGreaterThan(0);
  for (const again of twice) {
    const before = links.filter((l) => l.page === again.page);
    expect(new Set(before.map((l) => l.text)).size).toBe(before.length);
  }
});
