/**
 * The workspace's HTTP API on the built server (embedded storage in a directory of its own): every
 * route × {administrator, worker, administrator of another organisation, nobody signed in} gives the
 * expected status (another organisation's case is 404, a worker on an administrator's route 403,
 * nobody 401); the session cookie's attributes; no-store on case data; the sign-in limit (429);
 * members bootstrapped by `reunir users add` on the same storage.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, reunir, type RunningServer, startServer } from '../helpers/server';
import { newCase, PASSWORD } from './fixtures';

const dataDir = mkdtempSync(join(tmpdir(), 'reunir-api-'));
/** Behind a proxy, the scheme comes from X-Forwarded-Proto (adapter-node assumes https without it). */
const env = { REUNIR_DATA_DIR: dataDir, PROTOCOL_HEADER: 'x-forwarded-proto' };
let server: RunningServer;
type Client = ReturnType<typeof client>;
const as: Record<'admin' | 'worker' | 'foreign' | 'nobody', Client> = {} as never;
let caseId: string;
const fresh: Record<string, string> = {};
let removable: Record<string, string> = {};

beforeAll(async () => {
  for (const [org, email, role] of [
    ['Accueil', 'admin@a.example', 'admin'],
    ['Accueil', 'worker@a.example', 'worker'],
    ['Ailleurs', 'admin@b.example', 'admin'],
  ])
    expect(
      reunir(
        ['users', 'add', '--org', org!, '--email', email!, '--role', role!, '--password-stdin'],
        env,
        `${PASSWORD}\n`,
      ).status,
    ).toBe(0);
  server = await startServer(env);
  for (const who of ['admin', 'worker', 'foreign', 'nobody'] as const)
    as[who] = client(server.base);
  await as.admin.signIn('admin@a.example', PASSWORD);
  await as.worker.signIn('worker@a.example', PASSWORD);
  await as.foreign.signIn('admin@b.example', PASSWORD);
  const created = await as.worker.request('POST', '/api/v1/cases', newCase());
  expect(created.status).toBe(201);
  caseId = ((await created.json()) as { id: string }).id;
  for (const who of ['admin', 'worker'] as const) {
    const r = await as.worker.request('POST', '/api/v1/cases', newCase());
    fresh[who] = ((await r.json()) as { id: string }).id;
  }
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Who = 'admin' | 'worker' | 'foreign' | 'nobody';
type Row = [method: string, path: () => string, body: unknown, expected: Record<Who, number>];

const all = (admin: number, worker: number, foreign: number, nobody = 401) => ({
  admin,
  worker,
  foreign,
  nobody,
});

const MATRIX: Row[] = [
  ['GET', () => '/api/v1/cases', undefined, all(200, 200, 200)],
  ['POST', () => '/api/v1/cases', newCase(), all(201, 201, 201)],
  ['GET', () => `/api/v1/cases/${caseId}`, undefined, all(200, 200, 404)],
  ['PATCH', () => `/api/v1/cases/${caseId}`, { note: 'Rappeler' }, all(200, 200, 404)],
  ['GET', () => `/api/v1/cases/${caseId}/export`, undefined, all(200, 200, 404)],
  ['GET', () => `/api/v1/cases/${caseId}/audit`, undefined, all(200, 403, 404)],
  ['DELETE', () => `/api/v1/cases/${caseId}`, undefined, all(-1, -1, 404)],
  ['GET', () => '/api/v1/deadlines', undefined, all(200, 200, 200)],
  ['GET', () => '/api/v1/members', undefined, all(200, 200, 200)],
  ['DELETE', () => `/api/v1/members/${removable.id}`, undefined, all(-1, 403, 404)],
  ['GET', () => '/api/v1/organisation', undefined, all(200, 200, 200)],
  ['PATCH', () => '/api/v1/organisation', { retentionDays: 400 }, all(200, 403, 200)],
  ['POST', () => '/api/v1/calendar', undefined, all(201, 201, 201)],
  ['DELETE', () => '/api/v1/calendar', undefined, all(204, 204, 204)],
  ['GET', () => `/api/v1/calendar/${'x'.repeat(43)}`, undefined, all(404, 404, 404, 404)],
  ['POST', () => '/api/v1/totp', undefined, all(200, 200, 200)],
  [
    'PUT',
    () => '/api/v1/totp',
    { secret: 'JBSWY3DPEHPK3PXPJBSWY3DP', code: '12345' },
    all(400, 400, 400),
  ],
  ['DELETE', () => '/api/v1/totp', undefined, all(204, 204, 204)],
  [
    'POST',
    () => '/api/v1/session',
    { email: 'unknown@x.example', password: 'nothing' },
    all(401, 401, 401, 401),
  ],
];

describe('every route × every kind of caller', () => {
  beforeAll(async () => {
    const r = await as.admin.request('POST', '/api/v1/members', {
      email: 'leaving@a.example',
      role: 'worker',
      password: PASSWORD,
    });
    expect(r.status).toBe(201);
    removable = { id: ((await r.json()) as { userId: string }).userId };
  });

  for (const [method, path, body, expected] of MATRIX)
    for (const who of ['foreign', 'nobody', 'worker', 'admin'] as const) {
      if (expected[who] === -1) continue;
      it(`${method} ${path().replace(/undefined|[0-9a-f-]{36}/, '{id}')} as ${who} → ${expected[who]}`, async () => {
        const r = await as[who].request(method, path(), body);
        expect(r.status).toBe(expected[who]);
        if (r.status >= 400) expect(await r.json()).toHaveProperty('errors');
      });
    }

  it("another organisation's list, board and case never show this case", async () => {
    const list = await (await as.foreign.request('GET', '/api/v1/cases')).text();
    const board = await (await as.foreign.request('GET', '/api/v1/deadlines')).text();
    expect(list).not.toContain(caseId);
    expect(board).not.toContain(caseId);
    // (the board's own content is tested on a fixed date in services.test.ts)
    const own = await (await as.admin.request('GET', '/api/v1/cases')).text();
    expect(own).toContain(caseId);
  });

  it('workers cannot add members; administrators remove them (204)', async () => {
    const r = await as.worker.request('POST', '/api/v1/members', {
      email: 'x@a.example',
      role: 'admin',
      password: PASSWORD,
    });
    expect(r.status).toBe(403);
    expect((await as.admin.request('DELETE', `/api/v1/members/${removable.id}`)).status).toBe(204);
  });

  it('erasing: a worker and an administrator erase (204), after which it is 404', async () => {
    expect((await as.worker.request('DELETE', `/api/v1/cases/${fresh.worker}`)).status).toBe(204);
    expect((await as.admin.request('DELETE', `/api/v1/cases/${fresh.admin}`)).status).toBe(204);
    expect((await as.admin.request('GET', `/api/v1/cases/${fresh.admin}`)).status).toBe(404);
    expect((await as.admin.request('DELETE', `/api/v1/cases/${fresh.admin}`)).status).toBe(404);
  });
});

describe('answers', () => {
  it('GET with case data is no-store, with the file recomputed', async () => {
    for (const path of [`/api/v1/cases/${caseId}`, '/api/v1/cases', '/api/v1/deadlines']) {
      const r = await as.admin.request('GET', path);
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
    const one = (await (await as.admin.request('GET', `/api/v1/cases/${caseId}`)).json()) as {
      case: { id: string };
      file: { deadlines: unknown } | null;
    };
    expect(one.case.id).toBe(caseId);
    expect(one.file?.deadlines).toBeDefined();
  });

  it('the session cookie is HttpOnly, SameSite=Lax, Secure over https and expires; signing out ends it', async () => {
    const c = client(server.base);
    const r = await c.signIn('worker@a.example', PASSWORD);
    const cookie = r.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Expires=/i);
    expect(cookie).toMatch(/Secure/i); // the scheme is https unless the proxy says otherwise
    const plain = await fetch(`${server.base}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'http' },
      body: JSON.stringify({ email: 'worker@a.example', password: PASSWORD }),
    });
    expect(plain.headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect((await c.request('DELETE', '/api/v1/session')).status).toBe(204);
    expect((await c.request('GET', '/api/v1/cases')).status).toBe(401);
  });

  it('a new case can come from a saved answers file', async () => {
    const file = {
      reunir: 'answers',
      version: 1,
      answers: { v: 1, s: { status: { status: 'refugee' } }, m: [] },
    };
    const r = await as.worker.request('POST', '/api/v1/cases?from=answers', file);
    expect(r.status).toBe(201);
    const bad = await as.worker.request('POST', '/api/v1/cases?from=answers', { not: 'a file' });
    expect(bad.status).toBe(400);
  });

  it('a bad case is 400 in the API error shape', async () => {
    const r = await as.worker.request('POST', '/api/v1/cases', { situation: { sponsor: {} } });
    expect(r.status).toBe(400);
    const body = (await r.json()) as { errors: { path: string }[] };
    expect(body.errors[0]!.path).toMatch(/^situation/);
  });

  it('ten wrong passwords, then 429 even with the right one', async () => {
    const c = client(server.base);
    for (let i = 0; i < 10; i++)
      expect(
        (
          await c.request('POST', '/api/v1/session', {
            email: 'admin@b.example',
            password: 'wrong wrong',
          })
        ).status,
      ).toBe(401);
    const r = await c.request('POST', '/api/v1/session', {
      email: 'admin@b.example',
      password: PASSWORD,
    });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('900');
  });

  it('the embedded key was generated into the data directory, readable by its owner only', () => {
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
  });

  it('POST /api/v1/deadlines still answers without a session', async () => {
    const r = await as.nobody.request('POST', '/api/v1/deadlines', {
      situation: newCase().situation,
      events: newCase().events,
    });
    expect(r.status).toBe(200);
  });
});
