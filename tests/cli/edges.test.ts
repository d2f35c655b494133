/**
 * The command line at its edges, through the built binary: a reader that closes the pipe, a batch
 * larger than the memory it may use, a bad first line, a byte-order mark, control characters in what
 * it prints, and the exit codes of every command (0 done, 2 bad input, 1 unexpected).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { EXAMPLES, reunir, ROOT, STACK_TRACE } from './run';

vi.setConfig({ testTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'reunir-cli-edges-'));
const situation = JSON.parse(
  readFileSync(join(EXAMPLES, '01-regroupement-conditions-met.situation.json'), 'utf8'),
);
const LINE = JSON.stringify(situation);

function batch(name: string, lines: number): string {
  const file = join(dir, name);
  writeFileSync(file, `${LINE}\n`.repeat(lines));
  return file;
}

function bash(script: string) {
  return spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
}

describe('reunir assess on pipes and big files', () => {
  it('`| head -1` prints one line, and reunir ends quietly with 0', () => {
    const file = batch('head.jsonl', 20_000);
    const run = bash(
      `node bin/reunir.js assess ${file} --json | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`,
    );
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout).procedure).toBe('regroupement_familial');
    expect(run.stderr.trim()).toBe('exit=0');
  });

  it('streams a batch far larger than the heap it is given, every line through a pipe', () => {
    // 60,000 situations (30 MB): read whole, the input and its records would not fit in 48 MB of heap.
    const file = batch('big.jsonl', 60_000);
    const run = bash(
      `NODE_OPTIONS=--max-old-space-size=48 node bin/reunir.js assess ${file} --json | wc -l; echo "exit=\${PIPESTATUS[0]}" >&2`,
    );
    expect(run.stderr.trim()).toBe('exit=0');
    expect(Number(run.stdout.trim())).toBe(60_000);
  });

  it('a bad first line is reported with its number, and the rest is assessed', async () => {
    const file = join(dir, 'bad-first.jsonl');
    writeFileSync(file, ['{bad', LINE, '42', LINE].join('\n'));
    const run = await reunir(['assess', file, '--json']);
    expect(run.code).toBe(2);
    const out = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ line: 1, errors: [{ path: '(input)' }] });
    expect(out[1].procedure).toBe('regroupement_familial');
    expect(out[2]).toMatchObject({ line: 3 });
    expect(out[3].procedure).toBe('regroupement_familial');
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^line 1: \(input\): invalid JSON/);
    expect(errors[1]).toMatch(/^line 3: \(root\): expected object/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('a byte-order mark is accepted, on one situation and on JSON Lines', async () => {
    const one = await reunir(
      ['assess', '-', '--json'],
      `\uFEFF${JSON.stringify(situation, null, 2)}`,
    );
    expect(one.code).toBe(0);
    const lines = await reunir(['assess', '-', '--json'], `\uFEFF${LINE}\n${LINE}\n`);
    expect(lines.code).toBe(0);
    expect(lines.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('a pretty-printed situation is still one situation, even with a member on one line', async () => {
    const text = JSON.stringify(situation, null, 2).replace(/\{\n\s+"id": "amina",[^}]*\}/, (m) =>
      m.replace(/\n\s*/g, ' '),
    );
    const run = await reunir(['assess', '-', '--json'], text);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).members).toHaveLength(situation.members.length);
  });
});

describe('control characters', () => {
  const evil = '\u001b]0;pwned\u0007\u001b[2J\r\nFAKE LINE\u202e';

  it('an id holding them is bad input, and the message shows them escaped', async () => {
    const members = situation.members.map((m: { id: string }, i: number) =>
      i === 0 ? { ...m, id: evil } : m,
    );
    for (const command of ['assess', 'checklist', 'deadlines']) {
      const run = await reunir([command, '-'], JSON.stringify({ ...situation, members }));
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('members[0].id: an id cannot hold control characters');
    }
  });

  it('a field name holding them is echoed escaped', async () => {
    const run = await reunir(['assess', '-'], JSON.stringify({ ...situation, [evil]: 1 }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'unknown field: \\x1B]0;pwned\\x07\\x1B[2J\\x0D\\x0AFAKE LINE\\u202E',
    );
    // eslint-disable-next-line no-control-regex
    expect(run.stderr.trimEnd()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });
});

describe('exit codes of every command', () => {
  const S = join(EXAMPLES, '01-regroupement-conditions-met.situation.json');
  it.each([
    ['an empty question', 2, ['ask', '']],
    ['a question over the maximum', 2, ['ask', 'x'.repeat(5000)]],
    ['an unknown command', 2, ['nope']],
    ['a missing argument', 2, ['checklist']],
    ['a filing date beyond the parameters', 2, ['assess', S, '--date', '9999-12-31']],
    ['a file that does not exist', 2, ['deadlines', join(dir, 'missing.json')]],
    ['an output path in a missing directory', 2, ['summary', S, '-o', '/nonexistent/x.pdf']],
    ['an output path that is a directory', 2, ['summary', S, '-o', dir]],
    ['help', 0, ['--help']],
    ['a command’s help', 0, ['checklist', '--help']],
    ['the version', 0, ['--version']],
  ])('%s: exit %i, no stack trace, short messages', async (_, code, args) => {
    const run = await reunir(args as string[]);
    expect(run.code).toBe(code);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    for (const line of run.stderr.split('\n')) expect(line.length).toBeLessThan(400);
  });

  it('the PDF commands find their fonts from any working directory', () => {
    const out = join(dir, 'summary.pdf');
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/reunir.js'), 'summary', S, '-o', out],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('an output path that cannot be written names the path', async () => {
    const run = await reunir(['summary', S, '-o', '/nonexistent/x.pdf']);
    expect(run.stderr.trim()).toBe('/nonexistent/x.pdf: cannot write: no such directory');
  });
});
