/**
 * Screenshots of the result and the file pages on a 360 px phone, in French and Arabic, for a refugee
 * family of four and a regroupement familial family whose income falls short, saved in
 * docs/screenshots/ for people to look at (docs/dossier-pages.md). Runs the built server itself:
 *
 *   npm run build && npx tsx scripts/screenshots.ts            # on port 4173, or PORT=…
 *
 * The interview is answered page by page the way a person does (tests/e2e/driver.ts), so that the
 * pages are the ones a family reaches. Each page is also measured: its height in phone screens.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Situation } from '../src/lib/law';
import { submit, walk } from '../tests/e2e/driver';

const PORT = Number(process.env.PORT ?? 4173);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = 'docs/screenshots';
const SCREEN = { width: 360, height: 640 };

/** Today minus some years, so that the children's ages stay the same whatever the day. */
const yearsAgo = (years: number, monthDay = '03-15') =>
  `${new Date().getUTCFullYear() - years}-${monthDay}`;

/** An Afghan refugee, his wife and three children (4, 9 and 17), all declared to OFPRA. */
const REFUGEES: Situation = {
  sponsor: {
    status: 'refugee',
    birthDate: yearsAgo(40),
    asylumApplicationDate: yearsAgo(3, '10-05'),
    protectionGrantedDate: yearsAgo(1, '06-01'),
  },
  members: [
    {
      id: 'Zahra',
      relation: 'spouse',
      birthDate: yearsAgo(36),
      unionDate: yearsAgo(8),
      declaredToOfpra: true,
    },
    {
      id: 'Omid',
      relation: 'child',
      parentage: 'couple',
      birthDate: yearsAgo(17),
      married: false,
      declaredToOfpra: true,
    },
    {
      id: 'Maryam',
      relation: 'child',
      parentage: 'couple',
      birthDate: yearsAgo(9),
      married: false,
      declaredToOfpra: true,
    },
    {
      id: 'Ali',
      relation: 'child',
      parentage: 'couple',
      birthDate: yearsAgo(4),
      married: false,
      declaredToOfpra: true,
    },
  ],
} as Situation;

/** A Moroccan worker earning 1,590 € net, his wife and two children: the income falls short. */
const REGROUPEMENT: Situation = {
  sponsor: {
    status: 'resident',
    nationality: 'MA',
    birthDate: yearsAgo(38),
    residenceSince: yearsAgo(6),
    permit: { type: 'multi_year', validFrom: yearsAgo(2), validUntil: yearsAgo(-2) },
    income: { monthlyNetAverage: 1590 },
    housing: { zone: 'B1', surfaceM2: 62 },
  },
  members: [
    { id: 'Salma', relation: 'spouse', birthDate: yearsAgo(34), unionDate: yearsAgo(10) },
    { id: 'Yassine', relation: 'child', parentage: 'couple', birthDate: yearsAgo(8) },
    { id: 'Nour', relation: 'child', parentage: 'couple', birthDate: yearsAgo(5) },
  ],
} as Situation;

async function waitForServer(): Promise<void> {
  // a first start creates the workspace's embedded database: up to a minute on a busy machine
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${BASE}/fr/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer on ${BASE}`);
}

// The pages shown hold no workspace data: the server keeps its storage in a directory of its own.
const dataDir = mkdtempSync(join(tmpdir(), 'reunir-screenshots-'));
const server = spawn('node', ['scripts/start.js'], {
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT), REUNIR_DATA_DIR: dataDir },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForServer();
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  for (const [family, situation] of [
    ['refugees', REFUGEES],
    ['regroupement', REGROUPEMENT],
  ] as const) {
    for (const lang of ['fr', 'ar']) {
      const context = await browser.newContext({ viewport: SCREEN, baseURL: BASE });
      const page = await context.newPage();
      await walk(page, situation, lang);
      const shoot = async (name: string) => {
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({ path: `${OUT}/${name}-${family}-${lang}.png`, fullPage: true });
        console.log(
          `${name} ${family} ${lang}: ${height} px, ${(height / SCREEN.height).toFixed(1)} screens`,
        );
      };
      await page.screenshot({ path: `${OUT}/result-first-screen-${family}-${lang}.png` });
      await shoot('result');
      await submit(page, page.locator('button[data-dossier]'));
      await shoot('file');
      await context.close();
    }
  }
  await browser.close();
} finally {
  server.kill();
  rmSync(dataDir, { recursive: true, force: true });
}
