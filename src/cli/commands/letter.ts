/** `reunir letter KIND FILE -o OUT.pdf`: a letter in French, filled from the situation and the dates. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { isLetterKind, type Letter, LETTER_KINDS } from '../../lib/dossier';
import { letterPdf } from '../../lib/server/documents/letter';
import { writeLetter } from '../../lib/usecases';
import { type DossierOptions, guarded, InputError, loadDossierInput } from './checklist';

export function register(program: Command): void {
  program
    .command('letter')
    .description(`a letter to send, as a French PDF; KIND is one of: ${LETTER_KINDS.join(', ')}`)
    .argument('<KIND>', 'the letter')
    .argument('<FILE>', 'a situation as JSON, or {"situation":…, "events":…}')
    .option('--events <EVENTS>', 'JSON file of known dates')
    .option('--today <YYYY-MM-DD>', "the letter's date (default: today's date in France)")
    .requiredOption('-o, --output <OUT.pdf>', 'where to write the PDF')
    .action(
      (kind: string, file: string, options: Omit<DossierOptions, 'lang'> & { output: string }) =>
        guarded(async () => {
          if (!isLetterKind(kind))
            throw new InputError([
              {
                path: 'KIND',
                message: `unknown letter "${kind}"; known letters: ${LETTER_KINDS.join(', ')}`,
              },
            ]);
          const input = await loadDossierInput(file, { ...options, lang: 'fr' });
          const written = writeLetter(kind, input, 'fr');
          if (!written.ok)
            throw new InputError(
              written.errors.map((e) => ({
                path: e.path,
                message: `needed for this letter: ${e.message}`,
              })),
            );
          await writeFile(options.output, await letterPdf(written.value, input.today));
          const time = written.value.timeliness;
          if (time && time.status !== 'on_time')
            process.stderr.write(
              `${options.output}: warning: ${
                time.status === 'late'
                  ? `the time limit passed on ${time.deadline.date} (${time.deadline.id}); the letter does not claim to be in time`
                  : 'the time limit cannot be checked with the dates given; the letter does not claim to be in time'
              }\n${noticeText(written.value)}\n`,
            );
          process.stderr.write(
            `${options.output}: ${written.value.placeholders} placeholders to complete by hand\n`,
          );
        }),
    );
}

/** The letter's notes to the sender (the warning printed before it), as plain text. */
function noticeText(letter: Letter): string {
  return letter.blocks
    .filter((b) => b.style === 'notice')
    .map((b) => b.runs.map((r) => r.text).join(''))
    .join('\n');
}
