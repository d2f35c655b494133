/**
 * The `reunir` command line. Each command lives in its own file under ./commands and registers itself
 * on the program here.
 */
import { Command } from 'commander';

const program = new Command('reunir')
  .description('reunir: who in a family can come to France, how, and why')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

await program.parseAsync(process.argv);
