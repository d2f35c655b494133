/**
 * The rules for inputs that every edge shares: a byte-order mark is ignored (API bodies, CLI files,
 * uploaded answers), and a filing date must lie in the range the parameters cover, up to two years
 * after their last check (later dates would be a guess).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverage, filingDateRange, parameters, validateSituation } from '$lib/law';
import { plusDays } from '$lib/law/dates';
import { parseJson } from '$lib/server/body-rules';
import { parseSavedFile, savedFile } from '$lib/interview/answers';

const situation = JSON.parse(
  readFileSync('tests/contract-examples/01-regroupement-conditions-met.situation.json', 'utf8'),
);

describe('a byte-order mark', () => {
  it('is ignored by the API body rules', () => {
    expect(parseJson(`\uFEFF${JSON.stringify(situation)}`)).toEqual({ ok: true, value: situation });
    expect(parseJson('\uFEFF\uFEFF{}').ok).toBe(false);
  });

  it('is ignored in an uploaded answers file (read as the form upload reads it)', async () => {
    const text = savedFile({ sponsor: { status: { status: 'refugee' } }, members: [] });
    const file = new File([`\uFEFF${text}`], 'reunir-answers.json');
    expect(parseSavedFile(await file.text())).toEqual(parseSavedFile(text));
    expect(parseSavedFile(text)).toBeDefined();
  });
});

describe('the range of filing dates', () => {
  const { from, until } = filingDateRange();
  const at = (date: string) =>
    validateSituation({ date, sponsor: { status: 'refugee' }, members: [] });

  it('runs from the first covered day to two years after the last check', () => {
    expect(from).toBe(coverage(parameters).from);
    expect(Number(until.slice(0, 4)) - Number(coverage(parameters).verifiedOn.slice(0, 4))).toBe(2);
  });

  it('accepts both ends, refuses the days beyond, with a clear message', () => {
    expect(at(from).ok).toBe(true);
    expect(at(until).ok).toBe(true);
    expect(at(plusDays(from, -1))).toEqual({
      ok: false,
      errors: [{ path: 'date', message: `reunir's rules cover dates from ${from}` }],
    });
    for (const date of [plusDays(until, 1), '9999-12-31']) {
      const checked = at(date);
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.errors).toHaveLength(1);
        expect(checked.errors[0]?.path).toBe('date');
        expect(checked.errors[0]?.message).toContain(`up to ${until}`);
      }
    }
  });
});
