/**
 * The browser's Back and reload on every step of the interview, with JavaScript on and off: each step
 * is a page of its own, got by GET. On every step, after answering, Back shows the question before with
 * its answer filled in, Forward comes back, and a reload asks for the same page again by GET (no form
 * is sent again, so the browser never asks to "confirm form resubmission").
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, type Response, test } from '@playwright/test';
import type { Situation } from '../../src/lib/law';
import { type Fill, fill, memberAnswer, sponsorAnswer, submit, submitQuestion } from './driver';
import { EXAMPLE_01 } from './pages';

const REFUGEES = JSON.parse(
  readFileSync('tests/contract-examples/03-refugee-spouse-and-children.situation.json', 'utf8'),
) as Situation;

/** Which step the page shows: the question and member, the member list, the check page, the result. */
async function stepOf(page: Page): Promise<string> {
  if (await page.locator('.result').count()) return 'result';
  if (await page.locator('form[data-view="members"]').count()) return 'members';
  if (await page.locator('form[data-view="check"]').count()) return 'check';
  const form = page.locator('form[data-question]');
  await expect(form).toHaveCount(1);
  const m = await form.getAttribute('data-member');
  return `${await form.getAttribute('data-question')}${m === null ? '' : `:${m}`}`;
}

/** The inputs of the question show what was answered. */
async function expectFilled(page: Page, values: Fill): Promise<void> {
  const form = page.locator('form[data-question]');
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const inputs = form.locator(`[name="${name}"]`);
    if ((await inputs.count()) === 0) continue;
    const type = await inputs
      .first()
      .evaluate((e) => `${e.tagName}:${(e as HTMLInputElement).type}`);
    if (type.endsWith(':radio'))
      await expect(form.locator(`[name="${name}"][value="${value}"]`)).toBeChecked();
    else if (type.endsWith(':checkbox')) {
      const wanted = Array.isArray(value) ? value : [value];
      for (const box of await inputs.all())
        expect(await box.isChecked(), `${name}=${await box.getAttribute('value')}`).toBe(
          wanted.includes((await box.getAttribute('value')) ?? ''),
        );
    } else {
      const shown = await inputs.first().inputValue();
      // Dates come back without leading zeros, as typed here; numbers as numbers.
      const same = shown === String(value) || (shown !== '' && Number(shown) === Number(value));
      expect(same, `${name}: shown "${shown}", answered "${value}"`).toBe(true);
    }
  }
}

/** A navigation of the browser (Back, Forward, reload): it was a GET of a page, answered 200. */
function expectGet(response: Response | null, what: string): void {
  expect(response, `${what}: a page was loaded`).not.toBeNull();
  expect(response!.request().method(), `${what}: the browser asked by GET`).toBe('GET');
  expect(response!.status(), what).toBe(200);
}

async function walkWithBack(page: Page, s: Situation, lang: string): Promise<string[]> {
  await page.goto(`/${lang}/simulator`);
  const seen: string[] = [];
  let added = 0;
  for (let guard = 0; guard < 120; guard++) {
    const step = await stepOf(page);
    seen.push(step);
    if (step === 'result') return seen;
    const url = page.url();
    let answered: Fill | undefined;
    if (step === 'members') {
      const more = added < s.members.length;
      await submit(page, page.locator(`button[name="do"][value="${more ? 'add' : 'finish'}"]`));
      if (more) added += 1;
    } else if (step === 'check') {
      await submit(page, page.locator('form[data-view="check"] button'));
    } else {
      const [q, m] = step.split(':');
      answered = m === undefined ? sponsorAnswer(q!, s) : memberAnswer(q!, s.members[Number(m)]!);
      await fill(page, answered);
      await submitQuestion(page);
      await expect(page.locator('.error-summary')).toHaveCount(0);
    }
    const next = await stepOf(page);
    const nextUrl = page.url();
    expect(nextUrl, `after ${step}: the next page has an address of its own`).not.toBe(url);

    expectGet(await page.goBack(), `Back from ${next}`);
    expect(page.url()).toBe(url);
    expect(await stepOf(page), `Back from ${next}`).toBe(step);
    if (answered) await expectFilled(page, answered);

    expectGet(await page.goForward(), `Forward to ${next}`);
    expect(page.url()).toBe(nextUrl);
    expect(await stepOf(page), `Forward to ${next}`).toBe(next);

    expectGet(await page.reload(), `reload of ${next}`);
    expect(page.url()).toBe(nextUrl);
    expect(await stepOf(page), `reload of ${next}`).toBe(next);
  }
  throw new Error(`the interview did not end: ${seen.join(' ')}`);
}

