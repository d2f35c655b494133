/** The Tigrinya font subset shipped with the site covers every Ethiopic letter the interface uses. */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { tigrinyaInterfaceCharacters } from '../../src/lib/i18n/ethiopic';

describe('Ethiopic font subset', () => {
  const font = fontkit.create(readFileSync('static/fonts/noto-sans-ethiopic-ti.woff2'));

  it('has a glyph for every Ethiopic character of the Tigrinya interface', () => {
    const chars = tigrinyaInterfaceCharacters();
    expect(chars.length).toBeGreaterThan(100);
    expect(chars.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!))).toEqual([]);
  });

  it('stays small', () => {
    expect(readFileSync('static/fonts/noto-sans-ethiopic-ti.woff2').length).toBeLessThan(24_000);
  });
});
