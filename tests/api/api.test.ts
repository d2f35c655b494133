/**
 * The HTTP API through its SvelteKit handlers, called directly (no server): errors take the shape
 * {"errors":[{"path","message"}]}, bodies are limited to 64 KB even without an honest Content-Length,
 * and the six contract examples get the same assessments as the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { POST } from '../../src/routes/api/v1/assessments/+server';
import { GET as getSchema } from '../../src/routes/api/v1/schema/+server';
import { GET as getParameters } from '../../src/routes/api/v1/parameters/+server';
import { runAssess } from '../../src/cli/commands/assess';
import { DISCARD_BYTES, MAX_BODY_BYTES } from '$lib/server/json-request';
import { store, valueAt, type StoreId } from '$lib/law/parameters';
import { servedParameterSchema } from '$lib/law/parameters/schema';

const EXAMPLES = join(import.meta.dirname, '../contract-examples');
const NAMES = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.situation.json'))
  .map((f) => f.replace('.situation.json', ''))
  .sort();
const URL_ = 'http://localhost/api/v1/assessments';

type Event = Parameters<typeof POST>[0];
const call = (request: Request) => POST({ request } as Event);
type Get = (event: { request: Request; url: URL }) => Response | Promise<Response>;
const get = (handler: unknown, path: string) =>
  (handler as Get)({
    request: new Request(`http://localhost${path}`),
    url: new URL(`http://localhost${path}`),
  });

const post = (
  body: BodyInit,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => call(new Request(URL_, { method: 'POST', body, headers }));

function stream(size: number, chunk = 16 * 1024): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(chunk, size - sent);
      controller.enqueue(new TextEncoder().encode(' '.repeat(n)));
      sent += n;
    },
  });
}

async function problems(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body).toEqual({ errors: expect.any(Array) });
  for (const e of body.errors)
    expect(e).toEqual({ path: expect.any(String), message: expect.any(String) });
  return body.errors as { path: string; message: string }[];
}

describe('POST /api/v1/assessments', () => {
  it.each(NAMES)('%s: the same assessment as the CLI', async (name) => {
    const text = readFileSync(join(EXAMPLES, `${name}.situation.json`), 'utf8');
    const response = await post(text);
    expect(response.status).toBe(200);
    const body = await response.json();
    const expected = JSON.parse(readFileSync(join(EXAMPLES, `${name}.expected.json`), 'utf8'));
    expect(
      body.members.map(({ id, verdict, procedure }: Record<string, unknown>) => ({
        id,
        verdict,
        procedure,
      })),
    ).toEqual(expected.members);
    if (expected.procedure !== undefined) expect(body.procedure).toBe(expected.procedure);
    if (expected.thresholds)
      expect(
        body.procedures.find((p: { id: string }) => p.id === 'regroupement_familial').thresholds,
      ).toMatchObject(expected.thresholds);

    let cli = '';
    const file = join(EXAMPLES, `${name}.situation.json`);
    const code = await runAssess(
      file,
      { json: true, lang: 'en' },
      {
        out: (t) => {
          cli += t;
        },
        err: () => {},
      },
    );
    expect(code).toBe(0);
    expect(body).toEqual(JSON.parse(cli));
  });

  it('accepts a JSON media type with parameters or a +json suffix', async () => {
    const text = readFileSync(join(EXAMPLES, `${NAMES[0]}.situation.json`), 'utf8');
    expect((await post(text, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(
      200,
    );
    expect((await post(text, { 'content-type': 'application/vnd.reunir+json' })).status).toBe(200);
  });

  it('400 with one {path, message} per problem for an invalid situation', async () => {
    const errors = await problems(
      await post(
        JSON.stringify({ date: '2026-02-30', sponsor: { status: 'viking' }, members: [] }),
      ),
      400,
    );
    expect(errors).toEqual([
      { path: 'date', message: 'expected a real calendar date written YYYY-MM-DD' },
      { path: 'sponsor.status', message: expect.stringMatching(/^expected one of: resident, /) },
    ]);
    expect(
      await problems(
        await post(
          JSON.stringify({ date: '2019-01-01', sponsor: { status: 'resident' }, members: [] }),
        ),
        400,
      ),
    ).toEqual([{ path: 'date', message: "reunir's rules cover dates from 2020-01-01" }]);
  });

  it('400 for invalid JSON and for an empty body', async () => {
    const [invalid] = await problems(await post('{"sponsor": '), 400);
    expect(invalid).toEqual({ path: '(body)', message: expect.stringMatching(/^invalid JSON: /) });
    const [empty] = await problems(await post(''), 400);
    expect(empty!.path).toBe('(body)');
  });

  it('415 for text/plain or no content type', async () => {
    const [e] = await problems(await post('{}', { 'content-type': 'text/plain' }), 415);
    expect(e!.message).toContain('Content-Type: application/json');
    await problems(
      await call(new Request(URL_, { method: 'POST', body: new Uint8Array([123, 125]) })),
      415,
    );
  });

  it('413 above 64 KB, with an honest Content-Length', async () => {
    const body = ' '.repeat(MAX_BODY_BYTES + 1);
    const [e] = await problems(
      await post(body, {
        'content-type': 'application/json',
        'content-length': String(body.length),
      }),
      413,
    );
    expect(e).toEqual({ path: '(body)', message: 'the body is larger than 64 KB' });
    // exactly 64 KB is read (and is then invalid JSON, not too large)
    await problems(await post(' '.repeat(MAX_BODY_BYTES)), 400);
  });

  it('413 when the body streams without a Content-Length; the rest is drained, then cancelled', async () => {
    let pulled = 0;
    let cancelled!: () => void;
    const done = new Promise<void>((resolve) => (cancelled = resolve));
    const chunk = 16 * 1024;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk;
        controller.enqueue(new Uint8Array(chunk).fill(32));
      },
      cancel: () => cancelled(),
    });
    const request = new Request(URL_, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBeNull();
    await problems(await call(request), 413);
    await done; // an endless body is read no further than the discard budget
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + DISCARD_BYTES + 4 * chunk);
  });

  it('413 when the Content-Length lies about a larger body', async () => {
    const request = new Request(URL_, {
      method: 'POST',
      body: stream(MAX_BODY_BYTES * 2),
      headers: { 'content-type': 'application/json', 'content-length': '100' },
      duplex: 'half',
    } as RequestInit);
    expect(request.headers.get('content-length')).toBe('100');
    await problems(await call(request), 413);
  });
});

describe('GET /api/v1/schema and /api/v1/parameters', () => {
  it('returns both JSON Schemas', async () => {
    const response = await get(getSchema, '/api/v1/schema');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(['assessment', 'situation']);
    expect(body.situation.properties.sponsor.properties.status.enum).toContain('refugee');
    expect(body.situation.required).toEqual(expect.arrayContaining(['sponsor', 'members']));
    expect(body.assessment.properties.members).toBeDefined();
    expect(body.assessment.properties.procedure).toBeDefined();
  });

  it('returns the dated parameters, each value with its sources and confidence', async () => {
    const response = await get(getParameters, '/api/v1/parameters');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.rulesVersion).toMatch(/^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$/);
    expect(body.coverage).toEqual({
      from: '2020-01-01',
      verifiedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const all = [body.smic, ...Object.values(body.rules)] as {
      verifiedOn: string;
      values: { from: string; sources: { ref: string }[]; confidence: string }[];
    }[];
    expect(all.length).toBeGreaterThan(5);
    for (const p of all) {
      expect(p.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const v of p.values) {
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(v.sources.length).toBeGreaterThan(0);
        expect(v.sources[0]!.ref).toBeTruthy();
        expect(['V', 'V2', 'I', 'single_source']).toContain(v.confidence);
      }
    }
    expect(
      body.smic.values.find((v: { from: string }) => v.from === '2026-01-01').value.monthlyNet,
    ).toBe(1443.11);
  });

  it('serves every parameter of the store, checked by the store’s schema', async () => {
    const body = await (await get(getParameters, '/api/v1/parameters')).json();
    expect(body.date).toBeUndefined();
    expect(Object.keys(body.parameters).sort()).toEqual(Object.keys(store).sort());
    for (const [id, served] of Object.entries(body.parameters)) {
      const p = servedParameterSchema.parse(served);
      const stored = store[id as StoreId];
      expect(p.unit, id).toBe(stored.unit);
      expect(p.verifiedOn, id).toBe(stored.verifiedOn);
      expect(p.values, id).toEqual(JSON.parse(JSON.stringify(stored.values)));
      expect(p.inForce, id).toBeUndefined();
    }
    const multiYear = body.parameters['card.multiYearMaxYears'];
    expect(multiYear.values[0].value).toBe(4);
    expect(multiYear.values[0].sources[0].url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
  });

  it('gives the value in force on a date asked for', async () => {
    const body = await (await get(getParameters, '/api/v1/parameters?date=2026-03-10')).json();
    expect(body.date).toBe('2026-03-10');
    for (const [id, served] of Object.entries(body.parameters)) {
      const p = servedParameterSchema.parse(served);
      const expected: Partial<ReturnType<typeof valueAt>> = {
        ...valueAt(id as StoreId, '2026-03-10'),
      };
      delete expected.id;
      expect(p.inForce, id).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    expect(body.parameters['fees.firstPermitTax'].inForce.value.total).toBe(225);
    expect(body.parameters['card.residentYears'].inForce.verifiedOn).toBe('2026-12-03');
    const later = await (await get(getParameters, '/api/v1/parameters?date=2026-06-01')).json();
    expect(later.parameters['fees.firstPermitTax'].inForce.value.total).toBe(350);
    // the first-permit tax is stored from 2 January 2020: on 1 January nothing is in force yet
    const first = await (await get(getParameters, '/api/v1/parameters?date=2020-01-01')).json();
    expect(first.parameters['fees.firstPermitTax'].inForce).toBeNull();
    expect(first.parameters['ages.majority'].inForce.value).toBe(18);
  });

  it('refuses a date it cannot answer for', async () => {
    for (const [date, message] of [
      ['2026-02-30', 'expected a real calendar date written YYYY-MM-DD'],
      ['2019-06-01', "reunir's rules cover dates from 2020-01-01"],
      ['9999-12-31', "reunir's rules cover dates up to"],
    ]) {
      const response = await get(getParameters, `/api/v1/parameters?date=${date}`);
      expect(response.status, date).toBe(400);
      const body = await response.json();
      expect(body.errors[0].path).toBe('date');
      expect(body.errors[0].message).toContain(message);
    }
  });
});
