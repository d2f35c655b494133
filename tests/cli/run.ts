/** Runs the real `reunir` binary, as a user would, and captures what it prints. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const EXAMPLES = join(ROOT, 'tests/contract-examples');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function reunir(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/reunir.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** No stack trace: no "    at fn (file:line)" frames and no Node error banner. */
export const STACK_TRACE = /^\s+at .+[:(]\d+|node:internal|Error: .*\n\s+at /m;
