/**
 * Expert mode without JavaScript, as a social worker uses it: open an answers file saved from the
 * interview, fix the field the page points to (in the page's language, next to the field, status 200),
 * get the result, then the letters and the summary of the same family.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { submit, verdicts } from './driver';

const catalog = (lang: string): Record<string, string> =>
  JSON.parse(readFileSync(`src/lib/i18n/messages/${lang}/ui.json`, 'utf8'));
const fr = catalog('fr');
const ar = catalog('ar');

test.use({ javaScriptEnabled: false });

/** A refugee's answers, saved by the interview, whose protection date is before the asylum date. */
const FILE = JSON.stringify({
  reunir: 'answers',
  version: 1,
  answers: {
    v: 1,
    s: {
      status: { status: 'refugee' },
      filing_date: { date: '2026-11-20' },
      birth_date: { date: '1990-01-01' },
      asylum_date: { date: '2023-10-05' },
      grant_date: { date: '2023-01-15' },
      spouse_in_france: { answer: 'no' },
    },
    m: [
      {
        k: 'm1',
        a: {
          relation: { name: 'Zahra', relation: 'spouse' },
          m_birth_date: { date: '1992-04-02' },
          union_date: { date: '2019' },
          declared_ofpra: { answer: 'yes' },
        },
      },
    ],
    done: true,
  },
});

async function upload(page: Page): Promise<number | undefined> {
  await page.locator('#file').setInputFiles({
    name: 'reunir-answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(FILE),
  });
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST'),
    submit(page, page.locator('form[action="?/upload"] button')),
  ]);
  return response.status();
}

/** The text of an error, without the direction isolates the catalogs put around Latin text. */
async function errorText(page: Page, name: string): Promise<string> {
  return (await errorOf(page, name).innerText()).replace(/[\u2066-\u2069]/g, '');
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const errorOf = (page: Page, name: string) => page.locator(`[id="${name}-error"]`);

for (const [lang, ui] of [
  ['fr', fr],
  ['ar', ar],
] as const) {
  test(`answers file, a field error in ${lang}, the result, the letters and the summary`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto(`/${lang}/simulator/expert`);
    expect(await upload(page)).toBe(200);

    // The engine's problem, in the page's language, next to the protection date; the rest kept.
    const grant = 'sponsor.protectionGrantedDate';
    expect(await errorText(page, grant)).toContain(ui['ui.expert.engine.date']);
    await expect(
      page.locator('.error-summary a[href="#sponsor.protectionGrantedDate"]'),
    ).toHaveCount(1);
    await expect(page.locator('.error-summary')).not.toContainText('protection cannot');
    await expect(field(page, 'members.0.id')).toHaveValue('Zahra');
    await expect(field(page, 'members.0.unionDate')).toHaveValue('2019');
    // A spouse is not asked the child-only facts.
    await expect(field(page, 'members.0.kafala')).toHaveCount(0);
    await expect(field(page, 'members.0.otherParentConsent')).toHaveCount(0);
    if (lang === 'ar') await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(320);

    // A date typed wrong is named in the page's language too.
    await field(page, grant).fill('31/02/2025');
    await submit(page, page.locator('#expert-form button:not([formaction])'));
    expect(await errorText(page, grant)).toContain(ui['ui.expert.invalid.approxDate']);

    // Known only to the month: accepted.
    await field(page, grant).fill('06/2025');
    await submit(page, page.locator('#expert-form button:not([formaction])'));
    await expect(page.locator('.error-summary')).toHaveCount(0);
    expect(await verdicts(page)).toEqual([{ name: 'Zahra', verdict: 'eligible' }]);

    // The summary, from the same answers.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`[data-expert-summary="${lang}"]`).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe(`reunir-summary-${lang}.pdf`);

    // The answers file, the same the interview saves.
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-expert-download]').click(),
    ]);
    expect(saved.suggestedFilename()).toBe('reunir-answers.json');

    // The letters, in the family's file.
    await submit(page, page.locator('[data-expert-letters]'));
    await expect(page.locator('#letters-title')).toBeVisible();
    await expect(page.locator('#summary-title')).toBeVisible();
  });
}

test('the commune lookup fills the zone, and a choice is offered when several match', async ({
  page,
}) => {
  await page.goto('/fr/simulator/expert');
  await field(page, 'sponsor.status').selectOption('resident');
  await field(page, 'commune').fill('saint denis');
  await submit(page, page.locator('#expert-form button:not([formaction])'));
  expect(await errorText(page, 'commune')).toContain(fr['ui.expert.commune.choose']);
  await page.locator('label', { hasText: 'Saint-Denis (93)' }).click();
  await submit(page, page.locator('#expert-form button:not([formaction])'));
  await expect(field(page, 'sponsor.housing.zone')).toHaveValue('A_bis');
  await expect(page.locator('[data-commune-zone]')).toContainText('Saint-Denis (93)');
});

test('the member fields follow the relation chosen', async ({ page }) => {
  await page.goto('/en/simulator/expert');
  await expect(field(page, 'members.0.kafala')).toHaveCount(0);
  await field(page, 'members.0.relation').selectOption('child');
  await submit(page, page.locator('#expert-form button[value="fields"]'));
  await expect(field(page, 'members.0.kafala')).toHaveCount(1);
  await expect(field(page, 'members.0.unionDate')).toHaveCount(0);
  await expect(field(page, 'sponsor.nationality').locator('option[value="MA"]')).toHaveText(
    'Morocco',
  );
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });
  test('choosing a relation shows its fields at once', async ({ page }) => {
    await page.goto('/en/simulator/expert');
    await Promise.all([
      page.waitForEvent('framenavigated'),
      field(page, 'members.0.relation').selectOption('spouse'),
    ]);
    await expect(field(page, 'members.0.unionDate')).toHaveCount(1);
    await expect(field(page, 'members.0.kafala')).toHaveCount(0);
  });
});
