/**
 * A figure that is a parameter of the store (a legal period, an age, the length of a card) is written
 * once, in `src/lib/law/parameters/`, and reaches a sentence as an ICU argument: a French message that
 * types it would keep the old figure when the store changes. This scan finds every "<number> mois|an|
 * ans|jours" of the French catalogs whose number and unit are a value of the store.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../src/lib/i18n/catalogs';
import { store } from '../../src/lib/law/parameters';

const WORD: Record<string, (n: number) => string> = {
  months: () => 'mois',
  years: (n) => (n === 1 ? 'an' : 'ans'),
  days: () => 'jours',
};

/** Every "<number> <word>" the store holds, over all its dated values. */
function storeFigures(): Set<string> {
  const out = new Set<string>();
  const add = (n: unknown, unit: string | undefined) => {
    const word = unit ? WORD[unit] : undefined;
    if (typeof n === 'number' && word) out.add(`${n} ${word(n)}`);
  };
  for (const p of Object.values(store) as { unit?: string; values: { value: unknown }[] }[]) {
    for (const { value } of p.values) {
      if (typeof value !== 'object' || value === null) add(value, p.unit);
      else if ('amount' in value && 'unit' in value) add(value.amount, String(value.unit));
      else for (const v of Object.values(value)) add(v, p.unit);
    }
  }
  return out;
}

/**
 * Figures that look like parameters but are not one, each with why. A key listed here may type only
 * the figures listed with it.
 */
const NOT_PARAMETERS: Record<string, { figures: string[]; why: string }> = {};

function typedFigures(): Record<string, string[]> {
  const figures = storeFigures();
  const out: Record<string, string[]> = {};
  for (const [key, message] of Object.entries(CATALOGS.fr)) {
    const found = [...message.matchAll(/(\d+)\s(mois|ans?|jours)\b/g)]
      .map((m) => `${m[1]} ${m[2]}`)
      .filter((f) => figures.has(f));
    if (found.length) out[key] = [...new Set(found)].sort();
  }
  return out;
}

describe('figures in the French catalogs', () => {
  const typed = typedFigures();

  it('type no figure of the parameter store', () => {
    const unexpected = Object.entries(typed).filter(([key, found]) => {
      const allowed = NOT_PARAMETERS[key]?.figures ?? [];
      return found.some((f) => !allowed.includes(f));
    });
    expect(Object.fromEntries(unexpected)).toEqual({});
  });

  it('keep no stale entry in the list of exceptions', () => {
    const listed = Object.fromEntries(
      Object.entries(NOT_PARAMETERS).map(([k, v]) => [k, v.figures]),
    );
    const stale = Object.entries(listed).filter(
      ([key, figs]) => !figs.every((f) => typed[key]?.includes(f)),
    );
    expect(stale).toEqual([]);
  });

  it('recognise a typed store figure', () => {
    expect(storeFigures().has('18 ans')).toBe(true);
    expect(storeFigures().has('2 mois')).toBe(true);
    expect(storeFigures().has('1 an')).toBe(true);
    expect(storeFigures().has('10 ans')).toBe(true);
  });
});
