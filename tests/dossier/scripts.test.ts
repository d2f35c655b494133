/**
 * Documents in every script: a family whose names are written in Arabic, Dari, Tigrinya and
 * Cyrillic gets letters and summaries whose extracted text holds those names in logical order, in
 * every language, through the library, the API and the CLI; overlay marks (U+0337) give a PDF.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDossier, buildLetter } from '../../src/lib/dossier';
import { LOCALES, translate } from '../../src/lib/i18n';
import { letterPdf } from '../../src/lib/server/documents/letter';
import { summaryPdf } from '../../src/lib/server/documents/summary';
import { POST as letters } from '../../src/routes/api/v1/letters/[kind]/+server';
import { POST as summary } from '../../src/routes/api/v1/summary/+server';
import { example, input, pdfPages, pdfText, renderPage, root, tmp } from './helpers';

const today = '2026-09-20';
const events = { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' };
/** Cyrillic (Ukrainian), Arabic, Tigrinya, Dari. */
const NAMES = ['Олена Шевченко', 'زينب الأحمد', 'ሰላም ኣማል', 'فرشته احمدی'];

/** The refugee family of the contract examples, named in four scripts, every child under 19. */
function family(names: string[]) {
  const s = structuredClone(example('03-refugee-spouse-and-children')) as {
    members: { id: string; birthDate: string }[];
  };
  s.members.forEach((m, i) => (m.id = names[i] ?? m.id));
  s.members[3]!.birthDate = '2010-12-01';
  return s;
}

/** The text a reader sees: pdftotext without the direction marks it adds around right-to-left runs. */
const visible = (pdf: Uint8Array, name: string) =>
  pdfText(pdf, name)
    .replace(/[\u2066-\u2069\u202a-\u202e\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ');

const pdfLang = (pdf: Uint8Array) =>
  /\/Lang \(([^)]*)\)/.exec(Buffer.from(pdf).toString('latin1'))?.[1];

const named = input(family(NAMES), events, today);

describe('names in every script', () => {
  it('the CRRV appeal shows each name (inside its placeholder), in French', async () => {
    const built = buildLetter('crrv-appeal', { ...named, locale: 'fr' });
    if (!built.ok) throw new Error('letter not built');
    const pdf = await letterPdf(built.letter, today);
    const text = visible(pdf, 'scripts-crrv');
    for (const n of NAMES) expect(text).toContain(n);
    expect(text).toContain(`nom et prénom (${NAMES[0]})`);
    expect(pdfLang(pdf)).toBe('fr');
    expect(statSync(renderPage(pdf, 'scripts-crrv')).size).toBeGreaterThan(5000);
  });

  for (const locale of LOCALES) {
    it(`the summary in ${locale}: its own words, every name, one page`, async () => {
      const pdf = await summaryPdf(buildDossier(named), locale, today);
      const text = visible(pdf, `scripts-summary-${locale}`);
      for (const n of NAMES) expect(text).toContain(n);
      const title = translate(locale, 'dossier.summary.title').replace(/[\u2066-\u2069]/g, '');
      expect(text).toContain(title);
      expect(pdfLang(pdf)).toBe(locale);
      expect(pdfPages(pdf, `scripts-summary-${locale}`)).toBe(1);
    });
  }

  it('a name with combining overlay marks (U+0334–U+0338) gives a PDF', async () => {
    const zalgo = input(
      family(['Z\u0337a\u0334l\u0335g\u0336o\u0338', 'Ali\u0337']),
      events,
      today,
    );
    const built = buildLetter('crrv-appeal', { ...zalgo, locale: 'fr' });
    if (!built.ok) throw new Error('letter not built');
    const letter = await letterPdf(built.letter, today);
    const sum = await summaryPdf(buildDossier(zalgo), 'en', today);
    for (const [pdf, name] of [
      [letter, 'zalgo-letter'],
      [sum, 'zalgo-summary'],
    ] as const) {
      expect(visible(pdf, name)).toContain('Ali\u0337');
      // pdftotext repeats a base letter carrying several marks; the first mark is enough here.
      expect(visible(pdf, name)).toContain('Z\u0337');
    }
  });
});

function post(handler: (e: never) => Response | Promise<Response>, path: string, body: unknown) {
  const url = new URL(`http://localhost${path}`);
  const request = new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const kind = path.split('/').at(-1)!.split('?')[0];
  return Promise.resolve(handler({ request, url, params: { kind } } as never));
}

describe('the API', () => {
  it('gives letters and summaries with the names in their scripts, and U+0337 gives a PDF', async () => {
    const body = { situation: family(NAMES), events };
    const letter = await post(letters, '/api/v1/letters/crrv-appeal', body);
    expect(letter.status).toBe(200);
    const letterText = visible(new Uint8Array(await letter.arrayBuffer()), 'api-letter');
    for (const n of NAMES) expect(letterText).toContain(n);
    const sum = await post(summary, '/api/v1/summary?lang=ar', body);
    expect(sum.status).toBe(200);
    const sumText = visible(new Uint8Array(await sum.arrayBuffer()), 'api-summary');
    for (const n of NAMES) expect(sumText).toContain(n);

    const zalgo = { situation: family(['Z\u0337']), events };
    expect((await post(summary, '/api/v1/summary', zalgo)).status).toBe(200);
    expect((await post(letters, '/api/v1/letters/crrv-appeal', zalgo)).status).toBe(200);
  });

  it('refuses an unknown language with the list of the known ones', async () => {
    const res = await post(summary, '/api/v1/summary?lang=xx', { situation: family(NAMES) });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toContain('fr, en, ar, fa, ps, ti, uk, ru');
  });
});

describe('the CLI', { timeout: 60_000 }, () => {
  const file = join(tmp, 'scripts-family.json');
  writeFileSync(file, JSON.stringify({ situation: family(NAMES), events }));
  const reunir = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'bin/reunir.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
    });

  it('reunir letter and reunir summary --lang fa write the names in their scripts', () => {
    const letter = join(tmp, 'cli-scripts-letter.pdf');
    expect(reunir('letter', 'crrv-appeal', file, '--today', today, '-o', letter).status).toBe(0);
    const summaryFile = join(tmp, 'cli-scripts-summary.pdf');
    const r = reunir('summary', file, '--today', today, '--lang', 'fa', '-o', summaryFile);
    expect(r.status).toBe(0);
    for (const out of [letter, summaryFile]) {
      const text = visible(readFileSync(out), out.endsWith('letter.pdf') ? 'cli-l' : 'cli-s');
      for (const n of NAMES) expect(text).toContain(n);
    }
  });
});
