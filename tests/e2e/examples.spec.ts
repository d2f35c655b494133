/**
 * The six contract examples reach the engine's per-member verdicts through the web: all of them by
 * expert mode (pasted JSON) and through the step-by-step interview, some without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Situation } from '../../src/lib/law';
import { submit, verdicts, walk } from './driver';

const DIR = 'tests/contract-examples';
const examples = readdirSync(DIR)
  .filter((f) => f.endsWith('.situation.json'))
  .map((f) => ({
    name: f.replace('.situation.json', ''),
    situation: JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Situation,
    expected: JSON.parse(
      readFileSync(`${DIR}/${f.replace('.situation', '.expected')}`, 'utf8'),
    ) as { procedure: string | null; members: { id: string; verdict: string }[] },
  }));

test('there are six contract examples', () => {
  expect(examples).toHaveLength(6);
});

for (const ex of examples) {
  test(`expert JSON: ${ex.name}`, async ({ page }) => {
    await page.goto('/en/simulator/expert');
    await page.locator('#json').fill(JSON.stringify(ex.situation));
    await submit(page, page.locator('form[action="?/json"] button'));
    expect(await verdicts(page)).toEqual(
      ex.expected.members.map((m) => ({ name: m.id, verdict: m.verdict })),
    );
  });

  test(`step by step: ${ex.name}`, async ({ page }) => {
    await walk(page, ex.situation, 'en');
    expect(await verdicts(page)).toEqual(
      ex.expected.members.map((m) => ({ name: m.id, verdict: m.verdict })),
    );
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const ex of examples.filter((e) => /^0[13]-/.test(e.name))) {
    test(`step by step, no JavaScript: ${ex.name}`, async ({ page }) => {
      await walk(page, ex.situation, 'fr');
      expect(await verdicts(page)).toEqual(
        ex.expected.members.map((m) => ({ name: m.id, verdict: m.verdict })),
      );
    });
  }
});
