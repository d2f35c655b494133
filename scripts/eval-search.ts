/**
 * Measures the guide's search on the evaluation questions (tests/search/eval/<lang>.yaml): recall@1,
 * recall@3 and MRR per language, counted on the passage (page and section anchor) that answers, the questions that miss, the index sizes and the p95 query time.
 * A language whose pages are not all translated yet is measured too, but its figures say so: part of
 * its answers then come from the English pages.
 * Run: npm run eval:search   (add --misses to list every question not answered first)
 * Each language is measured on its tuning questions, its unseen questions and both together (the
 * figures that count); `--set tuning` or `--set unseen` measures one part only. Misses are listed for
 * the tuning part only unless `--set unseen` asks for them: the unseen questions' misses are not read
 * while the search is being improved. `--no-timing` skips the timing rounds.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { ask, indexedPages, SEARCH_LOCALES } from '../src/lib/search/index';
import { evaluate, expected, summarize } from '../src/lib/search/evaluate';
import { EVAL_PARTS, evalPart, type EvalPart } from './eval-sets';

const showMisses = process.argv.includes('--misses');
const timing = !process.argv.includes('--no-timing');
const setArg = process.argv.indexOf('--set');
const only = setArg >= 0 ? process.argv[setArg + 1] : undefined;
if (only !== undefined && !(EVAL_PARTS as readonly string[]).includes(only))
  throw new Error(`--set takes ${EVAL_PARTS.join(' or ')}`);
const parts = (only === undefined ? EVAL_PARTS : [only]) as EvalPart[];
const pct = (n: number) => n.toFixed(3);

for (const locale of SEARCH_LOCALES) {
  const byPart = parts.map((part) => ({ part, questions: evalPart(locale, part) }));
  const questions = byPart.flatMap((p) => p.questions);

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
  const size = `index ${(index.length / 1024).toFixed(1)} KiB (${(gzipSync(index).length / 1024).toFixed(1)} KiB gzip)`;
  const line = (label: string, report: ReturnType<typeof evaluate>) =>
    `${label}: ${pages < all ? `[${pages}/${all} pages translated] ` : ''}${report.count} questions  recall@1 ${pct(report.recallAt1)}  recall@3 ${pct(report.recallAt3)}  MRR ${pct(report.mrr)}  (pages: recall@3 ${pct(report.pageRecallAt3)})`;
  const whole = evaluate(locale, questions, ask);
  console.log(
    `${line(parts.length > 1 ? `${locale} (all)` : `${locale} (${parts[0]})`, whole)}  ` +
      `p50 ${p(0.5).toFixed(2)} ms  p95 ${p(0.95).toFixed(2)} ms  ${size}`,
  );
  let start = 0;
  for (const { part, questions: some } of byPart) {
    // each part's figures from the answers already asked for the whole
    const report = summarize(locale, whole.outcomes.slice(start, (start += some.length)));
    if (parts.length > 1) console.log(`  ${line(`${locale} (${part})`, report)}`);
    // the unseen questions' misses are shown only when asked for by name
    if (part === 'unseen' && only !== 'unseen') continue;
    for (const o of report.outcomes) {
      if (o.rank === 1 || (!showMisses && o.rank >= 1 && o.rank <= 3)) continue;
      console.log(
        `    ${o.rank ? `#${o.rank}` : 'miss'}  ${o.question.q}  -> want ${expected(o.question).join(' | ')}, got ${o.got.slice(0, 3).join(', ')}`,
      );
    }
  }
}
