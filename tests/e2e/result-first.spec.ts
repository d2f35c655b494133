/**
 * The answer first, on a 360 × 640 phone: the family's verdict in one sentence and the first thing to
 * do are on the first screen, in French and in Arabic; a sponsor condition that stops every member is
 * said once, in one card with the way out, instead of once per member; warnings only where they apply
 * (no SMIC for a refugee family, which has no income condition); the result and the file pass axe.
 */
import { expect, type Page, test } from '@playwright/test';
import type { Situation } from '../../src/lib/law';
import { expectNoAxeViolations } from './checks';
import { submit, walk } from './driver';
import { EXAMPLE_01 } from './pages';
import { readFileSync } from 'node:fs';

const SCREEN = { width: 360, height: 640 };

/** The contract examples on today's date: the filing date left empty, as most people do. */
const today = (s: Situation): Situation => {
  const copy = structuredClone(s);
  delete copy.date;
  return copy;
};
const REFUGEES = today(
  JSON.parse(
    readFileSync('tests/contract-examples/03-refugee-spouse-and-children.situation.json', 'utf8'),
  ) as Situation,
);
/** A resident whose income is far below the threshold, with a spouse and two children. */
const SHORT_INCOME: Situation = today({
  ...EXAMPLE_01,
  sponsor: { ...EXAMPLE_01.sponsor, income: { monthlyNetAverage: 1100 } },
});

async function topOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, `${selector} is shown`).not.toBeNull();
  return box!.y;
}

for (const lang of ['fr', 'ar']) {
  test(`${lang}: the verdict and the first step are on the first phone screen`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: SCREEN });
    const page = await context.newPage();
    await walk(page, REFUGEES, lang);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await topOf(page, '[data-answer]')).toBeLessThan(SCREEN.height);
    await expect(page.locator('[data-answer]')).not.toBeEmpty();
    expect(await topOf(page, '[data-next] .next-steps li')).toBeLessThan(SCREEN.height);
    // The disclaimer is one line; its details wait behind it.
    await expect(page.locator('details.disclaimer')).not.toHaveAttribute('open');
    await context.close();
  });
}

test('a refugee family is never told to check the SMIC', async ({ page }) => {
  await walk(page, REFUGEES, 'fr');
  await expect(page.locator('[data-answer]')).toBeVisible();
  expect(await page.locator('main').textContent()).not.toContain('SMIC');
  await expect(page.locator('[data-sponsor-block]')).toHaveCount(0);
});

test('income too low: one card says which condition and the way out, not one per member', async ({
  page,
}) => {
  await walk(page, SHORT_INCOME, 'fr');
  await expect(page.locator('[data-answer]')).toHaveAttribute('data-answer', 'sponsor_blocks');
  const card = page.locator('[data-sponsor-block]');
  await expect(card).toHaveCount(1);
  await expect(card.locator('h3')).toHaveCount(1);
  // One number against one income: the threshold, the income and what is missing.
  await expect(card).toContainText(
    /Il vous faut au moins .* net par mois\. Vous avez 1\s100,00\s€/,
  );
  await expect(card).toContainText('il manque');
  await expect(card).toContainText('Ce qui peut changer');
  // The members are still listed one by one, without the same refusal repeated in each.
  const members = page.locator('article.card');
  await expect(members).toHaveCount(SHORT_INCOME.members.length);
  await expect(members.filter({ hasText: 'Ce qui changerait le résultat' })).toHaveCount(0);
  await expect(members.filter({ hasText: 'Une de vos conditions' })).toHaveCount(0);
  // The SMIC's figures sit beside the threshold, behind its details.
  await expect(card.locator('details')).toContainText('SMIC');
});

test('axe: the result of a family whose income is too low (ar)', async ({ browser }) => {
  await expectNoAxeViolations(browser, {
    name: 'result (ar)',
    open: async (p) => void (await walk(p, SHORT_INCOME, 'ar')),
  });
});

test('axe: the file of a refugee family (fr)', async ({ browser }) => {
  await expectNoAxeViolations(browser, {
    name: 'file (fr)',
    open: async (p) => {
      await walk(p, REFUGEES, 'fr');
      await submit(p, p.locator('button[data-dossier]'));
    },
  });
});
