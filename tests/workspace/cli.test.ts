/**
 * `reunir users add` on the embedded storage: the password comes from standard input, the
 * organisation is created once, a bad role or a missing --password-stdin is bad input (exit 2), a
 * taken address too; `keys rotate` runs on the same storage (its effect is tested in
 * services.test.ts); the data directory is refused while another live process holds it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKey, keyId } from '../../src/lib/server/workspace/crypto';
import { reunir } from '../helpers/server';
import { PASSWORD } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'reunir-cli-'));
const env = { REUNIR_DATA_DIR: dir };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const add = (email: string, role: string, extra: string[] = ['--password-stdin']) =>
  reunir(
    ['users', 'add', '--org', 'Accueil', '--email', email, '--role', role, ...extra],
    env,
    `${PASSWORD}\n`,
  );

describe('reunir users add', () => {
  it('adds an administrator and creates the organisation (exit 0)', () => {
    const r = add('admin@a.example', 'admin');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('new organisation');
    const again = add('worker@a.example', 'worker');
    expect(again.status).toBe(0);
    expect(again.stdout).not.toContain('new organisation');
  }, 60_000);

  it('a role other than admin or worker is bad input (exit 2)', () => {
    const r = add('x@a.example', 'boss');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/admin, worker/);
  });

  it('without --password-stdin, or with a taken address or a short password: exit 2', () => {
    expect(add('y@a.example', 'worker', []).status).toBe(2);
    expect(add('admin@a.example', 'worker').status).toBe(2);
    const short = reunir(
      [
        'users',
        'add',
        '--org',
        'A',
        '--email',
        'z@a.example',
        '--role',
        'worker',
        '--password-stdin',
      ],
      env,
      'short',
    );
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('password');
  }, 60_000);

  it('keys rotate runs on the same storage and reports the key it used', () => {
    const old = readFileSync(join(dir, 'secret.key'), 'utf8').trim();
    const next = generateKey();
    const rotated = reunir(['keys', 'rotate'], { ...env, REUNIR_SECRET_KEY: `${next},${old}` });
    expect(rotated.stderr).toBe('');
    expect(rotated.status).toBe(0);
    expect(rotated.stdout).toContain(`with key ${keyId(Buffer.from(next, 'base64'))}`);
  }, 60_000);

  it('refuses a data directory another live process holds (exit 1, with the reason)', () => {
    writeFileSync(join(dir, 'reunir.lock'), String(process.pid));
    try {
      const r = add('w@a.example', 'worker');
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('in use by process');
    } finally {
      rmSync(join(dir, 'reunir.lock'));
    }
  });
});
