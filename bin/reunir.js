#!/usr/bin/env node
// The `reunir` command line, compiled by `npm run build` into build/node/cli.js (no TypeScript is
// compiled when it runs, so it starts fast).
import { existsSync } from 'node:fs';

const cli = new URL('../build/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('reunir: the command line is not built yet; run `npm run build` first\n');
  process.exit(1);
}
await import(cli.href);
