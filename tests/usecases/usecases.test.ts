/** The use cases: one shape of result, located problems, one mapping of uncovered dates. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFile, evaluate, readFileInput, writeLetter } from '../../src/lib/usecases';

const example = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '../contract-examples', `${name}.situation.json`),
      'utf8',
    ),
  ) as Record<string, unknown>;

describe('evaluate', () => {
  it('gives the situation and its assessment', () => {
    const r = evaluate(example('03-refugee-spouse-and-children'), { today: '2026-03-10' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.assessment.members.length).toBe(r.value.situation.members.length);
  });

  it('locates each problem at its path', () => {
    const r = evaluate({ sponsor: { status: 'knight' }, members: [] }, { today: '2026-03-10' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('sponsor.status');
  });

  it('says at `date` when the rules do not cover it, and asks the clock only without a date', () => {
    const s = { ...example('03-refugee-spouse-and-children') };
    delete s.date;
    const early = evaluate(s, { today: () => '2019-06-01' });
    expect(early).toEqual({
      ok: false,
      errors: [{ path: 'date', message: expect.stringContaining('2020-01-01') }],
    });
    const dated = evaluate(
      { ...s, date: '2026-03-10' },
      {
        today: () => {
          throw new Error('the clock was asked');
        },
      },
    );
    expect(dated.ok).toBe(true);
  });
});

describe('the file', () => {
  it('places the problems of the situation under `situation` and those of the events under `events`', () => {
    const r = readFileInput(
      { situation: { sponsor: {} }, events: { nothing: '2026-01-01' }, extra: 1 },
      '2026-03-10',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.errors.map((e) => e.path);
    expect(paths).toContain('extra');
    expect(paths.some((p) => p.startsWith('situation.sponsor'))).toBe(true);
    expect(paths.some((p) => p.startsWith('events'))).toBe(true);
  });

  it('builds the dossier, and a letter from the same input', () => {
    const body = { situation: example('03-refugee-spouse-and-children') };
    const file = buildFile(body, '2026-03-10');
    expect(file.ok && file.value.checklist.procedures.length).toBeGreaterThan(0);
    const input = readFileInput(body, '2026-03-10');
    if (!input.ok) throw new Error('the example is valid');
    const letter = writeLetter('crrv-appeal', input.value, 'fr');
    // a CRRV appeal needs the refusal's notification date
    expect(letter.ok).toBe(false);
    if (!letter.ok) expect(letter.errors.map((e) => e.path).join(' ')).toMatch(/events\./);
  });
});
