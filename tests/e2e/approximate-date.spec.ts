/**
 * The interview's date questions where people rarely know the day take the month and the year alone,
 * with a tick box that works without JavaScript.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { submitQuestion } from './driver';

test.use({ javaScriptEnabled: false });

const fr: Record<string, string> = JSON.parse(
  readFileSync('src/lib/i18n/messages/fr/interview.json', 'utf8'),
);

test('the asylum date known only to the month, without JavaScript', async ({ page }) => {
  await page.goto('/fr/simulator');
  const question = page.locator('form[data-question]');
  await page.locator('input[name="f.status"][value="refugee"]').check();
  await submitQuestion(page);
  while ((await question.getAttribute('data-question')) !== 'asylum_date') {
    // The filing date and the birth date are left empty (unknown).
    await expect(page.locator('[name="f.date.approx"]')).toHaveCount(0);
    await submitQuestion(page);
  }
  const approx = page.locator('[name="f.date.approx"]');
  await expect(approx).toHaveCount(1);
  await page.locator('[name="f.date.month"]').fill('octobre');
  await page.locator('[name="f.date.year"]').fill('2023');
  await submitQuestion(page);
  await expect(page.locator('.error-summary')).toContainText(
    fr['interview.error.date.dayOrApprox']!,
  );
  await expect(page.locator('[name="f.date.month"]')).toHaveValue('octobre');
  await page.locator('[name="f.date.approx"]').check();
  await submitQuestion(page);
  await expect(page.locator('.error-summary')).toHaveCount(0);
  await expect(question).toHaveAttribute('data-question', 'grant_date');
});
