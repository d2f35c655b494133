/** `reunir summary FILE -o OUT.pdf`: the summary to show a social worker, in any of reunir's languages. */
import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { buildDossier } from '../../lib/dossier';
import { SUMMARY_LOCALES, summaryPdf } from '../../lib/server/documents/summary';
import { type DossierOptions, guarded, loadDossierInput, localeOf } from './checklist';

export function register(program: Command): void {
  program
    .command('summary')
    .description('a one-page PDF summary of the assessment and the next deadlines')
    .argument('<FILE>', 'a situation as JSON, or {"situation":…, "events":…}')
    .option('--events <EVENTS>', 'JSON file of known dates')
    .option('--today <YYYY-MM-DD>', "the summary's date (default: today's date in France)")
    .addOption(
      new Option('--lang <code>', 'language of the summary')
        .choices([...SUMMARY_LOCALES])
        .default('fr'),
    )
    .requiredOption('-o, --output <OUT.pdf>', 'where to write the PDF')
    .action((file: string, options: DossierOptions & { output: string }) =>
      guarded(async () => {
        const input = await loadDossierInput(file, options);
        await writeFile(
          options.output,
          await summaryPdf(buildDossier(input), localeOf(options.lang), input.today),
        );
      }),
    );
}
