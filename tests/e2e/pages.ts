/** Every kind of page of the simulator, reached the way a person reaches it. */
import { readFileSync } from 'node:fs';
import type { Situation } from '../../src/lib/law';
import type { PageToCheck } from './checks';
import { fill, submit, submitQuestion, walk } from './driver';

export const EXAMPLE_01 = JSON.parse(
  readFileSync('tests/contract-examples/01-regroupement-conditions-met.situation.json', 'utf8'),
) as Situation;

export const PAGES: PageToCheck[] = [
  { name: 'start (fr)', open: async (p) => void (await p.goto('/fr/')) },
  { name: 'start (ar, right to left)', open: async (p) => void (await p.goto('/ar/')) },
  { name: 'first question (en)', open: async (p) => void (await p.goto('/en/simulator')) },
  { name: 'first question (ar)', open: async (p) => void (await p.goto('/ar/simulator')) },
  {
    name: 'question with errors',
    open: async (p) => {
      await p.goto('/en/simulator');
      await submitQuestion(p);
    },
  },
  {
    name: 'date question',
    open: async (p) => {
      await p.goto('/en/simulator');
      await fill(p, { 'f.status': 'refugee' });
      await submitQuestion(p);
    },
  },
  {
    name: 'country question',
    open: async (p) => {
      await p.goto('/en/simulator');
      await fill(p, { 'f.status': 'resident' });
      await submitQuestion(p);
      await submitQuestion(p);
    },
  },
  {
    name: 'member list',
    open: async (p) => {
      await p.goto('/en/simulator');
      await fill(p, { 'f.status': 'asylum_seeker' });
      await submitQuestion(p);
    },
  },
  {
    name: 'check answers',
    open: async (p) => {
      await walk(p, { ...EXAMPLE_01 }, 'en');
      await submit(p, p.locator('a[data-go="check"]'));
    },
  },
  { name: 'result', open: async (p) => void (await walk(p, EXAMPLE_01, 'en')) },
  {
    name: 'printable result',
    open: async (p) => {
      await walk(p, EXAMPLE_01, 'fr');
      await submit(p, p.locator('a[data-go="print"]'));
    },
  },
  { name: 'start (ti, Ethiopic font)', open: async (p) => void (await p.goto('/ti/')) },
  {
    name: 'visa refused: procedure (ar)',
    open: async (p) => void (await p.goto('/ar/simulator/refused')),
  },
  {
    name: 'visa refused: the appeal',
    open: async (p) => {
      await p.goto('/fr/simulator/refused');
      await p.locator('[name="route"][value="refugee"]').check();
      await submit(p, p.locator('form[data-refused] > button.button'));
      await p.locator('[name="kind"][value="silence"]').check();
      await p.locator('[name="silence.day"]').fill('1');
      await p.locator('[name="silence.month"]').fill('1');
      await p.locator('[name="silence.year"]').fill('2026');
      await submit(p, p.locator('form[data-refused] > button.button'));
    },
  },
  { name: 'expert form', open: async (p) => void (await p.goto('/en/simulator/expert')) },
  {
    name: 'expert result',
    open: async (p) => {
      await p.goto('/fr/simulator/expert');
      await p.locator('#json').fill(JSON.stringify(EXAMPLE_01));
      await submit(p, p.locator('form[action="?/json"] button'));
    },
  },
  {
    name: 'search results (fr)',
    open: async (p) => void (await p.goto('/fr/search?q=deuxieme%20femme%20peut%20venir')),
  },
  {
    name: 'search results (ar, right to left)',
    open: async (p) => void (await p.goto('/ar/search?q=' + encodeURIComponent('زوجة ثانية'))),
  },
];
