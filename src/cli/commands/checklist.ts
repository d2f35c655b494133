/**
 * `reunir checklist FILE`: the documents to gather, per procedure and per member. FILE holds a
 * situation, or `{situation, events}` like the API. This file also holds what the dossier commands
 * share: reading FILE and --events, today's date, and `path: message` errors with exit code 2.
 */
import { type Command, Option } from 'commander';
import { buildDossier, type Dossier, type DossierInput } from '../../lib/dossier';
import { isLocale, LOCALES, type Locale } from '../../lib/i18n/locales';
import { translate } from '../../lib/i18n/translate';
import { procedureName } from '../../lib/law-text';
import type { Problem } from '../../lib/law';
import { todayInFrance } from '../../lib/server/today';
import { readFileInput } from '../../lib/usecases';
import { type Input, ReadError, readInput } from '../input';
import { EXIT_BAD_INPUT, EXIT_UNEXPECTED, oneLine, printable, printableLine } from '../output';

export { EXIT_BAD_INPUT };

export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

/** One JSON value from a file or standard input, read like `assess` reads (a byte-order mark is fine). */
async function readJsonFile(file: string, label: string): Promise<unknown> {
  let input: Input;
  try {
    input = await readInput(file);
  } catch (e) {
    if (e instanceof ReadError) throw new InputError([e.problem]);
    throw e;
  }
  if (input.mode === 'lines')
    throw new InputError([{ path: label, message: 'expected one JSON value, not JSON Lines' }]);
  if (!input.record.ok)
    throw new InputError(input.record.errors.map((e) => ({ path: label, message: e.message })));
  return input.record.value;
}

export interface DossierOptions {
  events?: string;
  today?: string;
  lang: string;
}

/** Reads FILE (a situation or {situation, events}) and --events, validates them and assesses. */
export async function loadDossierInput(
  file: string,
  options: DossierOptions,
): Promise<DossierInput> {
  const raw = await readJsonFile(file, 'FILE');
  const body: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && 'situation' in raw
      ? { ...(raw as Record<string, unknown>) }
      : { situation: raw };
  if (options.events !== undefined) body.events = await readJsonFile(options.events, '--events');
  const read = readFileInput(body, options.today ?? todayInFrance());
  if (!read.ok)
    throw new InputError(
      read.errors.map((e) => (e.path === 'today' ? { ...e, path: '--today' } : e)),
    );
  return read.value;
}

export function localeOf(lang: string): Locale {
  return isLocale(lang) ? lang : 'fr';
}

export const langOption = () =>
  new Option('--lang <code>', 'language of the text').choices([...LOCALES]).default('fr');

/** A file named on the command line that cannot be written (-o): the user's to fix, like bad input. */
const PATH_ERRORS: { [code: string]: string } = {
  ENOENT: 'no such directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EROFS: 'read-only file system',
};

/**
 * Runs a command body, turning input errors and unwritable output paths into `path: message` lines
 * and exit code 2, anything else into one line and exit code 1.
 */
export async function guarded(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    const { code, path } = e as NodeJS.ErrnoException;
    const problems =
      e instanceof InputError
        ? e.problems
        : code && path && PATH_ERRORS[code]
          ? [{ path, message: `cannot write: ${PATH_ERRORS[code]}` }]
          : undefined;
    if (problems) {
      for (const p of problems)
        process.stderr.write(`${printableLine(`${p.path}: ${p.message}`)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    process.stderr.write(`reunir: ${oneLine(e)}\n`);
    process.exitCode = EXIT_UNEXPECTED;
  }
}

export function checklistText(dossier: Dossier, locale: Locale): string {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const out: string[] = [];
  for (const p of dossier.checklist.procedures) {
    out.push(`# ${procedureName(locale, p.id)}`, '');
    const items = (title: string, list: typeof p.sponsor) => {
      out.push(`## ${title}`);
      for (const i of list) {
        out.push(
          `- ${t(`doc.${i.id}.name`)}${i.optional ? ` (${t('dossier.checklist.optional')})` : ''}`,
        );
        out.push(`  ${t(`doc.${i.id}.what`, i.figures)}`);
        out.push(`  ${t('dossier.checklist.provider')}: ${t(`dossier.provider.${i.provider}`)}`);
        out.push(`  ${t('dossier.checklist.form')}: ${t(`dossier.form.${i.form}`)}`);
        out.push(
          `  ${t('dossier.checklist.translation')}: ${t(`dossier.translation.${i.translation}`)}`,
        );
        out.push(
          `  ${t('dossier.checklist.destination')}: ${t(`dossier.destination.${i.destination}`)}`,
        );
        if (i.fallback)
          out.push(`  ${t('dossier.checklist.fallback')}: ${t(`dossier.fallback.${i.fallback}`)}`);
        out.push(`  ${t('dossier.checklist.sources')}: ${i.sources.map((s) => s.ref).join('; ')}`);
      }
      out.push('');
    };
    items(t('dossier.checklist.sponsor'), p.sponsor);
    for (const m of p.members)
      items(
        t('dossier.checklist.member', {
          id: m.id,
          relation: t('dossier.relation', { relation: m.relation }),
        }),
        m.items,
      );
  }
  return out.join('\n');
}

export function register(program: Command): void {
  program
    .command('checklist')
    .description('the documents to gather, per procedure and per family member')
    .argument('<FILE>', 'a situation as JSON, or {"situation":…, "events":…}; - reads stdin')
    .option('--events <EVENTS>', 'JSON file of known dates')
    .option('--today <YYYY-MM-DD>', "the date to compute from (default: today's date in France)")
    .addOption(langOption())
    .option('--json', 'print the checklist as JSON')
    .action((file: string, options: DossierOptions & { json?: boolean }) =>
      guarded(async () => {
        const dossier = buildDossier(await loadDossierInput(file, options));
        process.stdout.write(
          options.json
            ? `${JSON.stringify(dossier.checklist, null, 2)}\n`
            : `${printable(checklistText(dossier, localeOf(options.lang)))}\n`,
        );
      }),
    );
}
