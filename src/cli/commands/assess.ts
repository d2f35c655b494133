/**
 * `reunir assess FILE`: one situation in, one assessment out; JSON Lines in, JSON Lines out, in order.
 * Bad input exits with code 2 and one `path: message` line per problem on stderr; the other lines of a
 * batch are still assessed. Unexpected failures exit with code 1 and one line, never a stack trace.
 */
import { type Command, Option } from 'commander';
import { filingDateProblem } from '../../lib/law';
import type { Assessment, Problem, Result } from '../../lib/law';
import { isoDate } from '../../lib/law/schema/situation';
import { describeAssessment } from '../../lib/law-text';
import type { Locale } from '../../lib/i18n/locales';
import { translate } from '../../lib/i18n/translate';
import { todayInFrance } from '../../lib/server/today';
import { evaluate } from '../../lib/usecases';
import { type InputRecord, ReadError, readInput } from '../input';
import {
  EXIT_BAD_INPUT,
  EXIT_UNEXPECTED,
  oneLine,
  printable,
  printableLine,
  write,
} from '../output';
import { renderSummary, WIDTH } from '../render';

export { EXIT_BAD_INPUT, EXIT_UNEXPECTED };

export interface AssessOptions {
  json?: boolean;
  lang: Locale;
  date?: string;
}

function assessRecord(record: InputRecord, today: () => string): Result<Assessment> {
  if (!record.ok) return record;
  const evaluated = evaluate(record.value, { today });
  return evaluated.ok ? { ok: true, value: evaluated.value.assessment } : evaluated;
}

/** The filing date of situations without one: --date, or today in France (looked up once, if needed). */
function defaultDate(
  option: string | undefined,
): { ok: true; date: () => string } | { ok: false; errors: Problem[] } {
  if (option === undefined) {
    let today: string | undefined;
    return { ok: true, date: () => (today ??= todayInFrance()) };
  }
  const parsed = isoDate.safeParse(option);
  const problem = parsed.success
    ? filingDateProblem(option)
    : 'expected a real calendar date written YYYY-MM-DD';
  return problem
    ? { ok: false, errors: [{ path: '--date', message: problem }] }
    : { ok: true, date: () => option };
}

/** Where the command writes: `out` may be slow (a pipe), and is awaited. */
export interface Io {
  out: (text: string) => unknown;
  err: (line: string) => void;
}

function readable(assessment: Assessment, lang: Locale): string {
  return printable(renderSummary(describeAssessment(assessment, lang)));
}

/** Runs the command and returns the exit code. */
export async function runAssess(file: string, options: AssessOptions, io: Io): Promise<number> {
  const report = (problems: Problem[], prefix = '') =>
    problems.forEach((p) => io.err(printableLine(`${prefix}${p.path}: ${p.message}`)));
  const date = defaultDate(options.date);
  if (!date.ok) {
    report(date.errors);
    return EXIT_BAD_INPUT;
  }
  try {
    const input = await readInput(file);
    if (input.mode === 'single') {
      const outcome = assessRecord(input.record, date.date);
      if (!outcome.ok) {
        report(outcome.errors);
        return EXIT_BAD_INPUT;
      }
      await io.out(
        options.json
          ? `${JSON.stringify(outcome.value, null, 2)}\n`
          : readable(outcome.value, options.lang),
      );
      return 0;
    }
    let code = 0;
    let first = true;
    for await (const record of input.records) {
      const outcome = assessRecord(record, date.date);
      if (!outcome.ok) {
        code = EXIT_BAD_INPUT;
        report(outcome.errors, `line ${record.line}: `);
      }
      if (options.json) {
        await io.out(
          `${JSON.stringify(outcome.ok ? outcome.value : { line: record.line, errors: outcome.errors })}\n`,
        );
        continue;
      }
      const rule = first ? '' : `${'-'.repeat(WIDTH)}\n`;
      first = false;
      await io.out(
        outcome.ok
          ? `${rule}${translate(options.lang, 'summary.line', { line: record.line })}\n\n${readable(outcome.value, options.lang)}`
          : `${rule}${translate(options.lang, 'summary.lineInvalid', { line: record.line })}\n`,
      );
    }
    return code;
  } catch (e) {
    if (!(e instanceof ReadError)) throw e;
    report([e.problem]);
    return EXIT_BAD_INPUT;
  }
}

const EXAMPLES = `
Input: one situation as JSON, or JSON Lines (one situation per line); the format
is described by GET /api/v1/schema and docs/api.md.

Examples:
  $ reunir assess family.json
  $ reunir assess family.json --lang en
  $ reunir assess family.json --json --date 2026-03-10
  $ cat families.jsonl | reunir assess - --json > assessments.jsonl

Exit codes: 0 done; 2 bad input (one "path: message" line per problem on
stderr, "line N: path: message" for JSON Lines); 1 unexpected error.`;

export function register(program: Command): void {
  program
    .command('assess')
    .description('say who in a family can come to France, through which procedure, and why')
    .argument('<file>', 'situation file (JSON or JSON Lines), or - to read standard input')
    .option('--json', 'print the assessment as JSON (JSON Lines for JSON Lines input)')
    .addOption(
      new Option('--lang <lang>', 'language of the summary').choices(['fr', 'en']).default('fr'),
    )
    .option(
      '--date <YYYY-MM-DD>',
      'filing date for situations without one (default: today in France)',
    )
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, options: AssessOptions) => {
      try {
        process.exitCode = await runAssess(file, options, {
          out: write,
          err: (line) => process.stderr.write(`${line}\n`),
        });
      } catch (e) {
        process.stderr.write(`reunir: unexpected error: ${oneLine(e)}\n`);
        process.exitCode = EXIT_UNEXPECTED;
      }
    });
}
