/**
 * The `reunir` command line. Each command lives in its own file under ./commands and registers itself
 * on the program here.
 */
import { Command } from 'commander';
import { RULES_VERSION } from '../lib/law';
import { register as registerAssess } from './commands/assess';
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

registerAssess(program);

await program.parseAsync(process.argv);
