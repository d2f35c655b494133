/**
 * How fast the guide's search answers: every evaluation question of every language
 * (tests/search/eval/<lang>.yaml and unseen/<lang>.yaml), in process, after a warm-up, several
 * rounds. Each round loads the language's indexes afresh, so that what the search remembers of each
 * word (`src/lib/search/words.ts`) comes only from the other questions of that round, as it would
 * from other people's questions, never from the same question asked in an earlier round. Prints p50 and p95 of the elapsed time and of the CPU time each question used (on a busy
 * machine the elapsed time mostly measures the wait for a core), the slowest questions, and the load
 * average before and after. `--busy N` measures under a load it makes itself: N other processes
 * answer questions without pause beside it (`search-busy.ts`), so that the cores are shared as on a
 * busy server. Not a test: docs/search-quality.md records the figures.
 *
 *   npx tsx bench/search.bench.ts             # 20 rounds
 *   npx tsx bench/search.bench.ts --rounds 5 --lang fr
 *   npx tsx bench/search.bench.ts --rounds 5 --busy 2
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SEARCH_LOCALES, type IndexFile, type SearchLocale } from '../src/lib/search';
import { answer, loadIndex } from '../src/lib/search/engine';
import { evalSet } from '../scripts/eval-sets';
import { option, percentile } from './args';

const ROUNDS = Number(option('--rounds') ?? 20);
const only = option('--lang');
const locales = SEARCH_LOCALES.filter((l) => !only || l === only);
const BUSY = Number(option('--busy') ?? 0);

/** N processes answering questions beside the benchmark, once each has loaded its indexes. */
async function neighbours(n: number): Promise<ChildProcess[]> {
  const busy = Array.from({ length: n }, () =>
    fork(new URL('./search-busy.ts', import.meta.url), { execArgv: ['--import', 'tsx'] }),
  );
  await Promise.all(
    busy.map((p) => new Promise((ready, failed) => p.once('message', ready).once('exit', failed))),
  );
  return busy;
}

// a full collection after each load, so that the indexes of the round before are not collected
// while this round's questions are timed (a server loads its indexes once)
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const questions = (locale: SearchLocale) => evalSet(locale).map((q) => q.q);
/** The language's indexes as the server loads them (every language has all the pages). */
const fresh = (locale: SearchLocale) => {
  const file = JSON.parse(
    readFileSync(new URL(`../src/lib/search/generated/${locale}.json`, import.meta.url), 'utf8'),
  ) as IndexFile;
  return loadIndex(locale, file.index, file.asked);
};

const busy = await neighbours(BUSY);
if (BUSY > 0) console.log(`${BUSY} processes answering questions beside the benchmark`);
console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const all: number[] = [];
const allCpu: number[] = [];
for (const locale of locales) {
  const qs = questions(locale);
  const warm = fresh(locale);
  qs.forEach((q) => answer(warm, locale, q)); // warm-up: compiles the code paths
  const times: number[] = [];
  const cpu: number[] = [];
  const perQuestion = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round += 1) {
    const index = fresh(locale);
    collect();
    for (const q of qs) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      answer(index, locale, q);
      const t = performance.now() - t0;
      const c = process.cpuUsage(c0);
      times.push(t);
      cpu.push((c.user + c.system) / 1000);
      perQuestion.set(q, Math.max(perQuestion.get(q) ?? 0, t));
    }
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  all.push(...times);
  allCpu.push(...cpu);
  const slowest = [...perQuestion].sort((a, b) => b[1] - a[1]).slice(0, 2);
  console.log(
    `${locale}: ${qs.length} questions x ${ROUNDS}  p50 ${percentile(times, 0.5).toFixed(2)} ms  p95 ${percentile(times, 0.95).toFixed(2)} ms (CPU p50 ${percentile(cpu, 0.5).toFixed(2)}, p95 ${percentile(cpu, 0.95).toFixed(2)} ms)  max ${(times.at(-1) ?? 0).toFixed(1)} ms  slowest: ${slowest.map(([q, t]) => `"${q.slice(0, 40)}" ${t.toFixed(1)} ms`).join(', ')}`,
  );
}
all.sort((a, b) => a - b);
allCpu.sort((a, b) => a - b);
console.log(
  `all: ${all.length} queries  elapsed p50 ${percentile(all, 0.5).toFixed(2)} ms  p95 ${percentile(all, 0.95).toFixed(2)} ms  p99 ${percentile(all, 0.99).toFixed(2)} ms  CPU p50 ${percentile(allCpu, 0.5).toFixed(2)} ms  p95 ${percentile(allCpu, 0.95).toFixed(2)} ms`,
);
console.log(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const p of busy) p.disconnect();
