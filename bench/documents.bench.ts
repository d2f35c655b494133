/**
 * How fast reunir makes its PDFs, and what they cost everyone else. Not a test: it prints figures
 * (docs/performance.md, "Documents", records them).
 *
 * 1. In process, through the document engine (one worker thread), one document after another: the
 *    CRRV appeal letter and the summary in French and in Arabic, with names in four scripts.
 * 2. Against the production server (scripts/start.js on what `npm run build` made): 50 connections
 *    asking for PDFs at once, and meanwhile one client asking for assessments and one for a page;
 *    their latency is compared with the same requests on the idle server.
 *
 *   npm run build && npm run bench:documents
 *   options: --seconds N (per measure, default 5), --build-dir DIR (default build), --no-http
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { buildDossier, buildLetter } from '../src/lib/dossier';
import { documentEngine } from '../src/lib/server/documents/engine';
import { letterData } from '../src/lib/server/documents/letter';
import { summaryData } from '../src/lib/server/documents/summary';
import { templateData } from '../src/lib/server/documents/text';
import { readFileInput } from '../src/lib/usecases';
import { REUNIFICATION } from './families';
import { freePort, startServer } from './server';
import { flag, option, percentile } from './args';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(option('--seconds') ?? 5);
const PDF_CONNECTIONS = 50;
const TODAY = '2026-09-20';
const EVENTS = { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' };
const NAMES = ['Олена Шевченко', 'زينب الأحمد', 'ሰላም ኣማል'];

/** The réunification family of four, its members named in Cyrillic, Arabic and Ethiopic. */
const FAMILY = {
  ...REUNIFICATION,
  members: REUNIFICATION.members.map((m, i) => ({ ...m, id: NAMES[i] ?? m.id })),
};

const ms = (v: number) => `${v.toFixed(1)} ms`;

async function inProcess() {
  const read = readFileInput({ situation: FAMILY, events: EVENTS }, TODAY);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const letter = buildLetter('crrv-appeal', { ...read.value, locale: 'fr' });
  if (!letter.ok) throw new Error(JSON.stringify(letter.errors));
  const dossier = buildDossier(read.value);
  const engine = documentEngine();
  const kinds = {
    'letter (crrv-appeal, fr, 2 pages)': () =>
      engine.render('letter', templateData(letterData(letter.letter, TODAY))),
    'summary (fr, 1 page)': () =>
      engine.render('summary', templateData(summaryData(dossier, 'fr', TODAY)), [9.5, 8.5, 7.5, 7]),
    'summary (ar, 1 page)': () =>
      engine.render('summary', templateData(summaryData(dossier, 'ar', TODAY)), [9.5, 8.5, 7.5, 7]),
  };
  const first = performance.now();
  await kinds['summary (fr, 1 page)']();
  const cold = performance.now() - first;
  console.log(`\n## In process, one document at a time (${SECONDS} s per document kind)\n`);
  console.log(
    `First document, including the worker and the compiler's start and font loading: ${ms(cold)}.\n`,
  );
  console.log('| document | documents/s | p50 | p99 | max | size |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, make] of Object.entries(kinds)) {
    for (let i = 0; i < 20; i++) await make();
    const times: number[] = [];
    let size = 0;
    const start = performance.now();
    while (performance.now() - start < SECONDS * 1000) {
      const t = performance.now();
      size = (await make()).length;
      times.push(performance.now() - t);
    }
    const rate = times.length / ((performance.now() - start) / 1000);
    times.sort((a, b) => a - b);
    console.log(
      `| ${name} | ${Math.round(rate)} | ${ms(percentile(times, 0.5))} | ${ms(percentile(times, 0.99))} | ${ms(times.at(-1)!)} | ${Math.round(size / 1024)} KB |`,
    );
  }
  await engine.close();
}

type Result = autocannon.Result;
const line = (name: string, r: Result) => {
  const codes = r as unknown as Record<string, number>;
  return `| ${name} | ${Math.round(r.requests.average)} | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.latency.max} ms | ${codes['2xx']} | ${r.non2xx} | ${r.errors + r.timeouts} |`;
};

/** PDF requests from another process (the autocannon command), so that they do not slow the measure. */
function load(url: string, body: string, seconds: number): Promise<Result> {
  const bin = join(ROOT, 'node_modules/autocannon/autocannon.js');
  return new Promise((ok, fail) => {
    const child = spawn(
      process.execPath,
      [
        bin,
        '--json',
        '-c',
        String(PDF_CONNECTIONS),
        '-d',
        String(seconds),
        '-m',
        'POST',
        '-H',
        'content-type=application/json',
        '-b',
        body,
        url,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? ok(JSON.parse(out) as Result) : fail(new Error(`autocannon exit ${code}`)),
    );
  });
}

async function overHttp(buildDir: string) {
  const port = await freePort();
  const server = await startServer(join(buildDir, '..', 'scripts', 'start.js'), port);
  const base = `http://127.0.0.1:${port}`;
  const assessment = {
    url: `${base}/api/v1/assessments`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(FAMILY),
    connections: 1,
  };
  const page = { url: `${base}/fr`, connections: 1 };
  const pdfBody = JSON.stringify({ situation: FAMILY, events: EVENTS });
  const pause = (s: number) => new Promise((ok) => setTimeout(ok, s * 1000));
  try {
    // Warm-up: the worker and the compiler start at the first document.
    await load(`${base}/api/v1/summary`, pdfBody, 2);
    await autocannon({ ...assessment, duration: 1 });
    console.log(
      `\n## Against the production server (loopback, ${SECONDS} s per measure, after a warm-up)\n`,
    );
    console.log('| requests | requests/s | p50 | p99 | max | 2xx | non-2xx | errors |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    console.log(
      line(
        'assessments, 1 client, idle server',
        await autocannon({ ...assessment, duration: SECONDS }),
      ),
    );
    console.log(
      line('page /fr, 1 client, idle server', await autocannon({ ...page, duration: SECONDS })),
    );
    for (const [name, path] of [
      ['summary PDFs (fr)', '/api/v1/summary'],
      ['summary PDFs (ar)', '/api/v1/summary?lang=ar'],
      ['letter PDFs (crrv-appeal)', '/api/v1/letters/crrv-appeal'],
    ] as const) {
      // The PDF load runs for the whole measure plus a second on each side.
      const pdfs = load(`${base}${path}`, pdfBody, 2 * SECONDS + 3);
      await pause(1);
      const during = await autocannon({ ...assessment, duration: SECONDS });
      const pageDuring = await autocannon({ ...page, duration: SECONDS });
      console.log(line(`${name}, ${PDF_CONNECTIONS} connections (another process)`, await pdfs));
      console.log(line(`  meanwhile: assessments, 1 client`, during));
      console.log(line(`  meanwhile: page /fr, 1 client`, pageDuring));
    }
  } finally {
    server.kill();
  }
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`# reunir documents benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`\nNode ${process.version}, ${cpus().length} × ${cpu}, load average before: ${load}`);
  await inProcess();
  if (flag('--no-http')) return;
  const buildDir = resolve(ROOT, option('--build-dir') ?? 'build');
  if (!existsSync(join(buildDir, 'node', 'server.js')))
    throw new Error(`${buildDir}/node/server.js not found: run npm run build first`);
  await overHttp(buildDir);
}

await main();
