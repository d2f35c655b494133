/**
 * The production server answers POST /api/v1/assessments on Node's HTTP server directly: it must give
 * exactly what the SvelteKit endpoint gives, errors included, over a real socket.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleAssessments } from '$lib/server/node-assessments';
import { POST } from '../../src/routes/api/v1/assessments/+server';

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(handleAssessments);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/assessments`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const viaKit = async (body: string, type: string) => {
  const request = new Request('http://localhost/api/v1/assessments', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  const response = await POST({ request } as Parameters<typeof POST>[0]);
  return { status: response.status, body: await response.json() };
};

const viaNode = async (body: string | ReadableStream<Uint8Array>, type: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: await response.json() };
};

const examples = 'tests/contract-examples/';

describe('the direct Node handler of POST /api/v1/assessments', () => {
  for (const file of readdirSync(examples).filter((f) => f.endsWith('.situation.json'))) {
    it(`answers ${file} as the SvelteKit endpoint does`, async () => {
      const body = readFileSync(examples + file, 'utf8');
      const node = await viaNode(body, 'application/json');
      expect(node.status).toBe(200);
      expect(node).toEqual(await viaKit(body, 'application/json'));
    });
  }

  it.each([
    ['a text body', 'hello', 'text/plain', 415],
    ['invalid JSON', '{"sponsor":', 'application/json', 400],
    ['a wrong type', '{"sponsor":{"status":"resident"},"members":{}}', 'application/json', 400],
  ])('answers %s with the same problems', async (_, body, type, status) => {
    const node = await viaNode(body, type);
    expect(node.status).toBe(status);
    expect(node).toEqual(await viaKit(body, type));
  });

  it('answers 413 to a body over 64 KB, declared or streamed', async () => {
    const big = ' '.repeat(5 * 1024 * 1024);
    expect((await viaNode(big, 'application/json')).status).toBe(413);
    const chunk = new Uint8Array(16 * 1024).fill(32);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 200 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const answer = await viaNode(stream, 'application/json');
    expect(answer.status).toBe(413);
    expect(answer.body.errors[0].path).toBe('(body)');
  });
});
