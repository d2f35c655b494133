/**
 * `reunir assess FILE`: one situation in, one assessment out; JSON Lines in, JSON Lines out, in order.
 * Bad input exits with code 2 and one `path: message` line per problem on stderr; the other lines of a
 * batch are still assessed. Unexpected failures exit with code 1 and one line, never a stack trace.
 */
import { type Command, Option } from 'commander';
import { coverage, parameters } from '../../lib/law';
import type { Assessment, Problem, Result } from '../../lib/law';
import { isoDate } from '../../lib/law/schema/situation';
import { describeAssessment } from '../../lib/law-text';
import type { Locale } from '../../lib/i18n/locales';
import { translate } from '../../lib/i18n/translate';
import { todayInFrance } from '../../lib/server/today';
import { evaluate } from '../../lib/usecases';
import { EXIT_BAD_INPUT, EXIT_UNEXPECTED, problemLine } from '../errors';
import { type InputRecord, readSource, splitInput } from '../input';
import { renderSummary, WIDTH } from '../render';

export interface AssessOptions {
  json?: boolean;
  lang: Locale;
  date?: string;
}

function assessRecord(record: InputRecord, today: string): Result<Assessment> {
  if (!record.ok) return record;
  const evaluated = evaluate(record.value, { today });
  return evaluated.ok ? { ok: true, value: evaluated.value.assessment } : evaluated;
}

function defaultDate(
  option: string | undefined,
): { ok: true; date: string } | { ok: false; errors: Problem[] } {
  if (option === undefined) return { ok: true, date: todayInFrance() };
  const parsed = isoDate.safeParse(option);
  if (!parsed.success)
    return {
      ok: false,
      errors: [{ path: '--date', message: 'expected a real calendar date written YYYY-MM-DD' }],
    };
  const from = coverage(parameters).from;
  if (option < from)
    return {
      ok: false,
      errors: [{ path: '--date', message: `reunir's rules cover dates from ${from}` }],
    };
  return { ok: true, date: option };
}

export interface Io {
  out: (text: string) => void;
  err: (line: string) => void;
}

/** Runs the command and returns the exit code. */
export async function runAssess(file: string, options: AssessOptions, io: Io): Promise<number> {
  const date = defaultDate(options.date);
  if (!date.ok) {
    date.errors.forEach((p) => io.err(problemLine(p)));
    return EXIT_BAD_INPUT;
  }
  const source = await readSource(file);
  if (!source.ok) {
    source.errors.forEach((p) => io.err(problemLine(p)));
    return EXIT_BAD_INPUT;
  }
  const input = splitInput(source.text);
  if (input.mode === 'single') {
    const outcome = assessRecord(input.record, date.date);
    if (!outcome.ok) {
      outcome.errors.forEach((p) => io.err(problemLine(p)));
      return EXIT_BAD_INPUT;
    }
    io.out(
      options.json
        ? `${JSON.stringify(outcome.value, null, 2)}\n`
        : renderSummary(describeAssessment(outcome.value, options.lang)),
    );
    return 0;
  }
  let code = 0;
  input.records.forEach((record, i) => {
    const outcome = assessRecord(record, date.date);
    if (!outcome.ok) {
      code = EXIT_BAD_INPUT;
      outcome.errors.forEach((p) => io.err(problemLine(p, record.line)));
    }
    if (options.json) {
      io.out(
        `${JSON.stringify(outcome.ok ? outcome.value : { line: record.line, errors: outcome.errors })}\n`,
      );
      return;
    }
    if (i > 0) io.out(`${'-'.repeat(WIDTH)}\n`);
    if (outcome.ok) {
      io.out(`${translate(options.lang, 'summary.line', { line: record.line })}\n\n`);
      io.out(renderSummary(describeAssessment(outcome.value, options.lang)));
    } else {
      io.out(`${translate(options.lang, 'summary.lineInvalid', { line: record.line })}\n`);
    }
  });
  return code;
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
    .exitOverride((err) => {
      process.exit(err.exitCode === 0 ? 0 : EXIT_BAD_INPUT);
    })
    .action(async (file: string, options: AssessOptions) => {
      try {
        process.exitCode = await runAssess(file, options, {
          out: (text) => process.stdout.write(text),
          err: (line) => process.stderr.write(`${line}\n`),
        });
      } catch (e) {
        process.stderr.write(
          `reunir: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`,
        );
        process.exitCode = EXIT_UNEXPECTED;
      }
    });
}
