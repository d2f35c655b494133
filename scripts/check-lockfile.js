// Fails when package-lock.json is not what npm makes of package.json: runs
// `npm install --package-lock-only` on copies in a temporary directory (the working tree is never
// touched) and compares. A stale lockfile would make `npm ci` fail on a fresh machine.
//   node scripts/check-lockfile.js
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'reunir-lockfile-'));
try {
  for (const file of ['package.json', 'package-lock.json', '.npmrc'])
    if (existsSync(join(root, file))) copyFileSync(join(root, file), join(copy, file));
  const npm = process.env.npm_execpath;
  const [command, args] = npm?.endsWith('.js') ? [process.execPath, [npm]] : ['npm', []];
  execFileSync(
    command,
    [...args, 'install', '--package-lock-only', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const before = readFileSync(join(root, 'package-lock.json'), 'utf8');
  const after = readFileSync(join(copy, 'package-lock.json'), 'utf8');
  if (before !== after) {
    const a = before.split('\n');
    const b = after.split('\n');
    const at = a.findIndex((line, i) => line !== b[i]);
    console.error(
      `package-lock.json is out of date with package.json (first difference at line ${at + 1}):\n` +
        `  committed: ${a[at]?.trim()}\n  npm makes: ${b[at]?.trim()}\n` +
        'Run `npm install --no-audit --no-fund` and commit package-lock.json.',
    );
    process.exit(1);
  }
  console.log('package-lock.json matches package.json');
} finally {
  rmSync(copy, { recursive: true, force: true });
}
