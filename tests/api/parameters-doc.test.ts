/** docs/parameters.md lists every parameter of the store, and every SMIC value with its date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parameters } from '$lib/law';
import { store } from '$lib/law/parameters';

const doc = readFileSync(join(import.meta.dirname, '../../docs/parameters.md'), 'utf8');

it('documents every parameter of the store and every SMIC value', () => {
  const rows = doc.split('\n').filter((l) => l.startsWith('| '));
  for (const id of Object.keys(parameters.rules)) {
    for (const v of parameters.rules[id as keyof typeof parameters.rules].values)
      expect(
        rows.some((r) => r.includes(`\`${id}\``) && r.includes(v.from)),
        `${id} ${v.from}`,
      ).toBe(true);
  }
  for (const [id, p] of Object.entries(store)) {
    if (id.startsWith('smic')) continue;
    for (const v of p.values)
      expect(
        rows.some((r) => r.includes(`\`${id}\``) && r.includes(v.from)),
        `${id} ${v.from}`,
      ).toBe(true);
  }
  for (const v of parameters.smic.values) {
    const row = rows.find((r) => new RegExp(`^\\| ${v.from} +\\|`).test(r));
    expect(row, `SMIC from ${v.from}`).toBeDefined();
    expect(row).toContain(v.value.monthlyNet.toFixed(2));
    expect(row).toContain(v.confidence);
  }
});
