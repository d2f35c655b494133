/**
 * The production server's memory (`npm start` on the output of `npm run build`, loopback only):
 * idle, then over repeated rounds of 10,000 page views and 10,000 assessments, with the heap measured
 * after a full garbage collection at the end of each round. Prints a Markdown table
 * (docs/performance.md records it) and fails when the collected heap keeps growing from round to
 * round (a leak), beyond LEAK_MB.
 *
 *   npm run build && npm run bench:memory
 *   options: --rounds N (default 3), --views N and --assessments N per round (default 10,000 each),
 *            --connections N (default 10)
 */
import { type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { REGROUPEMENT, REUNIFICATION } from './families';
import { freePort, startServer } from './server';
import { option } from './args';

const ROOT = resolve(import.meta.dirname, '..');
const ROUNDS = Number(option('--rounds') ?? 3);
const VIEWS = Number(option('--views') ?? 10_000);
const ASSESSMENTS = Number(option('--assessments') ?? 10_000);
const CONNECTIONS = Number(option('--connections') ?? 10);
/** Growth of the collected heap between the first and the last round that counts as a leak. */
const LEAK_MB = 8;

/** Pages a visitor opens: start pages, the interview, the guide and its search, in several languages. */
const PAGES = [
  '/fr',
  '/en',
  '/ar',
  '/ti',
  '/fr/simulator',
  '/en/simulator',
  '/fr/guide',
  '/ar/guide',
  '/fr/glossary',
  '/fr/search?q=visa+refus%C3%A9',
  '/en/search?q=birth+certificate',
  '/uk/guide',
];

type Usage = { memory: NodeJS.MemoryUsage; cpu: NodeJS.CpuUsage };

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Asks the server (bench/memory-probe.js) for its memory, after a full collection when `collect`. */
function usageOf(child: ChildProcess, collect = false): Promise<Usage> {
  return new Promise((ok) => {
    child.once('message', (m: Usage) => ok(m));
    child.send(collect ? 'usage-after-gc' : 'usage');
  });
}

async function load(url: string, amount: number, requests: autocannon.Request[]) {
  const r = await autocannon({ url, amount, connections: CONNECTIONS, requests });
  const failed = r.errors + r.timeouts + r.non2xx;
  if (failed) throw new Error(`${failed} of ${r.requests.total} requests failed`);
  return r;
}

async function main() {
  if (
    !existsSync(join(ROOT, 'build/handler.js')) ||
    !existsSync(join(ROOT, 'build/node/server.js'))
  )
    throw new Error('no build: run `npm run build` first');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(join(ROOT, 'scripts/start.js'), port, [
    '--expose-gc',
    '--import',
    join(import.meta.dirname, 'memory-probe.js'),
  ]);
  try {
    const row = (label: string, u: Usage, perSecond?: number) =>
      console.log(
        `| ${label} | ${perSecond === undefined ? '' : Math.round(perSecond).toLocaleString('en')} | ${mb(u.memory.rss)} | ${mb(u.memory.heapUsed)} | ${mb(u.memory.heapTotal)} | ${mb(u.memory.external + u.memory.arrayBuffers)} |`,
      );
    console.log(
      `# reunir server memory, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}`,
    );
    console.log(
      `\n${ROUNDS} rounds of ${VIEWS.toLocaleString('en')} page views and ${ASSESSMENTS.toLocaleString('en')} assessments, ${CONNECTIONS} connections\n`,
    );
    console.log(
      '| moment | requests/s | RSS MB | heap used MB | heap total MB | external + buffers MB |',
    );
    console.log('|---|---:|---:|---:|---:|---:|');
    row('idle, just started', await usageOf(server));
    const collected: number[] = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const views = await load(
        base,
        VIEWS,
        PAGES.map((path) => ({ method: 'GET' as const, path })),
      );
      row(
        `round ${round}: after ${VIEWS.toLocaleString('en')} page views`,
        await usageOf(server),
        views.requests.average,
      );
      const assessments = await load(
        base,
        ASSESSMENTS,
        [REGROUPEMENT, REUNIFICATION].map((family) => ({
          method: 'POST' as const,
          path: '/api/v1/assessments',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(family),
        })),
      );
      row(
        `round ${round}: after ${ASSESSMENTS.toLocaleString('en')} assessments`,
        await usageOf(server),
        assessments.requests.average,
      );
      const after = await usageOf(server, true);
      row(`round ${round}: after a full garbage collection`, after);
      collected.push(after.memory.heapUsed);
    }
    const growth = ((collected.at(-1) ?? 0) - (collected[1] ?? collected[0] ?? 0)) / 1024 / 1024;
    console.log(
      `\nCollected heap from round 2 to round ${ROUNDS}: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB (a leak above +${LEAK_MB} MB).`,
    );
    if (growth > LEAK_MB) process.exitCode = 1;
  } finally {
    server.kill();
  }
}

await main();
