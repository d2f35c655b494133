/**
 * Reading situations for the CLI as a stream: a file or standard input holding either one JSON value
 * or JSON Lines (one JSON object per line). Problems are reported as {path, message}, like the HTTP
 * API. A leading byte-order mark is accepted, as everywhere in reunir.
 *
 * The input is read line by line, never whole: a batch of any size takes the same memory. Up to
 * SINGLE_LIMIT bytes are held to decide what the input is (below).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Problem } from '../lib/law/problem';
import { stripBom } from '../lib/server/body-rules';

export type InputRecord =
  { line: number; ok: true; value: unknown } | { line: number; ok: false; errors: Problem[] };

export type Input =
  { mode: 'single'; record: InputRecord } | { mode: 'lines'; records: AsyncIterable<InputRecord> };

/** One JSON value (a situation, pretty-printed or not) is at most this long; longer input is JSON Lines. */
export const SINGLE_LIMIT = 1024 * 1024;

const READ_ERRORS: { [code: string]: string } = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'is a directory, not a file',
};

/** The file or standard input could not be read (before or in the middle of a batch). */
export class ReadError extends Error {
  readonly problem: Problem;
  constructor(file: string, e: unknown) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const why = READ_ERRORS[code] ?? (e as Error).message;
    super(why);
    this.problem = { path: file === '-' ? '(stdin)' : file, message: `cannot read: ${why}` };
  }
}

type Line = { content: string; line: number };

async function* linesOf(file: string): AsyncGenerator<Line> {
  const stream = file === '-' ? process.stdin : createReadStream(file);
  const reader = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const content of reader) {
      line += 1;
      yield { content: line === 1 ? stripBom(content) : content, line };
    }
  } catch (e) {
    throw new ReadError(file, e);
  } finally {
    reader.close();
    if (stream !== process.stdin) stream.destroy();
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

const blank = (l: Line) => l.content.trim() === '';

const isObject = (r: InputRecord) =>
  r.ok && typeof r.value === 'object' && r.value !== null && !Array.isArray(r.value);

async function* records(
  held: Line[],
  rest: AsyncIterator<Line> | null,
): AsyncGenerator<InputRecord> {
  for (const l of held) if (!blank(l)) yield parse(l.content, l.line);
  if (!rest) return;
  for (let next = await rest.next(); !next.done; next = await rest.next())
    if (!blank(next.value)) yield parse(next.value.content, next.value.line);
}

/**
 * What the input is:
 * - one JSON value when the whole input (up to SINGLE_LIMIT) parses as one;
 * - JSON Lines when it does not, has several non-empty lines and at least one of them is a JSON
 *   object on its own, whatever the first line holds (a bad first line is reported with its number
 *   and the others are assessed), and always when it is longer than SINGLE_LIMIT;
 * - otherwise one invalid JSON value, reported once.
 * Throws ReadError when the file cannot be read.
 */
export async function readInput(file: string): Promise<Input> {
  const lines = linesOf(file)[Symbol.asyncIterator]();
  const held: Line[] = [];
  let size = 0;
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    held.push(next.value);
    size += next.value.content.length + 1;
    if (size > SINGLE_LIMIT) return { mode: 'lines', records: records(held, lines) };
  }
  const text = held.map((l) => l.content).join('\n');
  if (text.trim() === '') {
    return {
      mode: 'single',
      record: {
        line: 1,
        ok: false,
        errors: [{ path: '(input)', message: 'empty input: expected a JSON situation' }],
      },
    };
  }
  const whole = parse(text, 1);
  if (whole.ok) return { mode: 'single', record: whole };
  const filled = held.filter((l) => !blank(l));
  if (filled.length > 1 && filled.some((l) => isObject(parse(l.content, l.line))))
    return { mode: 'lines', records: records(held, null) };
  return { mode: 'single', record: whole };
}
