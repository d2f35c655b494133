#!/usr/bin/env node
// The `reunir` command line, compiled by `npm run build` into build/node/cli.js (no TypeScript is
// compiled when it runs, so it starts fast).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The workspace's embedded storage is the server's (scripts/start.js runs from the repository's
// root, so its default `data` is there), wherever the command is run from.
if (!process.env.DATABASE_URL && !process.env.REUNIR_DATA_DIR)
  process.env.REUNIR_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url));

const cli = new URL('../build/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('reunir: the command line is not built yet; run `npm run build` first\n');
  process.exit(1);
}
await import(cli.href);
