/** The Tigrinya font subset shipped with the site covers every Ethiopic letter the interface uses. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tigrinyaInterfaceCharacters } from '../../src/lib/i18n/ethiopic';
import { coverage } from './woff2-cmap';

describe('Ethiopic font subset', () => {
  const has = coverage(readFileSync('static/fonts/noto-sans-ethiopic-ti.woff2'));

  it('has a glyph for every Ethiopic character of the Tigrinya interface', () => {
    const chars = tigrinyaInterfaceCharacters();
    expect(chars.length).toBeGreaterThan(100);
    expect(chars.filter((c) => !has(c.codePointAt(0)!))).toEqual([]);
  });

  it('has no glyph for characters outside the subset', () => {
    expect(has('A'.codePointAt(0)!) || has(0x4e00)).toBe(false);
  });

  it('stays small', () => {
    expect(readFileSync('static/fonts/noto-sans-ethiopic-ti.woff2').length).toBeLessThan(24_000);
  });
});
