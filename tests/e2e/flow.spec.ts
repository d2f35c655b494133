/** The interview's behaviour: errors, changes, families that cannot come, doubts, keyboard, files. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Situation } from '../../src/lib/law';
import { fill, submit, submitQuestion, verdicts, walk } from './driver';
import { EXAMPLE_01 } from './pages';

test('a family that cannot come: a resident’s parent and an adult child', async ({ page }) => {
  const s: Situation = {
    ...EXAMPLE_01,
    members: [
      { id: 'Mother', relation: 'parent', of: 'sponsor', birthDate: '1960-01-01' },
      {
        id: 'Karim',
        relation: 'child',
        parentage: 'sponsor',
        birthDate: '2000-05-05',
        otherParent: 'deceased',
      },
    ],
  };
  await walk(page, s, 'en');
  expect(await verdicts(page)).toEqual([
    { name: 'Mother', verdict: 'not_eligible' },
    { name: 'Karim', verdict: 'not_eligible' },
  ]);
  await expect(page.locator('article.card').first()).toContainText('Cannot come');
});

test('a doubt: a refugee’s spouse whose declaration to OFPRA is not known', async ({ page }) => {
  const s = JSON.parse(
    readFileSync('tests/contract-examples/03-refugee-spouse-and-children.situation.json', 'utf8'),
  ) as Situation;
  const spouse = { ...s.members[0]! };
  delete spouse.declaredToOfpra;
  await walk(page, { ...s, members: [spouse] }, 'en');
  expect(await verdicts(page)).toEqual([{ name: 'spouse', verdict: 'to_verify' }]);
  const card = page.locator('article.card').first();
  await expect(card).toContainText('To be checked');
  await expect(card.locator('h4', { hasText: 'What is still uncertain' })).toHaveCount(1);
  await expect(card).toContainText('Who checks');
});

test('invalid answers: an error summary linked to the field, and nothing typed is lost', async ({
  page,
}) => {
  await page.goto('/en/simulator');
  await fill(page, { 'f.status': 'refugee' });
  await submitQuestion(page);
  await fill(page, { 'f.date.day': '31', 'f.date.month': 'feb', 'f.date.year': '2026' });
  await submitQuestion(page);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  const link = summary.locator('a').first();
  await expect(link).toHaveAttribute('href', '#f.date.day');
  await expect(page.locator('[name="f.date.day"]')).toHaveValue('31');
  await expect(page.locator('[name="f.date.month"]')).toHaveValue('feb');
  await expect(page.locator('[name="f.date.year"]')).toHaveValue('2026');
  await expect(page.locator('[name="f.date.day"]')).toHaveAttribute('aria-invalid', 'true');
  // The answer before is kept: going back shows it.
  await submit(page, page.locator('.back a'));
  await expect(page.locator('[name="f.status"][value="refugee"]')).toBeChecked();
  // A month typed as a word is accepted.
  await submitQuestion(page);
  await fill(page, { 'f.date.day': '3', 'f.date.month': 'March', 'f.date.year': '2026' });
  await submitQuestion(page);
  await expect(page.locator('.error-summary')).toHaveCount(0);
  // A refugee's nationality does not matter: the next question is the date of birth.
  await expect(page.locator('form[data-question]')).toHaveAttribute('data-question', 'birth_date');
});

test('changing an answer from the check page comes back to the check page', async ({ page }) => {
  await walk(page, EXAMPLE_01, 'en');
  await submit(page, page.locator('a[data-go="check"]'));
  await expect(page.locator('h1')).toHaveText('Check your answers');
  const row = page.locator('.row', { hasText: 'Living area' });
  await expect(row).toContainText('45 m²');
  await submit(page, row.locator('a'));
  await expect(page.locator('[name="f.surface"]')).toHaveValue('45');
  await fill(page, { 'f.surface': '30' });
  await submitQuestion(page);
  await expect(page.locator('h1')).toHaveText('Check your answers');
  await expect(page.locator('.row', { hasText: 'Living area' })).toContainText('30 m²');
  await expect(page.locator('.row', { hasText: 'Your nationality' })).toContainText('Morocco');
  await submit(page, page.locator('form[data-view="check"] button'));
  expect((await verdicts(page)).map((v) => v.verdict)).toEqual(['not_eligible', 'not_eligible']);
});

test('keyboard only: from the start page to a result', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.locator('a.button.start').focus();
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  // Status: focus the radios, choose with the arrow keys, submit with Enter.
  await page.locator('[name="f.status"]').first().focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  await expect(page.locator('[name="f.status"][value="asylum_seeker"]')).toBeChecked();
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await expect(page.locator('h1')).toBeFocused();
  await page.locator('button[value="add"]').focus();
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await page.locator('[name="f.name"]').focus();
  await page.keyboard.type('Sara');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.locator('[name="f.relation"][value="spouse"]')).toBeChecked();
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await page.locator('button[value="finish"]').focus();
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  await page.locator('form[data-view="check"] button').focus();
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
  expect(await verdicts(page)).toEqual([{ name: 'Sara', verdict: 'not_eligible' }]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('answers download as a file and load again', async ({ page }, info) => {
    await page.goto('/en/simulator');
    await fill(page, { 'f.status': 'resident' });
    await submitQuestion(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.page-tools form[action$="/simulator/answers"] button').click(),
    ]);
    const file = info.outputPath('answers.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.answers.s.status).toEqual({ status: 'resident' });
    await page.goto('/fr/');
    await page.locator('#load-file').setInputFiles(file);
    await submit(page, page.locator('form[action$="?/load"] button'));
    await expect(page.locator('form[data-question]')).toHaveAttribute(
      'data-question',
      'filing_date',
    );
  });

  test('changing language keeps the answers', async ({ page }) => {
    await page.goto('/fr/simulator');
    await fill(page, { 'f.status': 'eu_citizen' });
    await submitQuestion(page);
    await submit(page, page.locator('.languages a[lang="ar"]'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await submit(page, page.locator('.back a'));
    await expect(page.locator('[name="f.status"][value="eu_citizen"]')).toBeChecked();
  });
});

test('with JavaScript, answers are kept on the device and "start again" erases them', async ({
  page,
}) => {
  await page.goto('/en/simulator');
  await fill(page, { 'f.status': 'stateless' });
  await submitQuestion(page);
  await page.goto('/en/');
  const resume = page.locator('[data-resume]');
  await expect(resume).toBeVisible();
  await submit(page, resume.locator('form[action$="?/show"] button'));
  await submit(page, page.locator('.back a'));
  await expect(page.locator('[name="f.status"][value="stateless"]')).toBeChecked();
  await submit(page, page.locator('.page-tools form[data-erase] button'));
  await page.goto('/en/');
  await expect(page.locator('[data-resume]')).toBeHidden();
});
