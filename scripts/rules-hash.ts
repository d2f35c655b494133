/**
 * The content hash behind the rules version: every source file and parameter file of the law core
 * (src/lib/law), path and content, in a fixed order. The generated version module itself is left out.
 * Shared by scripts/rules-version.ts, which writes the module, and the test that checks it is current.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAW_DIR = fileURLToPath(new URL('../src/lib/law', import.meta.url));
export const VERSION_FILE = join(LAW_DIR, 'rules-version.ts');

export function lawFiles(): string[] {
  return readdirSync(LAW_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|json)$/.test(f))
    .map((f) => join(LAW_DIR, f))
    .filter((f) => f !== VERSION_FILE)
    .sort();
}

export function rulesHash(): string {
  const hash = createHash('sha256');
  for (const file of lawFiles()) {
    hash.update(relative(LAW_DIR, file).split('\\').join('/'));
    hash.update('\0');
    hash.update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex');
}
