/**
 * Nothing is wider than a phone screen: on every kind of page, at 320 and 360 px wide, the page
 * never scrolls sideways, in French, in Arabic (right to left) and in Tigrinya (Ethiopic letters),
 * with a 60-character name without a space and the long source citations of a refugee family's file.
 * One browser context per language; each page is measured at both widths without reloading.
 */
import { expect, type Page, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Situation } from '../../src/lib/law';
import { submit, walk } from './driver';
import { enterDates, plusDays, todayInFrance } from './dossier-driver';

const REFUGEES = JSON.parse(
  readFileSync('tests/contract-examples/03-refugee-spouse-and-children.situation.json', 'utf8'),
) as Situation;

/** The longest name the form takes (60 characters), in one unbreakable piece. */
const LONG_NAME = 'AbdulrahmanMohammedAlexandrovnaTesfamariamGhebremedhinAlHash';
const FAMILY: Situation = {
  ...REFUGEES,
  members: REFUGEES.members.map((m, i) => (i === 0 ? { ...m, id: LONG_NAME } : m)),
};

const WIDTHS = [360, 320];

/** The page's width and, when it is too wide, the elements that stick out (to say what to fix). */
async function measure(page: Page) {
  return page.evaluate(() => {
    const screen = window.innerWidth;
    const wide = document.documentElement.scrollWidth;
    const sticksOut = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.right > screen + 1 || r.left < -1);
    };
    // The innermost elements that stick out: the ones to fix, not their parents.
    const out =
      wide <= screen
        ? []
        : [...document.body.querySelectorAll('*')]
            .filter((e) => sticksOut(e) && ![...e.children].some(sticksOut))
            .slice(0, 8)
            .map((e) => {
              const r = e.getBoundingClientRect();
              const text = (e.textContent ?? '').trim().slice(0, 60);
              return `${e.tagName.toLowerCase()}.${e.className} ${Math.round(r.left)}..${Math.round(r.right)}: ${text}`;
            });
    return { screen, wide, out };
  });
}

async function expectFits(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 740 });
    const { screen, wide, out } = await measure(page);
    expect
      .soft(wide, `${name} at ${screen} px is ${wide} px wide:\n${out.join('\n')}`)
      .toBeLessThanOrEqual(screen);
  }
}

for (const lang of ['fr', 'ar', 'ti']) {
  test(`no page is wider than a 320 or 360 px screen (${lang})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();

    await page.goto(`/${lang}/`);
    await expectFits(page, 'start');

    let named = false;
    await walk(page, FAMILY, lang, {
      until: 'check',
      onPage: async (step) => {
        // The first question, and the first one about the member with the long name.
        const aboutNamed = step.endsWith('-0') && !step.startsWith('relation');
        if (step === 'status' || (aboutNamed && !named)) await expectFits(page, `question ${step}`);
        named ||= aboutNamed;
      },
    });
    expect(named, 'a question about the member with the long name was measured').toBe(true);
    await expectFits(page, 'check answers');

    await submit(page, page.locator('form[data-view="check"] button'));
    await expect(page.locator('.result')).toHaveCount(1);
    await expectFits(page, 'result');

    await submit(page, page.locator('button[data-dossier]'));
    // A refused visa brings the appeal deadline and its letter, with the longest citations.
    await enterDates(page, { visaRefusalNotified: plusDays(todayInFrance(), -3) });
    await expect(page.locator('[data-letter="crrv-appeal"]')).toHaveCount(1);
    await expectFits(page, 'file');

    await submit(
      page,
      page.locator(
        '[data-letter="crrv-appeal"] form[action$="/dossier/letters/crrv-appeal"] button',
      ),
    );
    await expect(page.locator('.letter')).toHaveCount(1);
    await expectFits(page, 'letter');

    for (const [name, path] of [
      ['guide', '/guide/reunification'],
      ['guide index', '/guide'],
      ['glossary', '/glossary'],
      ['expert form', '/simulator/expert'],
    ]) {
      const response = await page.goto(`/${lang}${path}`);
      expect(response?.status(), path).toBe(200);
      await expectFits(page, name!);
    }

    expect((await page.goto(`/${lang}/search?q=visa`))?.status()).toBe(200);
    await expectFits(page, 'search');

    await context.close();
  });
}
