/**
 * Whatever a person types, every document is a PDF or a clear refusal, never a crash; and the engine
 * refuses at once, rather than queueing without end, when too many documents are waiting.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDossier, buildLetter, type Dossier, LETTER_KINDS } from '../../src/lib/dossier';
import { LOCALES } from '../../src/lib/i18n';
import {
  DocumentEngine,
  DocumentFailed,
  DocumentsBusy,
} from '../../src/lib/server/documents/engine';
import { letterPdf } from '../../src/lib/server/documents/letter';
import { pdfResponse } from '../../src/lib/server/documents/respond';
import { summaryPdf, summaryData } from '../../src/lib/server/documents/summary';
import { clean, templateData } from '../../src/lib/server/documents/text';
import { readFileInput } from '../../src/lib/usecases';
import { example } from './helpers';

const today = '2026-09-20';
const refugee = {
  situation: example('03-refugee-spouse-and-children'),
  events: { visaApplicationLodged: '2026-03-10', visaRefusalNotified: '2026-09-15' },
};
const resident = {
  situation: example('01-regroupement-conditions-met'),
  events: { fileCompleteAtOfii: '2025-12-01', regroupementRefusalNotified: '2026-05-10' },
};
const silent = {
  situation: example('01-regroupement-conditions-met'),
  events: { fileCompleteAtOfii: '2025-12-01' },
};
const FOR_LETTER = {
  'crrv-appeal': refugee,
  'regroupement-appeal': resident,
  'implicit-refusal-reasons': silent,
  'refugee-families-office': refugee,
  'money-transfer-statement': refugee,
  'ofii-cover-letter': resident,
} as const;

describe('text handed to the templates', () => {
  it('keeps letters, marks and line breaks; drops controls and overrides; mends lone surrogates', () => {
    expect(clean('Z\u0337 ሰላም زينب\nx')).toBe('Z\u0337 ሰላም زينب\nx');
    expect(clean('a\u0000b\u0007c\u001b[2Jd\r\ne\tf')).toBe('abc[2Jd\ne f');
    expect(clean('Ali\u202eevil')).toBe('Alievil');
    expect(clean('\ud800x\udc00')).toBe('\ufffdx\ufffd');
    expect(clean('👨‍👩‍👧')).toBe('👨‍👩‍👧');
    expect(JSON.parse(templateData({ a: ['\ud83d'] }))).toEqual({ a: ['\ufffd'] });
  });
});

/** Characters people type, and the ones that broke documents before. */
const character = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }),
  fc.integer({ min: 0x0300, max: 0x036f }),
  fc.constantFrom(0x0334, 0x0335, 0x0336, 0x0337, 0x0338),
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0x1200, max: 0x137f }),
  fc.integer({ min: 0x0400, max: 0x04ff }),
  fc.integer({ min: 0x4e00, max: 0x4fff }),
  fc.integer({ min: 0x1f300, max: 0x1faff }),
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x2000, max: 0x206f }),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0, max: 0x10ffff }),
);
const text = fc
  .array(character, { minLength: 1, maxLength: 70 })
  .map((cps) => cps.map((cp) => String.fromCodePoint(cp)).join(''));

function renamed(base: { situation: unknown; events: object }, names: string[]) {
  const situation = structuredClone(base.situation) as { members: { id: string }[] };
  situation.members.forEach((m, i) => (m.id = names[i] ?? m.id));
  return { situation, events: base.events };
}

/** The dossier with the members called by these names, as the web shows the names typed. */
function called(dossier: Dossier, names: Record<string, string>): Dossier {
  const name = (id: string) => names[id] ?? id;
  return {
    ...dossier,
    assessment: {
      ...dossier.assessment,
      members: dossier.assessment.members.map((m) => ({ ...m, id: name(m.id) })),
    },
    deadlines: {
      ...dossier.deadlines,
      deadlines: dossier.deadlines.deadlines.map((d) =>
        d.memberId ? { ...d, memberId: name(d.memberId) } : d,
      ),
    },
  };
}

