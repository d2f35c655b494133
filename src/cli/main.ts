/**
 * The `reunir` command line. Each command lives in its own file under ./commands and registers itself
 * on the program here.
 */
import { Command } from 'commander';
import { RULES_VERSION } from '../lib/law';
import { register as registerAsk } from './commands/ask';
import { register as registerAssess } from './commands/assess';
import { register as registerChecklist } from './commands/checklist';
import { register as registerDeadlines } from './commands/deadlines';
import { register as registerLetter } from './commands/letter';
import { register as registerSummary } from './commands/summary';
import pkg from '../../package.json' with { type: 'json' };

const program = new Command('reunir')
  .description('reunir: who in a family can come to France, how, and why')
  .version(`reunir ${pkg.version} (rules ${RULES_VERSION})`, '-V, --version')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) })
  .addHelpText(
    'after',
    '\nExample:\n  $ reunir assess family.json --lang en\n  $ reunir help assess',
  );

registerAsk(program);
registerAssess(program);
registerChecklist(program);
registerDeadlines(program);
registerLetter(program);
registerSummary(program);

await program.parseAsync(process.argv);
