/**
 * The Noto Sans files shipped in ./fonts (SIL Open Font License, see fonts/OFL.txt). They are read from
 * beside this module (CLI, tests, dev server) or from the repository when the server runs a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FontName = 'NotoSans-Regular.ttf' | 'NotoSans-Bold.ttf';

const cache = new Map<FontName, Uint8Array>();

function candidates(name: FontName): string[] {
  return [
    join(dirname(fileURLToPath(import.meta.url)), 'fonts', name),
    resolve('src/lib/server/pdf/fonts', name),
  ];
}

export function fontBytes(name: FontName): Uint8Array {
  let bytes = cache.get(name);
  if (!bytes) {
    const file = candidates(name).find((p) => existsSync(p));
    if (!file) throw new Error(`font ${name} not found (looked in ${candidates(name).join(', ')})`);
    bytes = new Uint8Array(readFileSync(file));
    cache.set(name, bytes);
  }
  return bytes;
}
