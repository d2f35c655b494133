#!/usr/bin/env node
// Lighthouse (mobile) on the start page, a question and a result page, against the production server
// as `npm start` runs it (`scripts/start.js`, after `npm run build`): accessibility must be 100 and
// performance at least 95, or the script exits 1.
// Lighthouse runs through `npx -y lighthouse@12.8.2` (never a dependency) with Debian's Chromium.
// A result page is the answer to a form post, so the script serves it from a local copy of the
// HTML the server sent (its stylesheet and script still come from the server).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = 4174;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run ' +
  '--disable-background-networking --disable-component-update --disable-sync';
const TARGET = { accessibility: 1, performance: 0.95 };

const server = spawn('node', ['scripts/start.js'], {
  env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT) },
  stdio: 'ignore',
});

/** Up to a minute: a first start creates the workspace's embedded database (docs/performance.md). */
async function ready() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${ORIGIN}/fr/`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
}

/** The result page of the first contract example, as the server renders it after the form posts. */
async function resultHtml() {
  const example = readFileSync(
    'tests/contract-examples/01-regroupement-conditions-met.situation.json',
    'utf8',
  );
  const body = new URLSearchParams({ json: example });
  const res = await fetch(`${ORIGIN}/en/simulator/expert?/json`, {
    method: 'POST',
    headers: {
      origin: ORIGIN,
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });
  if (!res.ok) throw new Error(`result page: HTTP ${res.status}`);
  return res.text();
}

/** One Lighthouse run (asynchronous: this process also serves the saved result page). */
function lighthouseOnce(url, out) {
  const run = spawn(
    'npx',
    [
      '-y',
      'lighthouse@12.8.2',
      url,
      '--quiet',
      '--only-categories=accessibility,performance',
      '--form-factor=mobile',
      `--chrome-flags=${FLAGS}`,
      '--output=json',
      `--output-path=${out}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return new Promise((resolve, reject) =>
    run.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(readFileSync(out, 'utf8')))
        : reject(new Error(`lighthouse failed on ${url}`)),
    ),
  );
}

/**
 * A run Lighthouse could not complete (on a loaded machine it can lose the page's trace: NO_NAVSTART)
 * says nothing of the page: it is made once more before the page counts as failed.
 */
async function completed(url, out) {
  try {
    return await lighthouseOnce(url, out);
  } catch (e) {
    console.error(`${e.message}: measured again`);
    return lighthouseOnce(url, out);
  }
}

const meets = (report) =>
  Object.entries(TARGET).every(([k, min]) => report.categories[k].score >= min);

/**
 * Timing varies on a small shared machine: a page below target is measured once more, and the
 * better run counts. Accessibility does not vary between runs.
 */
async function lighthouse(url, out) {
  const first = await completed(url, out);
  if (meets(first)) return first;
  const second = await completed(url, out);
  return second.categories.performance.score > first.categories.performance.score ? second : first;
}

let failed = false;
let copy;
try {
  await ready();
  const dir = mkdtempSync(join(tmpdir(), 'reunir-lh-'));
  // The saved result page refers to /… paths: a small proxy serves it and forwards the rest.
  const html = await resultHtml();
  copy = createServer(async (req, res) => {
    if (req.url === '/en/result') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    const upstream = await fetch(`${ORIGIN}${req.url}`);
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  }).listen(PORT + 1, '127.0.0.1');
  const pages = [
    ['start', `${ORIGIN}/fr/`],
    ['question', `${ORIGIN}/en/simulator`],
    ['result', `http://127.0.0.1:${PORT + 1}/en/result`],
  ];
  for (const [name, url] of pages) {
    const report = await lighthouse(url, join(dir, `${name}.json`));
    const scores = Object.fromEntries(
      Object.entries(TARGET).map(([k]) => [k, report.categories[k].score]),
    );
    const ok = meets(report);
    if (!ok) failed = true;
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(9)} accessibility ${Math.round(scores.accessibility * 100)}, performance ${Math.round(scores.performance * 100)}  (${url})`,
    );
    if (!ok) {
      for (const audit of Object.values(report.audits)) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
          console.log(`       ${audit.id}: ${audit.title}`);
      }
    }
  }
  writeFileSync(join(dir, 'done'), '');
} catch (e) {
  console.error(e.message);
  failed = true;
} finally {
  copy?.close();
  server.kill();
}
process.exit(failed ? 1 : 0);
