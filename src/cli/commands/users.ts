/**
 * `reunir users add --org NAME --email EMAIL --role admin|worker --password-stdin`: the first members
 * of an organisation (created when it does not exist), on the storage the server uses (DATABASE_URL,
 * else the data directory, which the server must not hold open at the same time). The password is
 * read from standard input, never from the command line (it would show in the process list).
 */
import { type Command, Option } from 'commander';
import { storeConfigFromEnv } from '../../lib/server/store/connect';
import { createUser } from '../../lib/server/workspace/accounts';
import { openWorkspace } from '../../lib/server/workspace/context';
import { ROLES } from '../../lib/server/workspace/types';
import { EXIT_BAD_INPUT, EXIT_UNEXPECTED, oneLine, printableLine } from '../output';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

interface AddOptions {
  org: string;
  email: string;
  role: string;
  passwordStdin?: boolean;
}

async function add(options: AddOptions): Promise<void> {
  if (!options.passwordStdin) {
    process.stderr.write('reunir: give the password on standard input with --password-stdin\n');
    process.exitCode = EXIT_BAD_INPUT;
    return;
  }
  const password = await readStdin();
  let ws;
  try {
    ws = await openWorkspace({ store: storeConfigFromEnv() });
  } catch (e) {
    process.stderr.write(`reunir: cannot open the workspace's storage: ${oneLine(e)}\n`);
    process.exitCode = EXIT_UNEXPECTED;
    return;
  }
  try {
    const created = await createUser(ws, { ...options, password });
    if (!created.ok) {
      for (const p of created.errors)
        process.stderr.write(`${printableLine(`${p.path}: ${p.message}`)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    const { email, role, orgCreated } = created.value;
    process.stdout.write(
      `${printableLine(`${email} added to "${options.org}" as ${role}${orgCreated ? ' (new organisation)' : ''}`)}\n`,
    );
  } finally {
    await ws.close();
  }
}

export function register(program: Command): void {
  const users = program.command('users').description("the workspace's members");
  users
    .command('add')
    .description("add a member to an organisation (created if needed), on the server's storage")
    .requiredOption('--org <NAME>', "the organisation's name")
    .requiredOption('--email <EMAIL>', 'the e-mail address the member signs in with')
    .addOption(
      new Option('--role <ROLE>', 'admin or worker').choices([...ROLES]).makeOptionMandatory(),
    )
    .option('--password-stdin', 'read the password from standard input (at least 12 characters)')
    .addHelpText(
      'after',
      '\nExample:\n  $ printf %s "$PASSWORD" | reunir users add --org "Association" --email a@example.org --role admin --password-stdin',
    )
    .action((options: AddOptions) => add(options));
}
