/**
 * What every command shares when it writes: the exit codes, back-pressure on standard output, a quiet
 * end when the reader closes the pipe, one-line errors, and text made safe for a terminal.
 */
import { once } from 'node:events';

export const EXIT_BAD_INPUT = 2;
export const EXIT_UNEXPECTED = 1;

/** The first line of an error's message, without its stack. */
export function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return printableLine(text.split('\n')[0] ?? '');
}

/**
 * Standard output may close before the end (`| head -1`): that ends the program quietly with 0, the
 * reader having taken what it wanted. Any other write error (a full disk) is one line and exit 1.
 */
export function guardOutput(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`reunir: cannot write the output: ${e.code ?? oneLine(e)}\n`);
    process.exit(EXIT_UNEXPECTED);
  });
  process.stderr.on('error', () => {
    // Nowhere left to report to; the exit code still tells.
  });
}

/** Writes to standard output and waits when the reader is slower than us (memory stays flat). */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/**
 * Control characters other than tab and newline, C1 controls and the bidirectional embeddings and
 * overrides (U+202A–U+202E, U+2066–U+2067), shown as escapes: a situation file cannot move the
 * cursor, clear the screen, retitle the terminal, forge a line with a carriage return, or reverse the
 * text around it. The isolates U+2068/U+2069 that the translations put around inserted values in
 * right-to-left languages stay.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066\u2067]/g;

/** One line of a message (an error on stderr): a line feed inside is escaped too. */
export const printableLine = (text: string): string => printable(text).replace(/\n/g, '\\x0A');

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase()}`;
  });
}
