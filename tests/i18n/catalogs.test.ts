/** The catalog check CI runs: every language against the French source, the source against the law. */
import { describe, expect, it } from 'vitest';
import { checkAllCatalogs, requiredLawKeys } from '../../src/lib/i18n/check';

describe('message catalogs', () => {
  it('have every key, valid ICU, the same placeholders and every plural category', () => {
    expect(checkAllCatalogs().map((p) => `${p.locale}/${p.area} ${p.key}: ${p.problem}`)).toEqual(
      [],
    );
  });

  it('require what the engine’s types can give: reasons, warnings, conditions, missing facts', () => {
    expect(requiredLawKeys()).toEqual(
      expect.arrayContaining([
        'reason.spouse_union_after_asylum',
        'warning.parameters_may_be_outdated',
        'condition.housing.title',
        'fact.sponsor.housing.surfaceM2',
        'fact.birthDate',
      ]),
    );
  });
});
