/** axe finds no WCAG 2.2 A/AA violation on any kind of page. */
import { test } from '@playwright/test';
import { expectNoAxeViolations } from './checks';
import { PAGES } from './pages';

for (const p of PAGES) {
  test(`axe: ${p.name}`, ({ browser }) => expectNoAxeViolations(browser, p));
}
