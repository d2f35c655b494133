/**
 * The dossier pages are as light and accessible as the others: axe finds no WCAG 2.2 A/AA violation,
 * nothing is loaded from another host, at most 50 KB transferred of which at most 30 KB of JavaScript.
 */
import { test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Situation } from '../../src/lib/law';
import { expectNoAxeViolations, expectWithinBudget, type PageToCheck } from './checks';
import { submit } from './driver';
import { enterDates, openDossier, plusDays, todayInFrance } from './dossier-driver';

const example = (name: string) =>
  JSON.parse(readFileSync(`tests/contract-examples/${name}.situation.json`, 'utf8')) as Situation;
const REGROUPEMENT = example('01-regroupement-conditions-met');
const REFUGEES = example('03-refugee-spouse-and-children');

const PAGES: PageToCheck[] = [
  { name: 'dossier (en)', open: (p) => openDossier(p, REGROUPEMENT, 'en') },
  { name: 'dossier (ar, right to left)', open: (p) => openDossier(p, REFUGEES, 'ar') },
  {
    name: 'dossier with a visa refusal (fr)',
    open: async (p) => {
      await openDossier(p, REFUGEES, 'fr');
      await enterDates(p, { visaRefusalNotified: plusDays(todayInFrance(), -3) });
    },
  },
  {
    name: 'dossier with date errors (en)',
    open: async (p) => {
      await openDossier(p, REGROUPEMENT, 'en');
      await enterDates(p, { fileCompleteAtOfii: '2026-13-01' });
    },
  },
  {
    name: 'letter explained in the reader’s language (uk)',
    open: async (p) => {
      await openDossier(p, REFUGEES, 'uk');
      await submit(
        p,
        p.locator(
          '[data-letter="refugee-families-office"] form[action*="/dossier/letters/"] button',
        ),
      );
    },
  },
];

for (const p of PAGES) {
  test(`axe: ${p.name}`, ({ browser }) => expectNoAxeViolations(browser, p));
  test(`budget: ${p.name}`, ({ page, baseURL }) => expectWithinBudget(page, baseURL!, p));
}
