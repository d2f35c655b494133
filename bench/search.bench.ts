/**
 * How fast the guide's search answers: every evaluation question of every language
 * (tests/search/eval/<lang>.yaml and unseen/<lang>.yaml), in process, after a warm-up, several
 * rounds; prints p50 and p95 of the elapsed time and of the CPU time each question used (on a busy
 * machine the elapsed time mostly measures the wait for a core), the slowest questions, and the load
 * average before and after. Not a test: docs/search-quality.md records the figures.
 *
 *   npx tsx bench/search.bench.ts             # 20 rounds
 *   npx tsx bench/search.bench.ts --rounds 5 --lang fr
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ask, SEARCH_LOCALES, type SearchLocale } from '../src/lib/search';
import { evalSet } from '../scripts/eval-sets';
import { option, percentile } from './args';

const ROUNDS = Number(option('--rounds') ?? 20);
const only = option('--lang');
const locales = SEARCH_LOCALES.filter((l) => !only || l === only);

const questions = (locale: SearchLocale) => evalSet(locale).map((q) => q.q);

console.log(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const all: number[] = [];
const allCpu: number[] = [];
for (const locale of locales) {
  const qs = questions(locale);
  qs.forEach((q) => ask(locale, q)); // warm-up: loads the index, compiles the code paths
  const times: number[] = [];
  const cpu: number[] = [];
  const perQuestion = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const q of qs) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      ask(locale, q);
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
