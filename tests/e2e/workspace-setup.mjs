// Before the browser tests' server starts: the accounts of tests/e2e/workspace-accounts.json, made
// with the command line on the server's own empty data directory (REUNIR_DATA_DIR).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { password, accounts } = JSON.parse(
  readFileSync(new URL('./workspace-accounts.json', import.meta.url), 'utf8'),
);
for (const a of accounts)
  execFileSync(
    'node',
    [
      'bin/reunir.js',
      'users',
      'add',
      '--org',
      a.org,
      '--email',
      a.email,
      '--role',
      a.role,
      '--password-stdin',
    ],
    { input: password, stdio: ['pipe', 'inherit', 'inherit'] },
  );
