/**
 * The six examples of the assessment contract: each situation gives (at least) the procedure, the
 * member verdicts and routes, and the regroupement thresholds listed in its .expected.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { assess, validateSituation } from '../src/lib/law';

const dir = fileURLToPath(new URL('./contract-examples', import.meta.url));
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.situation.json'))
  .map((f) => f.replace('.situation.json', ''))
  .sort();

interface Expected {
  procedure?: string | null;
  redirect?: string | null;
  thresholds?: Record<string, number>;
  members?: { id: string; verdict?: string; procedure?: string | null }[];
}

const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('contract examples', () => {
  it('are all there', () => {
    expect(names).toHaveLength(6);
  });

  for (const name of names) {
    it(name, () => {
      const v = validateSituation(read(`${name}.situation.json`));
      if (!v.ok) throw new Error(`invalid situation: ${JSON.stringify(v.errors)}`);
      const a = assess(v.situation);
      const expected = read(`${name}.expected.json`) as Expected;

      if ('procedure' in expected) expect(a.procedure).toBe(expected.procedure);
      if ('redirect' in expected) expect(a.redirect).toBe(expected.redirect);
      if (expected.thresholds) {
        const t = a.procedures.find((p) => p.thresholds)?.thresholds;
        expect(t).toMatchObject(expected.thresholds);
      }
      for (const m of expected.members ?? []) {
        const got = a.members.find((r) => r.id === m.id);
        expect(got, `member ${m.id}`).toBeDefined();
        expect({ id: got?.id, verdict: got?.verdict, procedure: got?.procedure }).toMatchObject(m);
      }
    });
  }
});
