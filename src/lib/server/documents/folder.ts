/**
 * Where the document files live: the Typst templates, the fonts and the compile worker. They are read
 * from beside this module (CLI, tests, dev server) or from the repository when the server runs a
 * build (it starts from the repository's root).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let found: string | undefined;

export function documentsDir(): string {
  if (found) return found;
  const candidates = [dirname(fileURLToPath(import.meta.url)), resolve('src/lib/server/documents')];
  found = candidates.find((d) => existsSync(join(d, 'templates', 'common.typ')));
  if (!found) throw new Error(`document templates not found (looked in ${candidates.join(', ')})`);
  return found;
}
