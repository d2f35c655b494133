/**
 * The production server as `npm start` runs it (scripts/start.js on the output of `npm run build`,
 * which must have run first; `npm test` does), over a real socket: the headers of every kind of
 * response (pages, static files, hashed assets, fonts, the direct assessments handler, SvelteKit's
 * API, errors), Cache-Control on what holds a person's data, the byte-order mark and the filing-date
 * range at the HTTP edge, and one log line without a stack trace for an aborted upload.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = 20_000 + (process.pid % 20_000);
const BASE = `http://127.0.0.1:${PORT}`;
const SITUATION = readFileSync(
  'tests/contract-examples/01-regroupement-conditions-met.situation.json',
  'utf8',
);

let server: ChildProcess;
let log = '';
/** The workspace's embedded storage, of this server only. */
const dataDir = mkdtempSync(join(tmpdir(), 'reunir-server-test-'));

beforeAll(async () => {
  if (!existsSync('build/handler.js'))
    throw new Error('build/handler.js is missing: run `npm run build` before this test');
  server = spawn(process.execPath, ['scripts/start.js'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(PORT),
      REUNIR_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stderr?.setEncoding('utf8').on('data', (d: string) => (log += d));
  await new Promise<void>((ok, fail) => {
    server.once('exit', (code) => fail(new Error(`the server stopped (exit ${code}): ${log}`)));
    server.stdout?.setEncoding('utf8').on('data', (d: string) => {
      log += d;
      if (d.includes('listening')) ok();
    });
  });
  // a first start creates the workspace's embedded database (several seconds on a busy machine)
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((ok) => server.once('exit', ok));
    server.kill();
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

/** A form as a browser posts it from `origin` (SvelteKit refuses cross-site forms). */
const postForm = (path: string, origin: string, headers: Record<string, string> = {}) =>
  fetch(BASE + path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html',
      origin,
      ...headers,
    },
    body: 'email=nobody%40example.org&password=wrong',
    redirect: 'manual',
  });

describe('forms over plain http, with neither ORIGIN nor PROTOCOL_HEADER set', () => {
  it("accepts a form from the server's own address and refuses one from another site", async () => {
    expect((await postForm('/fr/login', BASE)).status).toBe(200);
    expect((await postForm('/fr/simulator?/forget', BASE)).status).toBe(303);
    expect((await postForm('/fr/login', 'https://elsewhere.example')).status).toBe(403);
  });

  it('a client cannot make the server take its address for https', async () => {
    const forged = await postForm('/fr/login', BASE.replace('http:', 'https:'), {
      'x-reunir-scheme': 'https',
    });
    expect(forged.status).toBe(403);
  });
});

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(BASE + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

/** The headers every response carries, whoever answers (src/lib/server/headers.ts). */
function expectSecurityHeaders(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('same-origin');
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
}

const SECURITY = [
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'content-security-policy',
  'cache-control',
];
const securityOf = (r: Response) => Object.fromEntries(SECURITY.map((h) => [h, r.headers.get(h)]));

describe('npm start: headers on every response', () => {
  it('pages keep their own CSP, with the scripts they load', async () => {
    const r = await fetch(`${BASE}/fr`);
    expect(r.status).toBe(200);
    expectSecurityHeaders(r);
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it.each(['/enhance.js', '/favicon.svg'])(
    'static file %s: the same headers, revalidated',
    async (path) => {
      const r = await fetch(BASE + path);
      expect(r.status).toBe(200);
      expectSecurityHeaders(r);
      expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(r.headers.get('cache-control')).toBe('no-cache');
    },
  );

  it('hashed assets and fonts are cached for a year, immutable', async () => {
    const dir = 'build/client/_app/immutable/assets';
    const css = readdirSync(dir).find((f) => f.endsWith('.css'));
    for (const path of [`/_app/immutable/assets/${css}`, '/fonts/noto-sans-ethiopic-ti.woff2']) {
      const r = await fetch(BASE + path);
      expect(r.status, path).toBe(200);
      expectSecurityHeaders(r);
      expect(r.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    }
  });

  it('the direct assessments handler sends what SvelteKit API answers send', async () => {
    const direct = await post('/api/v1/assessments', SITUATION);
    const kit = await post(
      '/api/v1/checklist',
      JSON.stringify({ situation: JSON.parse(SITUATION) }),
    );
    expect(direct.status).toBe(200);
    expect(kit.status).toBe(200);
    expectSecurityHeaders(direct);
    expect(securityOf(direct)).toEqual(securityOf(kit));
    expect(direct.headers.get('cache-control')).toBe('no-store');
  });

  it('errors too: a 404 page, a 400 from the direct handler', async () => {
    const missing = await fetch(`${BASE}/fr/no-such-page`);
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
    const bad = await post('/api/v1/assessments', '{bad');
    expect(bad.status).toBe(400);
    expectSecurityHeaders(bad);
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });

  it('no-store on answers to what a person typed, not on public data', async () => {
    expect((await fetch(`${BASE}/api/v1/search?q=visa`)).headers.get('cache-control')).toBe(
      'no-store',
    );
    expect((await fetch(`${BASE}/fr/search?q=visa`)).headers.get('cache-control')).toBe('no-store');
    const state = await fetch(`${BASE}/fr/simulator/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE },
      body: 'state=x',
    });
    expect(state.headers.get('cache-control')).toBe('no-store');
    const parameters = await fetch(`${BASE}/api/v1/parameters`);
    expectSecurityHeaders(parameters);
    expect(parameters.headers.get('cache-control')).not.toBe('no-store');
  });
});

describe('npm start: inputs at the edge', () => {
  it('accepts a body that starts with a byte-order mark, on both kinds of route', async () => {
    const direct = await post('/api/v1/assessments', `\uFEFF${SITUATION}`);
    expect(direct.status).toBe(200);
    const kit = await post('/api/v1/checklist', `\uFEFF{"situation":${SITUATION}}`);
    expect(kit.status).toBe(200);
  });

  it('refuses a filing date beyond the range the parameters cover', async () => {
    const situation = { ...JSON.parse(SITUATION), date: '9999-12-31' };
    const r = await post('/api/v1/assessments', JSON.stringify(situation));
    expect(r.status).toBe(400);
    const body = await r.json();
    expect(body.errors[0].path).toBe('date');
    expect(body.errors[0].message).toMatch(/^reunir's rules cover dates up to \d{4}-\d\d-\d\d/);
  });

  it.each([
    ['the direct handler', '/api/v1/assessments', 'application/json'],
    ['a SvelteKit form action', '/fr/simulator?/show', 'application/x-www-form-urlencoded'],
  ])('logs an aborted upload to %s as one line, without a stack trace', async (_, path, type) => {
    const before = log.length;
    await new Promise<void>((done) => {
      const socket = connect(PORT, '127.0.0.1', () => {
        socket.write(
          `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\nOrigin: ${BASE}\r\n` +
            `Content-Type: ${type}\r\nContent-Length: 10000\r\n\r\nstate=abc`,
        );
        setTimeout(() => {
          socket.destroy();
          done();
        }, 300);
      });
    });
    await new Promise((ok) => setTimeout(ok, 500));
    const lines = log.slice(before).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^POST \/\S+: aborted by the client/);
    expect(log.slice(before)).not.toMatch(/^\s+at /m);
    // The server still answers.
    expect((await fetch(`${BASE}/fr`)).status).toBe(200);
  });
});
