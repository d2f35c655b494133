/**
 * A write the server acknowledged survives `kill -9`: on embedded PGlite and on PostgreSQL (with fsync
 * on), the built server creates a case (201), is killed, starts again on the same storage, and the case
 * reads back whole. Also: with DATABASE_URL and no key the server refuses to start, and says why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKey } from '../../src/lib/server/workspace/crypto';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { client, reunir, startServer } from '../helpers/server';
import { newCase, PASSWORD, SECRET_WORDS } from './fixtures';

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
});

function storage(kind: 'pglite' | 'postgres'): NodeJS.ProcessEnv {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'reunir-crash-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return { REUNIR_DATA_DIR: dir };
  }
  const pg: TestPostgres = startPostgres({ durable: true });
  cleanups.push(() => pg.stop());
  return { DATABASE_URL: pg.url, REUNIR_SECRET_KEY: generateKey() };
}

describe.each(['pglite', 'postgres'] as const)('kill -9 on %s', (kind) => {
  it('the acknowledged case is there after the restart', async () => {
    const env = storage(kind);
    const add = reunir(
      [
        'users',
        'add',
        '--org',
        'Accueil',
        '--email',
        'w@a.example',
        '--role',
        'worker',
        '--password-stdin',
      ],
      env,
      PASSWORD,
    );
    expect(add.stderr).toBe('');
    let server = await startServer(env);
    let c = client(server.base);
    await c.signIn('w@a.example', PASSWORD);
    const created = await c.request('POST', '/api/v1/cases', newCase());
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await server.stop('SIGKILL');
    expect(server.child.signalCode).toBe('SIGKILL');

    server = await startServer(env);
    try {
      c = client(server.base);
      await c.signIn('w@a.example', PASSWORD);
      const read = await c.request('GET', `/api/v1/cases/${id}`);
      expect(read.status).toBe(200);
      const body = (await read.json()) as {
        case: { names: Record<string, string>; notes: { text: string }[] };
      };
      expect(body.case.names.spouse).toBe(SECRET_WORDS.spouse);
      expect(body.case.notes[0]!.text).toBe(SECRET_WORDS.note);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

it('with DATABASE_URL and no REUNIR_SECRET_KEY, the server does not start and says why', () => {
  const r = spawnSync(process.execPath, ['scripts/start.js'], {
    env: {
      ...process.env,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      REUNIR_SECRET_KEY: '',
      PORT: '1',
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('REUNIR_SECRET_KEY');
  expect(r.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
});
