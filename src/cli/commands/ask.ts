/**
 * `reunir ask "QUESTION" [--lang fr|en|ar|fa|ps|ti|uk|ru] [--json]`: the guide's best answers to a
 * question, each as the page, the section that answers (with its anchor in the link) and the passage.
 */
import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  answersJson,
  ask,
  MAX_QUERY_LENGTH,
  SEARCH_LOCALES,
  type Answer,
  type SearchLocale,
} from '../../lib/search';
import { translate } from '../../lib/i18n';
import { printable } from '../output';

function question(value: string): string {
  const q = value.trim();
  if (!q) throw new InvalidArgumentError('the question is empty');
  if (q.length > MAX_QUERY_LENGTH)
    throw new InvalidArgumentError(`the question is longer than ${MAX_QUERY_LENGTH} characters`);
  return q;
}

function asText(answers: Answer[], bold: boolean): string {
  const mark = (s: string) => (bold ? `\u001b[1m${s}\u001b[22m` : `*${s}*`);
  return answers
    .map((a, i) => {
      const excerpt = a.excerpt
        .map((p) => (p.mark ? mark(printable(p.text)) : printable(p.text)))
        .join('');
      const heading = a.heading ? ` — ${a.heading}` : '';
      return printable(`${i + 1}. ${a.title}${heading}\n   ${a.url}\n   `) + excerpt;
    })
    .join('\n\n');
}

export function register(program: Command): void {
  program
    .command('ask')
    .description("the guide's best answers to a question, in any of the guide's languages")
    .argument('<QUESTION>', 'a question in your own words', question)
    .addOption(
      new Option('--lang <code>', 'language of the question')
        .choices([...SEARCH_LOCALES])
        .default('fr'),
    )
    .option(
      '--json',
      'print {"results":[{id,title,heading,url,excerpt}]}: the page, the section that answers and its anchor, the passage in HTML (matched words in <mark>)',
    )
    .option(
      '-n, --limit <N>',
      'how many answers',
      (v) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 20)
          throw new InvalidArgumentError('a number from 1 to 20');
        return n;
      },
      3,
    )
    .action((q: string, options: { lang: SearchLocale; json?: boolean; limit: number }) => {
      const answers = ask(options.lang, q, options.limit);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(answersJson(answers), null, 2)}\n`);
        return;
      }
      if (answers.length === 0) {
        process.stdout.write(
          `${printable(translate(options.lang, 'guide.search.none', { q }))}\n${translate(options.lang, 'guide.search.suggest')}\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${asText(answers, Boolean(process.stdout.isTTY))}\n`);
    });
}
