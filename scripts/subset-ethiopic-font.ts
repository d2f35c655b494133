/**
 * Cuts Noto Sans Ethiopic (SIL Open Font License) down to the characters Tigrinya pages use: the
 * interface (catalogs, Intl) and the guide and glossary in Tigrinya, (Ethiopic punctuation included; Latin punctuation and digits come from the system font).
 * Needs pyftsubset with brotli (Debian: fonttools, python3-brotli) and the font from fonts-noto-core.
 *   npx tsx scripts/subset-ethiopic-font.ts [path/to/NotoSansEthiopic-Regular.ttf]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ethiopicCharacters, tigrinyaInterfaceCharacters } from '../src/lib/i18n/ethiopic';

const source = process.argv[2] ?? '/usr/share/fonts/truetype/noto/NotoSansEthiopic-Regular.ttf';
const content = ['src/lib/content/glossary/ti.json', 'src/lib/content/generated/ti.json'];
const pages = 'src/lib/content/pages/ti';
if (existsSync(pages)) for (const f of readdirSync(pages)) content.push(join(pages, f));
const texts = content.filter(existsSync).map((f) => readFileSync(f, 'utf8'));
const chars = new Set([...tigrinyaInterfaceCharacters(), ...ethiopicCharacters(texts)]);
const codepoints = [...chars].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
const out = 'static/fonts/noto-sans-ethiopic-ti.woff2';
execFileSync('pyftsubset', [
  source,
  `--unicodes=${codepoints.join(',')}`,
  '--flavor=woff2',
  '--layout-features=*',
  '--no-hinting',
  '--desubroutinize',
  `--output-file=${out}`,
]);
writeFileSync('static/fonts/noto-sans-ethiopic-ti.txt', `${[...chars].sort().join('')}\n`);
console.log(`${out}: ${chars.size} characters, ${readFileSync(out).length} bytes`);
