/**
 * A busy neighbour for `bench/search.bench.ts --busy N`: a process that answers the evaluation
 * questions of every language, one after the other, without pause, as a server answering other people
 * would, until the benchmark that started it disconnects.
 */
import { ask, SEARCH_LOCALES } from '../src/lib/search';
import { evalSet } from '../scripts/eval-sets';

const questions = SEARCH_LOCALES.flatMap((locale) =>
  evalSet(locale).map((q) => [locale, q.q] as const),
);
SEARCH_LOCALES.forEach((locale) => ask(locale, 'visa'));
process.send?.('ready');
process.on('disconnect', () => process.exit(0));

let next = 0;
/** A thousand questions, then a turn of the event loop to hear the disconnection. */
function work() {
  for (let i = 0; i < 1000; i += 1) {
    const [locale, q] = questions[next] as (typeof questions)[number];
    ask(locale, q);
    next = (next + 1) % questions.length;
  }
  setImmediate(work);
}
work();
