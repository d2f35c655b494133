/**
 * Reading situations for the CLI: a file or standard input holding either one JSON value or JSON Lines
 * (several lines, each a JSON object). Problems are reported as {path, message}, like the HTTP API.
 */
import { readFile } from 'node:fs/promises';
import type { Problem } from '../lib/law/problem';

export type InputRecord =
  { line: number; ok: true; value: unknown } | { line: number; ok: false; errors: Problem[] };

export type Input =
  { mode: 'single'; record: InputRecord } | { mode: 'lines'; records: InputRecord[] };

const READ_ERRORS: { [code: string]: string } = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readSource(
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; errors: Problem[] }> {
  try {
    return { ok: true, text: file === '-' ? await readStdin() : await readFile(file, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = READ_ERRORS[code] ?? (e as Error).message;
    return {
      ok: false,
      errors: [{ path: file === '-' ? '(stdin)' : file, message: `cannot read: ${why}` }],
    };
  }
}

function parse(text: string, line: number): InputRecord {
  try {
    return { line, ok: true, value: JSON.parse(text) };
  } catch (e) {
    return {
      line,
      ok: false,
      errors: [{ path: '(input)', message: `invalid JSON: ${(e as Error).message}` }],
    };
  }
}

const isObject = (r: InputRecord) =>
  r.ok && typeof r.value === 'object' && r.value !== null && !Array.isArray(r.value);

/**
 * One JSON value, or JSON Lines: the text is not a single JSON value, has several non-empty lines, and
 * its first non-empty line is a JSON object on its own. Anything else is one (invalid) JSON value.
 */
export function splitInput(text: string): Input {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return {
      mode: 'single',
      record: {
        line: 1,
        ok: false,
        errors: [{ path: '(input)', message: 'empty input: expected a JSON situation' }],
      },
    };
  }
  const whole = parse(body, 1);
  if (whole.ok) return { mode: 'single', record: whole };
  const lines = body
    .split(/\r?\n/)
    .map((content, i) => ({ content, line: i + 1 }))
    .filter((l) => l.content.trim() !== '');
  const first = lines[0];
  if (lines.length > 1 && first && isObject(parse(first.content, first.line))) {
    return { mode: 'lines', records: lines.map((l) => parse(l.content, l.line)) };
  }
  return { mode: 'single', record: whole };
}