const FAMILIES: [string, Situation, string][] = [
  ['a refugee’s family (réunification familiale)', REFUGEES, 'fr'],
  ['a resident’s family (regroupement familial)', EXAMPLE_01, 'en'],
];

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    for (const [name, family, lang] of FAMILIES) {
      test(`Back, Forward and reload on every step: ${name}`, async ({ page }) => {
        test.setTimeout(180_000);
        const seen = await walkWithBack(page, family, lang);
        expect(seen).toContain('members');
        expect(seen).toContain('check');
        expect(seen.filter((x) => x.startsWith('relation:'))).toHaveLength(family.members.length);
      });
    }

    test('an answer with errors is shown again by a GET with status 200, and reload is safe', async ({
      page,
    }) => {
      await page.goto('/en/simulator');
      await fill(page, { 'f.status': 'refugee' });
      await submitQuestion(page);
      const statuses: number[] = [];
      page.on('response', (r) => {
        if (r.request().isNavigationRequest()) statuses.push(r.status());
      });
      await fill(page, { 'f.date.day': '31', 'f.date.month': '2', 'f.date.year': '2026' });
      await submitQuestion(page);
      await expect(page.locator('.error-summary')).toBeVisible();
      await expect(page.locator('[name="f.date.day"]')).toHaveValue('31');
      // The post answered 303, the page with the errors 200: never a 4xx.
      expect(statuses).toEqual([303, 200]);
      expect(page.url()).toMatch(/\/en\/simulator\?q=filing_date$/);
      expectGet(await page.reload(), 'reload of the page with errors');
      await expect(page.locator('form[data-question]')).toHaveAttribute(
        'data-question',
        'filing_date',
      );
      // The page with the errors is an entry of the history at the question's own address: Back
      // leads to that question as it was first shown, then to the question before, answered.
      expectGet(await page.goBack(), 'Back from the page with errors');
      if (page.url().endsWith('?q=filing_date')) {
        await expect(page.locator('.error-summary')).toHaveCount(0);
        expectGet(await page.goBack(), 'Back again');
      }
      await expect(page.locator('[name="f.status"][value="refugee"]')).toBeChecked();
    });

    test('“forget my answers” clears them', async ({ page }) => {
      await page.goto('/en/simulator');
      await fill(page, { 'f.status': 'stateless' });
      await submitQuestion(page);
      await submit(page, page.locator('.page-tools form[data-erase] button'));
      await expect(page.locator('form[data-question]')).toHaveAttribute('data-question', 'status');
      await expect(page.locator('[name="f.status"]:checked')).toHaveCount(0);
      // An address of a later step now leads to the first question.
      await page.goto('/en/simulator?q=filing_date');
      await expect(page.locator('form[data-question]')).toHaveAttribute('data-question', 'status');
      const cookies = await page.context().cookies();
      expect(cookies.filter((c) => c.name.startsWith('reunir_answers'))).toEqual([]);
    });
  });
}

test('the answers cookie: session only, SameSite=Lax, scoped to the language’s simulator', async ({
  page,
}) => {
  await page.goto('/fr/simulator');
  await fill(page, { 'f.status': 'refugee' });
  await submitQuestion(page);
  const cookie = (await page.context().cookies()).find((c) => c.name === 'reunir_answers');
  expect(cookie).toMatchObject({
    path: '/fr/simulator',
    sameSite: 'Lax',
    httpOnly: true,
    expires: -1,
  });
  // Changing language keeps the answers: Back in the other language shows them.
  await submit(page, page.locator('.languages a[lang="ar"]'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(page.url()).toMatch(/\/ar\/simulator\?q=filing_date$/);
  await submit(page, page.locator('.back a'));
  await expect(page.locator('[name="f.status"][value="refugee"]')).toBeChecked();
});
