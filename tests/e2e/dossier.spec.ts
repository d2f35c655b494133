/**
 * The family's file on the web: for each contract example the dossier page shows the checklist, the
 * steps and the deadlines that the API and the CLI give; a refused refugee family, without
 * JavaScript, enters its refusal date and downloads the CRRV appeal letter and the calendar.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Situation } from '../../src/lib/law';
import { submit } from './driver';
import {
  enterDates,
  expected,
  openDossier,
  plusDays,
  shown,
  todayInFrance,
} from './dossier-driver';

const DIR = 'tests/contract-examples';

/** Extracted text without the direction marks pdftotext adds around right-to-left runs. */
const visible = (text: string) =>
  text.replace(/[\u2066-\u2069\u202a-\u202e\u200e\u200f]/g, '').replace(/\s+/g, ' ');
const examples = readdirSync(DIR)
  .filter((f) => f.endsWith('.situation.json'))
  .map((f) => ({
    name: f.replace('.situation.json', ''),
    situation: JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Situation,
  }));

test('there are six contract examples', () => {
  expect(examples).toHaveLength(6);
});

for (const ex of examples) {
  test(`same checklist, steps and deadlines on the web, in the API and the CLI: ${ex.name}`, async ({
    page,
    request,
  }) => {
    await openDossier(page, ex.situation, 'en');
    const web = await shown(page);
    const want = await expected(request, ex.situation);
    expect(web.checklist.length).toBeGreaterThan(0);
    expect(web.checklist).toEqual(want.api.checklist);
    expect(web.checklist).toEqual(want.cli.checklist);
    expect(web.steps).toEqual(want.api.steps);
    expect(web.deadlines).toEqual(want.api.deadlines);
    expect(web.deadlines).toEqual(want.cli.deadlines);
    expect(web.names).toEqual(want.names);
  });
}

