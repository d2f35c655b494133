/**
 * How fast reunir assesses a family of four: in process on one core, and over HTTP on loopback against
 * the built adapter-node server. Not a test: it prints figures (docs/performance.md records them).
 *
 *   npm run bench                          # builds into a temporary directory, then measures
 *   npm run bench -- --build-dir build     # reuse an existing `npm run build` output
 *   npm run bench -- --no-http             # in-process figures only
 *   options: --seconds N (per measure, default 5), --connections N (default 10)
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { assess, validateSituation } from '../src/lib/law';
import type { Situation } from '../src/lib/law';
import { REGROUPEMENT, REUNIFICATION } from './families';
import { freePort, startServer } from './server';
import { flag, option } from './args';

const ROOT = resolve(import.meta.dirname, '..');
const SECONDS = Number(option('--seconds') ?? 5);
const CONNECTIONS = Number(option('--connections') ?? 10);

const FAMILIES = { regroupement: REGROUPEMENT, reunification: REUNIFICATION };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Calls `fn` in batches for `seconds` after a one-second warm-up; returns calls per second. */
function rate(fn: () => void, seconds: number): number {
  const run = (ms: number) => {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < ms) {
      for (let i = 0; i < 200; i += 1) fn();
      n += 200;
    }
    return (n * 1000) / (performance.now() - start);
  };
  run(1000);
  return run(seconds * 1000);
}

function inProcess() {
  console.log(`\n## In process (one core, ${SECONDS} s per measure)\n`);
  console.log('| family of four | assess() /s | validate + assess /s |');
  console.log('|---|---:|---:|');
  for (const [name, family] of Object.entries(FAMILIES)) {
    const checked = validateSituation(family);
    if (!checked.ok) throw new Error(`${name}: ${JSON.stringify(checked.errors)}`);
    const situation: Situation = checked.situation;
    const a = rate(() => assess(situation), SECONDS);
    const b = rate(() => {
      const v = validateSituation(family);
      if (v.ok) assess(v.situation);
    }, SECONDS);
    console.log(
      `| ${name} | ${Math.round(a).toLocaleString('en')} | ${Math.round(b).toLocaleString('en')} |`,
    );
  }
  const m = process.memoryUsage();
  console.log(
    `\nMemory of this process afterwards: RSS ${mb(m.rss)}, heap used ${mb(m.heapUsed)}.`,
  );
}

/** A copy of the sources (without node_modules, build or .git) built as `npm run build` builds. */
function temporaryBuild(): { dir: string; cleanup: () => void } {
  const copy = mkdtempSync(join(tmpdir(), 'reunir-bench-'));
  const skip = new Set(['node_modules', 'build', '.svelte-kit', '.git']);
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (src) => !skip.has(src.slice(ROOT.length + 1).split('/')[0] ?? ''),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  console.log(`Building into ${copy} …`);
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  for (const config of [[], ['--config', 'vite.node.config.ts']])
    execFileSync(process.execPath, [vite, 'build', ...config, '--logLevel', 'error'], {
      cwd: copy,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  return {
    dir: join(copy, 'build'),
    cleanup: () => rmSync(copy, { recursive: true, force: true }),
  };
}

type Usage = { memory: NodeJS.MemoryUsage; cpu: NodeJS.CpuUsage };

function usageOf(child: ChildProcess): Promise<Usage> {
  return new Promise((ok) => {
    child.once('message', (m: Usage) => ok(m));
    child.send('usage');
  });
}

async function overHttp(buildDir: string) {
  const port = await freePort();
  const server = await startServer(join(buildDir, '..', 'scripts', 'start.js'), port, [
    '--import',
    join(import.meta.dirname, 'memory-probe.js'),
  ]);
  try {
    const idle = (await usageOf(server)).memory;
    console.log(
      `\n## Over HTTP (loopback, ${CONNECTIONS} connections, ${SECONDS} s, after a 2 s warm-up)\n`,
    );
    console.log(
      '| family of four | requests/s | p50 | p97.5 | p99 | errors | server CPU per request | requests/s per server core |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [name, family] of Object.entries(FAMILIES)) {
      const request = {
        url: `http://127.0.0.1:${port}/api/v1/assessments`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(family),
        connections: CONNECTIONS,
      };
      await autocannon({ ...request, duration: 2 });
      const before = (await usageOf(server)).cpu;
      const r = await autocannon({ ...request, duration: SECONDS });
      const after = (await usageOf(server)).cpu;
      const errors = r.errors + r.timeouts + r.non2xx;
      const cpuMicros =
        (after.user + after.system - before.user - before.system) / r.requests.total;
      console.log(
        `| ${name} | ${Math.round(r.requests.average).toLocaleString('en')} | ${r.latency.p50} ms | ${r.latency.p97_5} ms | ${r.latency.p99} ms | ${errors} | ${Math.round(cpuMicros)} µs | ${Math.round(1e6 / cpuMicros).toLocaleString('en')} |`,
      );
    }
    const busy = (await usageOf(server)).memory;
    console.log(
      `\nServer memory: idle RSS ${mb(idle.rss)}, heap used ${mb(idle.heapUsed)}; after the load RSS ${mb(busy.rss)}, heap used ${mb(busy.heapUsed)} (heap total ${mb(busy.heapTotal)}).`,
    );
  } finally {
    server.kill();
  }
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`# reunir benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`\nNode ${process.version}, ${cpus().length} × ${cpu}, load average before: ${load}`);
  inProcess();
  if (flag('--no-http')) return;
  const given = option('--build-dir');
  if (given && !existsSync(join(given, 'node', 'server.js')))
    throw new Error(`${given}/node/server.js not found: run npm run build first`);
  const build = given ? { dir: resolve(given), cleanup: () => {} } : temporaryBuild();
  try {
    await overHttp(build.dir);
  } finally {
    build.cleanup();
  }
}

await main();
