/**
 * "My visa was refused", without JavaScript, on a 360 px phone, in French and in Arabic: from the start
 * page, two questions lead to the appeal's last day, the letter (PDF and explained in the reader's
 * language) and the commission's address; a late appeal says the time limit has passed. No screen
 * scrolls sideways, and each screen is a GET address that Back and reload ask for again.
 */
import { expect, type Page, test } from '@playwright/test';
import { submit } from './driver';
import { plusDays, todayInFrance } from './dossier-driver';

test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

async function expectNoSideScroll(page: Page, what: string): Promise<void> {
  const { wide, screen } = await page.evaluate(() => ({
    wide: document.documentElement.scrollWidth,
    screen: window.innerWidth,
  }));
  expect(wide, `${what} is ${wide} px wide on a ${screen} px screen`).toBeLessThanOrEqual(screen);
}

async function typeDate(page: Page, kind: 'written' | 'silence', iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.locator(`[name="${kind}.day"]`).fill(String(Number(d)));
  await page.locator(`[name="${kind}.month"]`).fill(String(Number(m)));
  await page.locator(`[name="${kind}.year"]`).fill(y!);
}

const continueButton = (page: Page) => page.locator('form[data-refused] > button.button');

for (const lang of ['fr', 'ar'] as const) {
  test(`from the start page to the appeal, in time (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    await expectNoSideScroll(page, 'start page');
    await submit(page, page.locator('[data-refused-entry] a'));
    await expect(page.locator('form[data-refused="route"]')).toHaveCount(1);
    await expectNoSideScroll(page, 'procedure question');

    // Nothing chosen: the question again, with the error, by a GET answered 200.
    await submit(page, continueButton(page));
    await expect(page.locator('.error-summary')).toBeVisible();
    expect(page.url()).toMatch(/\/simulator\/refused\?step=route$/);
    await page.locator('[name="route"][value="refugee"]').check();
    await submit(page, continueButton(page));
    await expect(page.locator('form[data-refused="date"]')).toHaveCount(1);
    await expectNoSideScroll(page, 'date question');

    const notified = plusDays(todayInFrance(), -10);
    await page.locator('[name="kind"][value="written"]').check();
    await typeDate(page, 'written', notified);
    await submit(page, continueButton(page));
    const appeal = page.locator('[data-refused="appeal"]');
    await expect(appeal).toHaveAttribute('data-status', 'on_time');
    await expect(appeal.locator('[data-timeliness="on_time"]')).toHaveCount(1);
    await expect(appeal.locator('.crrv-address')).toContainText('BP 83609');
    await expectNoSideScroll(page, 'appeal');

    // Back shows the date given; reload asks again by GET.
    const back = await page.goBack();
    expect(back?.request().method()).toBe('GET');
    await expect(page.locator('[name="kind"][value="written"]')).toBeChecked();
    await expect(page.locator('[name="written.day"]')).toHaveValue(
      String(Number(notified.slice(8))),
    );
    await page.goForward();
    const reload = await page.reload();
    expect(reload?.request().method()).toBe('GET');
    await expect(appeal).toHaveAttribute('data-status', 'on_time');

    // The letter, in French, as a PDF.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      appeal.locator('[data-download="letter"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('reunir-crrv-appeal.pdf');
    // The letter explained in the reader's language.
    await submit(
      page,
      appeal.locator(`form[action="/${lang}/dossier/letters/crrv-appeal"] button`),
    );
    await expect(page.locator('.companion .letter')).toBeVisible();
    await expect(page.locator('[data-timeliness="on_time"]')).toHaveCount(1);
    await expectNoSideScroll(page, 'letter explained');
  });
}

test('a late appeal says that the time limit has passed (ar)', async ({ page }) => {
  await page.goto('/ar/simulator/refused');
  await page.locator('[name="route"][value="resident"]').check();
  await submit(page, continueButton(page));
  await page.locator('[name="kind"][value="written"]').check();
  await typeDate(page, 'written', plusDays(todayInFrance(), -90));
  await submit(page, continueButton(page));
  const appeal = page.locator('[data-refused="appeal"]');
  await expect(appeal).toHaveAttribute('data-status', 'late');
  await expect(appeal.locator('[data-timeliness="late"]')).toContainText('انتهت مهلة الطعن');
  await expectNoSideScroll(page, 'late appeal');
});

test('no answer from the consulate: not yet a refusal, then an appeal against the silence (fr)', async ({
  page,
}) => {
  await page.goto('/fr/simulator/refused');
  await page.locator('[name="route"][value="eu_citizen"]').check();
  await submit(page, continueButton(page));
  await page.locator('[name="kind"][value="silence"]').check();
  await typeDate(page, 'silence', plusDays(todayInFrance(), -20));
  await submit(page, continueButton(page));
  const appeal = page.locator('[data-refused="appeal"]');
  await expect(appeal).toHaveAttribute('data-status', 'not_yet');
  await expect(appeal.locator('[data-download="letter"]')).toHaveCount(0);
  // A date in the future is refused with its error, kept on the page.
  await submit(page, page.locator('.back a'));
  await typeDate(page, 'silence', plusDays(todayInFrance(), 5));
  await submit(page, continueButton(page));
  await expect(page.locator('.error-summary')).toContainText('futur');
  await typeDate(page, 'silence', plusDays(todayInFrance(), -75));
  await submit(page, continueButton(page));
  await expect(appeal).toHaveAttribute('data-status', 'on_time');
  await expect(appeal.locator('[data-download="letter"]')).toHaveCount(1);
});

test('the first question and the guide lead to the path, in the reader’s language', async ({
  page,
}) => {
  await page.goto('/fr/simulator');
  await expect(page.locator('.refused-entry a')).toHaveAttribute(
    'href',
    /\/fr\/simulator\/refused$/,
  );
  await page.goto('/ar/guide/visa-refused');
  await submit(page, page.locator('main a[href="/ar/simulator/refused"]').first());
  await expect(page.locator('form[data-refused="route"]')).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});
