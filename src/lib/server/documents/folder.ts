/**
 * Where the document files live: the Typst templates, the fonts and the compile worker. From the
 * sources (tsx, tests, dev server) they are beside this module; `npm run build` copies them to
 * build/node/documents beside the compiled command line (vite.node.config.ts); the SvelteKit build
 * finds them in the repository's src/lib/server/documents. Each folder above this module is tried,
 * then the working directory (the production server runs from the repository's root).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCE = join('src', 'lib', 'server', 'documents');
let found: string | undefined;

function candidates(): string[] {
  const out = [];
  let dir = dirname(fileURLToPath(import.meta.url));
  out.push(dir);
  for (;;) {
    out.push(join(dir, 'documents'), join(dir, SOURCE));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  out.push(resolve(SOURCE));
  return out;
}

export function documentsDir(): string {
  if (found) return found;
  const tried = candidates();
  found = tried.find((d) => existsSync(join(d, 'templates', 'common.typ')));
  if (!found) throw new Error('document templates not found (src/lib/server/documents)');
  return found;
}
