/** The catalog check CI runs: every language against the French source. */
import { describe, expect, it } from 'vitest';
import { checkAllCatalogs } from '../../src/lib/i18n/check';

describe('message catalogs', () => {
  it('have every key, valid ICU, the same placeholders and every plural category', () => {
    expect(checkAllCatalogs().map((p) => `${p.locale}/${p.area} ${p.key}: ${p.problem}`)).toEqual(
      [],
    );
  });
});
