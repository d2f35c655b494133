/** What the command line prints is made safe for a terminal (src/cli/output.ts). */
import { describe, expect, it } from 'vitest';
import { oneLine, printable } from '../../src/cli/output';

describe('printable', () => {
  it('escapes controls, C1 controls and bidi overrides; keeps tabs, line feeds and isolates', () => {
    expect(printable('a\u001b[2Jb\u0007c\r\nd\u0000\u007f\u0085\u202eé\u2066')).toBe(
      'a\\x1B[2Jb\\x07c\\x0D\nd\\x00\\x7F\\x85\\u202Eé\\u2066',
    );
    expect(printable('Nom\t:\n\u2068محمد\u2069')).toBe('Nom\t:\n\u2068محمد\u2069');
  });

  it('an error becomes its first line, escaped', () => {
    expect(oneLine(new Error('EIO: \u001b]0;x\nat stack'))).toBe('EIO: \\x1B]0;x');
  });
});
