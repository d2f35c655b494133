import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GET } from '../../src/routes/api/v1/search/+server';

const call = async (query: string) => {
  const url = new URL(`http://localhost/api/v1/search?${query}`);
  const response = await GET({ url } as Parameters<typeof GET>[0]);
  return { status: response.status, body: await response.json() };
};

describe('GET /api/v1/search', () => {
  it('answers a question with passages', async () => {
    const { status, body } = await call('q=can+my+parents+come&lang=en');
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({
      id: 'parents-siblings',
      url: '/en/guide/parents-siblings',
    });
    expect(Object.keys(body.results[0])).toEqual(['id', 'title', 'heading', 'url', 'excerpt']);
  });

  it('answers in Arabic from the Arabic pages', async () => {
    const { status, body } = await call(`q=${encodeURIComponent('ليس عندي شهادة ميلاد')}&lang=ar`);
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ id: 'no-civil-status' });
    expect(body.results[0].url).toMatch(/^\/ar\/guide\/no-civil-status(#|$)/);
  });

  it('refuses a missing or too long question and an unknown language', async () => {
    expect(await call('lang=fr')).toMatchObject({ status: 400, body: { errors: [{ path: 'q' }] } });
    expect(await call(`q=${'a'.repeat(301)}&lang=fr`)).toMatchObject({
      status: 400,
      body: { errors: [{ path: 'q' }] },
    });
    expect(await call('q=visa&lang=de')).toMatchObject({
      status: 400,
      body: { errors: [{ path: 'lang' }] },
    });
  });
});

describe('reunir ask', { timeout: 60_000 }, () => {
  it('prints the top answers as JSON', () => {
    const out = execFileSync(
      'node',
      ['bin/reunir.js', 'ask', 'my visa was refused, what now?', '--lang', 'en', '--json'],
      { encoding: 'utf8' },
    );
    const json = JSON.parse(out);
    expect(json.results[0].id).toBe('visa-refused');
    expect(json.results[0].excerpt).toContain('<mark>');
  });

  it('prints the answering passage with its section and anchor', () => {
    const out = execFileSync(
      'node',
      ['bin/reunir.js', 'ask', 'refus implicite visa consulat', '--lang', 'fr', '-n', '1'],
      { encoding: 'utf8' },
    );
    expect(out).toContain('Le consulat ne répond pas à la demande de visa — Le silence vaut refus');
    expect(out).toContain('/fr/guide/visa-no-answer#implicit-refusal');
    expect(out).toMatch(/c'est un \*refus\* \*implicite\*/);
  });

  it('says when nothing answers, and fails', () => {
    const r = spawnSync('node', ['bin/reunir.js', 'ask', 'xqzwv', '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('No answer for “xqzwv”');
  });
});