describe('any typed text gives a PDF or a clear refusal', () => {
  const documents = [...LETTER_KINDS, 'summary'] as const;
  for (const kind of documents) {
    it(kind, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(text, { minLength: 4, maxLength: 4 }),
          fc.constantFrom(...LOCALES),
          async (typed, locale) => {
            const base = kind === 'summary' ? refugee : FOR_LETTER[kind];
            // As member ids (API, CLI): accepted, or refused field by field.
            const asIds = readFileInput(renamed(base, typed), today);
            if (!asIds.ok) expect(asIds.errors.every((e) => e.path && e.message)).toBe(true);
            // As the names typed on the web, which reach the documents whatever they hold.
            const input = readDossierOrThrow(base);
            const names = Object.fromEntries(
              input.situation.members.map((m, i) => [m.id, typed[i] ?? '']),
            );
            let pdf: Uint8Array;
            if (kind === 'summary')
              pdf = await summaryPdf(called(buildDossier(input), names), locale, today);
            else {
              const built = buildLetter(kind, { ...input, locale: 'fr', names });
              expect(built.ok).toBe(true);
              if (!built.ok) return;
              pdf = await letterPdf(built.letter, today);
            }
            expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
          },
        ),
        { numRuns: 30 },
      );
    });
  }
});

describe('names no form would accept still give a PDF', () => {
  it('a 10,000-character name, in the summary and in a letter', { timeout: 30_000 }, async () => {
    const read = readDossierOrThrow(refugee);
    const long = 'ሰላም'.repeat(2000) + ' زينب'.repeat(800) + 'x'.repeat(2000);
    expect(long.length).toBeGreaterThanOrEqual(10_000);
    const dossier = buildDossier(read);
    const named = {
      ...dossier,
      assessment: {
        ...dossier.assessment,
        members: dossier.assessment.members.map((m) => ({ ...m, id: long })),
      },
    };
    const summary = await summaryPdf(named, 'ar', today);
    const letter = buildLetter('crrv-appeal', {
      ...read,
      locale: 'fr',
      names: Object.fromEntries(read.situation.members.map((m) => [m.id, long])),
    });
    if (!letter.ok) throw new Error('letter not built');
    for (const pdf of [summary, await letterPdf(letter.letter, today)])
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});

describe('a document that cannot be made', () => {
  const answer = (make: () => Promise<Uint8Array>) =>
    pdfResponse(make, {
      filename: 'x.pdf',
      failed: (status) => Response.json({ errors: [{ path: '(server)' }] }, { status }),
    });

  it('is a 503 with Retry-After when the engine is busy, a 500 when it failed', async () => {
    const busy = await answer(() => Promise.reject(new DocumentsBusy()));
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    const failed = await answer(() => Promise.reject(new DocumentFailed('broken')));
    expect(failed.status).toBe(500);
    expect(failed.headers.get('retry-after')).toBeNull();
    expect(await failed.json()).toEqual({ errors: [{ path: '(server)' }] });
    const ok = await answer(() => Promise.resolve(new Uint8Array([37, 80, 68, 70])));
    expect(ok.headers.get('content-type')).toBe('application/pdf');
  });
});

describe('the document engine', () => {
  const engines: DocumentEngine[] = [];
  afterAll(() => Promise.all(engines.map((e) => e.close())));
  const data = templateData(summaryData(buildDossier(readDossierOrThrow(refugee)), 'fr', today));

  it('answers DocumentsBusy at once when its queue is full, and makes the others', async () => {
    const engine = new DocumentEngine({ queue: 1, timeoutMs: 30_000 });
    engines.push(engine);
    const results = await Promise.allSettled([
      engine.render('summary', data),
      engine.render('summary', data),
      engine.render('summary', data),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toBeInstanceOf(DocumentsBusy);
    expect(engine.load).toBe(0);
  });

  it('with no waiting place, makes one document at a time and refuses the others', async () => {
    const engine = new DocumentEngine({ queue: 0, timeoutMs: 30_000 });
    engines.push(engine);
    const first = await Promise.allSettled([
      engine.render('summary', data),
      engine.render('summary', data),
    ]);
    expect(first.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((await engine.render('summary', data)).length).toBeGreaterThan(1000);
  });

  it('stops a document that takes too long, and makes the next one with a new worker', async () => {
    const engine = new DocumentEngine({ queue: 4, timeoutMs: 1 });
    engines.push(engine);
    await expect(engine.render('summary', data)).rejects.toBeInstanceOf(DocumentFailed);
    const patient = new DocumentEngine({ queue: 4, timeoutMs: 30_000 });
    engines.push(patient);
    expect((await patient.render('summary', data)).length).toBeGreaterThan(1000);
  });

  it('reports a template error as DocumentFailed, not a crash', async () => {
    const engine = new DocumentEngine({ queue: 4, timeoutMs: 30_000 });
    engines.push(engine);
    await expect(engine.render('summary', '{"title": 1}')).rejects.toBeInstanceOf(DocumentFailed);
    expect((await engine.render('summary', data)).length).toBeGreaterThan(1000);
  });
});

function readDossierOrThrow(body: unknown) {
  const read = readFileInput(body, today);
  if (!read.ok) throw new Error('bad example');
  return read.value;
}
