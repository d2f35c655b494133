/**
 * A throwaway PostgreSQL server for a test file (Debian's PostgreSQL 15, `apt-get install
 * postgresql`): its own directory and port, started in under a second, stopped and deleted by
 * `stop()`. Run as the `postgres` user when the tests run as root. Missing binaries fail the test
 * with the command that installs them: the PostgreSQL tests never skip silently.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.REUNIR_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TestPostgres {
  url: string;
  port: number;
  dir: string;
  /** Runs a PostgreSQL client program (pg_dump…) against this server, as its owner. */
  run(program: string, args: string[]): string;
  stop(): void;
}

function asOwner(program: string, args: string[], options: { cwd?: string } = {}): string {
  const root = process.getuid?.() === 0;
  const [command, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', join(BIN, program), ...args]]
    : [join(BIN, program), args];
  return execFileSync(command, argv, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
}

/** `durable: false` turns fsync off (faster); the crash test keeps it on. */
export function startPostgres(options: { durable?: boolean } = {}): TestPostgres {
  if (!existsSync(join(BIN, 'initdb')))
    throw new Error(
      `PostgreSQL is not installed (${BIN}/initdb is missing): apt-get install -y postgresql`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'reunir-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  asOwner('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync'], { cwd: dir });
  // a port away from the usual 5432; another test process may hold it: then the next one
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = 30_000 + ((process.pid * 13 + attempt * 101) % 20_000);
    const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir}${options.durable ? '' : ' -c fsync=off'}`;
    try {
      asOwner('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', settings, 'start'], {
        cwd: dir,
      });
      break;
    } catch (e) {
      if (attempt >= 4) throw e;
    }
  }
  asOwner('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'app'], {
    cwd: dir,
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/app`,
    port,
    dir,
    run: (program, args) =>
      asOwner(program, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', ...args], {
        cwd: dir,
      }),
    stop() {
      try {
        asOwner('pg_ctl', ['-D', data, '-w', '-m', 'immediate', 'stop'], { cwd: dir });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
