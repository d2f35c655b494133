/**
 * The `reunir` command line. Each command lives in its own file under ./commands and registers itself
 * on the program here. Only the command asked for is loaded (the PDF fonts and the search indexes cost
 * more to load than an assessment), so that a command starts fast; the program's help loads them all.
 *
 * Exit codes, for every command: 0 done, 2 bad input (a usage error included), 1 unexpected failure,
 * always with one line on stderr and never a stack trace. A reader that closes the pipe early
 * (`reunir assess big.jsonl --json | head -1`) ends the program quietly with 0.
 */
import { Command, CommanderError } from 'commander';
import { RULES_VERSION } from '../lib/law/assess';
import pkg from '../../package.json' with { type: 'json' };
import { EXIT_BAD_INPUT, EXIT_UNEXPECTED, guardOutput, oneLine, printable } from './output';

type Register = { register: (program: Command) => void };

const COMMANDS: Record<string, () => Promise<Register>> = {
  ask: () => import('./commands/ask'),
  assess: () => import('./commands/assess'),
  checklist: () => import('./commands/checklist'),
  deadlines: () => import('./commands/deadlines'),
  keys: () => import('./commands/keys'),
  letter: () => import('./commands/letter'),
  summary: () => import('./commands/summary'),
  users: () => import('./commands/users'),
};

/** The command named on the command line (`reunir X …` or `reunir help X`), if it is one of ours. */
function named(args: string[]): string | undefined {
  const words = args.filter((a) => !a.startsWith('-'));
  const name = words[0] === 'help' ? words[1] : words[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? name : undefined;
}

/** Commander's messages echo the arguments: controls escaped, and a long argument cut short. */
const shortened = (text: string) =>
  text
    .split('\n')
    .map((line) => printable(line.length > 200 ? `${line.slice(0, 200)}…` : line))
    .join('\n');

/** Commander's own exits: help and version are successes, every usage error is bad input. */
const SUCCESSES = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

async function main(args: string[]): Promise<void> {
  guardOutput();
  const program = new Command('reunir')
    .description('reunir: who in a family can come to France, how, and why')
    .version(`reunir ${pkg.version} (rules ${RULES_VERSION})`, '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(shortened(text)) })
    .addHelpText(
      'after',
      '\nExample:\n  $ reunir assess family.json --lang en\n  $ reunir help assess',
    );
  const name = named(args);
  const chosen = name ? [name] : Object.keys(COMMANDS);
  for (const mod of await Promise.all(chosen.map((n) => COMMANDS[n]!()))) mod.register(program);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    process.exitCode = SUCCESSES.has(e.code) ? 0 : EXIT_BAD_INPUT;
  }
}

try {
  await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`reunir: unexpected error: ${oneLine(e)}\n`);
  process.exitCode = EXIT_UNEXPECTED;
}