const refugees = examples.find((e) => e.name.startsWith('03-'))!;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refused refugee family gets its CRRV appeal letter and its 30-day deadline', async ({
    page,
    request,
  }) => {
    const refusal = plusDays(todayInFrance(), -5);
    await openDossier(page, refugees.situation, 'fr');
    // Before the date is known, the letter says what it needs instead of giving a PDF.
    const letter = page.locator('[data-letter="crrv-appeal"]');
    await expect(letter).toHaveAttribute('data-status', 'needs');
    await expect(letter.locator('a[href="#ev.visaRefusalNotified.day"]')).toHaveCount(1);

    await enterDates(page, { visaRefusalNotified: refusal });
    await expect(page.locator('.error-summary')).toHaveCount(0);
    const web = await shown(page);
    const want = await expected(request, refugees.situation, { visaRefusalNotified: refusal });
    expect(web.deadlines).toEqual(want.api.deadlines);
    expect(web.deadlines).toEqual(want.cli.deadlines);
    const crrv = web.deadlines.find((d) => d.id === 'crrv_appeal');
    expect(crrv?.date).toBe(plusDays(refusal, 29));
    await expect(page.locator('[data-deadline="crrv_appeal"] .left')).toHaveText('dans 24 jours');

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      letter.locator('button[data-download="letter:crrv-appeal"]').click(),
    ]);
    expect(pdf.suggestedFilename()).toBe('reunir-crrv-appeal.pdf');
    const text = execFileSync('pdftotext', ['-layout', (await pdf.path())!, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    const long = (iso: string) =>
      new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })
        .format(new Date(`${iso}T12:00:00Z`))
        .replace(/^1 /, '1er ');
    expect(text).toContain(`notifiée le ${long(refusal)}`);
    expect(text).toContain('délai de 30 jours');
    expect(text).toContain('Commission de recours');

    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-download="ics"]').click(),
    ]);
    const calendar = readFileSync((await ics.path())!, 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`DTSTART;VALUE=DATE:${crrv!.date.replaceAll('-', '')}`);
    expect(calendar).toMatch(/SUMMARY:Dernier jour pour le recours à la commission/);

    // The page explaining the letter, in the reader's language, carries the same deadline.
    await submit(page, letter.locator('form[action$="/dossier/letters/crrv-appeal"] button'));
    await expect(page.locator('.deadline')).toContainText(long(crrv!.date));
  });

  test('a refusal notified 40 days ago: the file, the letter and its page say the limit has passed', async ({
    page,
  }) => {
    const refusal = plusDays(todayInFrance(), -40);
    await openDossier(page, refugees.situation, 'fr');
    await enterDates(page, { visaRefusalNotified: refusal });
    await expect(page.locator('[data-deadline="crrv_appeal"] [data-expired]')).toContainText(
      'dépassé',
    );
    const letter = page.locator('[data-letter="crrv-appeal"]');
    await expect(letter.locator('[data-late]')).toContainText('dépassé');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      letter.locator('button[data-download="letter:crrv-appeal"]').click(),
    ]);
    const text = execFileSync('pdftotext', [(await pdf.path())!, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('le délai est dépassé');
    expect(text).not.toContain('formé dans le délai');
    await submit(page, letter.locator('form[action$="/dossier/letters/crrv-appeal"] button'));
    await expect(page.locator('[data-timeliness="late"]')).toContainText('dépassé');
  });

  test('dates typed wrongly are reported and nothing typed is lost', async ({ page }) => {
    await openDossier(page, refugees.situation, 'en');
    await enterDates(page, {
      visaApplicationLodged: '2026-10-01',
      visaRefusalNotified: '2026-09-01',
    });
    const summary = page.locator('.error-summary');
    await expect(summary).toHaveCount(1);
    await expect(summary.locator('a[href="#ev.visaRefusalNotified.day"]')).toHaveCount(1);
    await expect(page.locator('[name="ev.visaApplicationLodged.month"]')).toHaveValue('10');
    await expect(page.locator('[data-deadline="crrv_appeal"]')).toHaveCount(0);

    const form = page.locator('form.dates');
    await form.locator('[name="ev.arrival.day"]').fill('31');
    await form.locator('[name="ev.arrival.month"]').fill('2');
    await form.locator('[name="ev.arrival.year"]').fill('2027');
    await submit(page, form.locator('button.button'));
    await expect(page.locator('#ev\\.arrival-error')).toContainText('does not exist');
    await expect(page.locator('[name="ev.visaApplicationLodged.day"]')).toHaveValue('1');
  });

  test('the summary PDF comes in the page’s language and in French', async ({ page }) => {
    await openDossier(page, refugees.situation, 'ar');
    await expect(page.locator('button[data-download^="summary-"]')).toHaveCount(2);
    await expect(page.locator('button[data-download="summary-fr"]')).toHaveCount(1);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-download="summary-ar"]').click(),
    ]);
    const text = visible(
      execFileSync('pdftotext', [(await pdf.path())!, '-'], { encoding: 'utf8' }),
    );
    expect(text).toContain('ملخص التقييم');
    // The names typed in the interview, not its internal keys (m1, m2…).
    expect(text).toContain('rami');
    expect(text).not.toMatch(/\bm[0-9]\b/);
  });

  test('a name with an overlay mark (U+0337) gives the summary and the letter', async ({
    page,
  }) => {
    const situation = structuredClone(refugees.situation);
    situation.members[0]!.id = 'Z\u0337oé';
    await openDossier(page, situation, 'en');
    await enterDates(page, { visaRefusalNotified: plusDays(todayInFrance(), -5) });
    for (const file of ['summary-en', 'letter:crrv-appeal']) {
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`button[data-download="${file}"]`).click(),
      ]);
      const text = execFileSync('pdftotext', [(await pdf.path())!, '-'], { encoding: 'utf8' });
      expect(text, file).toContain('Z\u0337o');
    }
  });

  test('names in four scripts reach the letter, the summaries and the companion page', async ({
    page,
  }) => {
    const names = ['Олена Шевченко', 'زينب الأحمد', 'ሰላም ኣማል', 'فرشته احمدی'];
    const situation = structuredClone(refugees.situation);
    situation.members.forEach((m, i) => (m.id = names[i] ?? m.id));
    situation.members[3]!.birthDate = '2010-12-01';
    await openDossier(page, situation, 'fa');
    await enterDates(page, { visaRefusalNotified: plusDays(todayInFrance(), -5) });
    for (const file of ['letter:crrv-appeal', 'summary-fa', 'summary-fr']) {
      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`button[data-download="${file}"]`).click(),
      ]);
      const text = visible(
        execFileSync('pdftotext', [(await pdf.path())!, '-'], { encoding: 'utf8' }),
      );
      for (const n of names) expect(text, `${file}: ${n}`).toContain(n);
    }
    // The companion page explains the same letter in Dari, with the names typed, not m1, m2…
    await submit(
      page,
      page.locator(
        '[data-letter="crrv-appeal"] form[action$="/dossier/letters/crrv-appeal"] button',
      ),
    );
    const companion = visible(await page.locator('main').innerText());
    for (const n of names) expect(companion).toContain(n);
    expect(companion).not.toMatch(/\bm[0-9]\b/);
  });
});
