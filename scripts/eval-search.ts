/**
 * Measures the guide's search on the evaluation questions (tests/search/eval/<lang>.yaml): recall@1,
 * recall@3 and MRR per language, counted on the passage (page and section anchor) that answers, the questions that miss, the index sizes and the p95 query time.
 * A language whose pages are not all translated yet is measured too, but its figures say so: part of
 * its answers then come from the English pages.
 * Run: npm run eval:search   (add --misses to list every question not answered first)
 * Add --split tuning or --split held-out to measure one part of each set only (every fifth question is
 * held out: it is not looked at while the search is tuned), and --no-timing to skip the timing rounds.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { ask, indexedPages, SEARCH_LOCALES } from '../src/lib/search/index';
import { evaluate, evalSetSchema, expected, isHeldOut } from '../src/lib/search/evaluate';

const showMisses = process.argv.includes('--misses');
const timing = !process.argv.includes('--no-timing');
const splitArg = process.argv.indexOf('--split');
const split = splitArg >= 0 ? process.argv[splitArg + 1] : undefined;
if (split !== undefined && split !== 'tuning' && split !== 'held-out')
  throw new Error('--split takes tuning or held-out');
const pct = (n: number) => n.toFixed(3);

for (const locale of SEARCH_LOCALES) {
  const questions = evalSetSchema
    .parse(
      parse(readFileSync(new URL(`../tests/search/eval/${locale}.yaml`, import.meta.url), 'utf8')),
    )
    .filter((_, i) => split === undefined || isHeldOut(i) === (split === 'held-out'));
  const report = evaluate(locale, questions, ask);

  // timing: every question 20 times after a warm-up; p95 over all runs
  questions.forEach((q) => ask(locale, q.q));
  const times: number[] = [];
  for (let round = 0; round < (timing ? 20 : 0); round += 1) {
    for (const q of questions) {
      const t0 = performance.now();
      ask(locale, q.q);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const p = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))] ?? NaN;

  const index = readFileSync(
    new URL(`../src/lib/search/generated/${locale}.json`, import.meta.url),
  );
  const pages = indexedPages(locale).length;
  const all = indexedPages('fr').length;
  console.log(
    `${locale}: ${pages < all ? `[${pages}/${all} pages translated] ` : ''}${report.count} questions  recall@1 ${pct(report.recallAt1)}  recall@3 ${pct(report.recallAt3)}  MRR ${pct(report.mrr)}  (pages: recall@3 ${pct(report.pageRecallAt3)})  ` +
      `p50 ${p(0.5).toFixed(2)} ms  p95 ${p(0.95).toFixed(2)} ms  index ${(index.length / 1024).toFixed(1)} KiB (${(gzipSync(index).length / 1024).toFixed(1)} KiB gzip)`,
  );
  for (const o of report.outcomes) {
    if (o.rank === 1 || (!showMisses && o.rank >= 1 && o.rank <= 3)) continue;
    console.log(
      `  ${o.rank ? `#${o.rank}` : 'miss'}  ${o.question.q}  -> want ${expected(o.question).join(' | ')}, got ${o.got.slice(0, 3).join(', ')}`,
    );
  }
}
