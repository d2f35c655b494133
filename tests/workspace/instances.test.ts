/**
 * On PostgreSQL the app keeps no state of its own: two instances of the built server on one database
 * share sessions (signed in on one, known to the other; signed out on one, out everywhere) and cases.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateKey } from '../../src/lib/server/workspace/crypto';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { client, reunir, type RunningServer, startServer } from '../helpers/server';
import { newCase, PASSWORD } from './fixtures';

let pg: TestPostgres;
let one: RunningServer;
let two: RunningServer;

beforeAll(async () => {
  pg = startPostgres();
  const env = { DATABASE_URL: pg.url, REUNIR_SECRET_KEY: generateKey() };
  const add = reunir(
    [
      'users',
      'add',
      '--org',
      'A',
      '--email',
      'w@a.example',
      '--role',
      'worker',
      '--password-stdin',
    ],
    env,
    PASSWORD,
  );
  expect(add.status).toBe(0);
  // both start together: the migrations' lock lets one of them migrate
  [one, two] = await Promise.all([startServer(env), startServer(env)]);
}, 120_000);

afterAll(async () => {
  await Promise.all([one?.stop(), two?.stop()]);
  pg?.stop();
});

it('a session and a case made on one instance are known to the other', async () => {
  const onOne = client(one.base);
  await onOne.signIn('w@a.example', PASSWORD);
  const created = await onOne.request('POST', '/api/v1/cases', newCase());
  expect(created.status).toBe(201);
  const { id } = (await created.json()) as { id: string };

  const onTwo = client(two.base);
  await onTwo.signIn('w@a.example', PASSWORD);
  expect((await onTwo.request('GET', `/api/v1/cases/${id}`)).status).toBe(200);
});

it('the cookie of one instance opens the other, and signing out on one ends it on both', async () => {
  const c = await fetch(`${one.base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'w@a.example', password: PASSWORD }),
  });
  const cookie = c.headers.get('set-cookie')!.split(';')[0]!;
  const get = (base: string) => fetch(`${base}/api/v1/cases`, { headers: { cookie } });
  expect((await get(two.base)).status).toBe(200);
  await fetch(`${two.base}/api/v1/session`, { method: 'DELETE', headers: { cookie } });
  expect((await get(one.base)).status).toBe(401);
});
