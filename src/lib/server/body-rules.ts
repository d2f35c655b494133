/**
 * The API's rules for a JSON request body, free of any framework so that the SvelteKit endpoints and
 * the production server's direct handler apply the same ones: a JSON content type (415), at most
 * 64 KB (413), valid JSON (400). Errors take the API's shape, {"errors":[{"path","message"}]}.
 */
export const MAX_BODY_BYTES = 64 * 1024;

/** How much of an oversized body is read and thrown away so that the 413 reaches the client. */
export const DISCARD_BYTES = 1024 * 1024;

import type { Problem } from '../law/problem';

export type Answer = { status: number; body: unknown };

export const problemAnswer = (status: number, errors: Problem[]): Answer => ({
  status,
  body: { errors },
});

export function isJsonContentType(header: string | null | undefined): boolean {
  const type = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

export const UNSUPPORTED: Answer = problemAnswer(415, [
  { path: '(body)', message: 'send the situation as JSON with Content-Type: application/json' },
]);
export const TOO_LARGE: Answer = problemAnswer(413, [
  { path: '(body)', message: `the body is larger than ${MAX_BODY_BYTES / 1024} KB` },
]);
export const UNREADABLE: Answer = problemAnswer(400, [
  { path: '(body)', message: 'the body could not be read' },
]);

/**
 * One rule for a byte-order mark, everywhere (API, CLI, uploaded answers): a leading U+FEFF, which
 * some Windows editors write at the start of UTF-8 files, is not part of the JSON and is ignored.
 */
export const stripBom = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; answer: Answer } {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) };
  } catch (e) {
    return {
      ok: false,
      answer: problemAnswer(400, [
        { path: '(body)', message: `invalid JSON: ${(e as Error).message}` },
      ]),
    };
  }
}
