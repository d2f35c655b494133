/**
 * The characters a WOFF2 font has glyphs for, read from its cmap table (WOFF2: W3C Recommendation,
 * section 5; cmap formats 4 and 12: OpenType specification). Enough to check a shipped subset.
 */
import { brotliDecompressSync } from 'node:zlib';

const GLYF = 10;
const LOCA = 11;

function base128(bytes: Buffer, at: { pos: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const b = bytes[at.pos++]!;
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) return value;
  }
  throw new Error('bad UIntBase128');
}

/** The raw cmap table of a WOFF2 file. */
function cmapTable(woff2: Buffer): Buffer {
  if (woff2.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 file');
  const numTables = woff2.readUInt16BE(12);
  const compressedSize = woff2.readUInt32BE(20);
  const at = { pos: 48 };
  const tables: { tag: number; length: number }[] = [];
  for (let i = 0; i < numTables; i++) {
    const flags = woff2[at.pos++]!;
    const tag = flags & 0x3f;
    if (tag === 63) at.pos += 4;
    const version = flags >> 6;
    const origLength = base128(woff2, at);
    const transformed = tag === GLYF || tag === LOCA ? version === 0 : version !== 0;
    tables.push({ tag, length: transformed ? base128(woff2, at) : origLength });
  }
  const data = brotliDecompressSync(woff2.subarray(at.pos, at.pos + compressedSize));
  let offset = 0;
  for (const t of tables) {
    if (t.tag === 0) return data.subarray(offset, offset + t.length);
    offset += t.length;
  }
  throw new Error('no cmap table');
}

/** Whether the font maps a code point to a glyph other than .notdef. */
export function coverage(woff2: Buffer): (codePoint: number) => boolean {
  const cmap = cmapTable(woff2);
  const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const full = subtables.find((s) => s.platform === 3 && s.encoding === 10);
  if (full && cmap.readUInt16BE(full.offset) === 12) {
    const t = cmap.subarray(full.offset);
    const groups = Array.from({ length: t.readUInt32BE(12) }, (_, i) => ({
      start: t.readUInt32BE(16 + i * 12),
      end: t.readUInt32BE(20 + i * 12),
    }));
    return (cp) => groups.some((g) => cp >= g.start && cp <= g.end);
  }
  const bmp = subtables.find((s) => s.platform === 3 && s.encoding === 1);
  if (!bmp || cmap.readUInt16BE(bmp.offset) !== 4) throw new Error('no Unicode cmap subtable');
  const t = cmap.subarray(bmp.offset);
  const segments = t.readUInt16BE(6) / 2;
  const ends = 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  return (cp) => {
    for (let i = 0; i < segments; i++) {
      if (cp > t.readUInt16BE(ends + i * 2)) continue;
      const start = t.readUInt16BE(starts + i * 2);
      if (cp < start) return false;
      const delta = t.readUInt16BE(deltas + i * 2);
      const range = t.readUInt16BE(ranges + i * 2);
      if (range === 0) return ((cp + delta) & 0xffff) !== 0;
      const glyph = t.readUInt16BE(ranges + i * 2 + range + (cp - start) * 2);
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  };
}
