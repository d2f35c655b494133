/**
 * Light pages: every page loads only from its own host, at most 50 KB transferred in all
 * (compressed), of which at most 30 KB of JavaScript.
 */
import { test } from '@playwright/test';
import { expectWithinBudget } from './checks';
import { PAGES } from './pages';

for (const p of PAGES) {
  test(`budget: ${p.name}`, ({ page, baseURL }) => expectWithinBudget(page, baseURL!, p));
}
