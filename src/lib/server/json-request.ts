/**
 * Reading a JSON request body safely: a size limit (413), a JSON content type (415), valid JSON (400).
 * Errors always take the API's shape, {"errors":[{"path","message"}]}.
 */
import { json } from '@sveltejs/kit';
import {
  type Answer,
  DISCARD_BYTES,
  isJsonContentType,
  MAX_BODY_BYTES,
  parseJson,
  TOO_LARGE,
  UNREADABLE,
  UNSUPPORTED,
} from './body-rules';
import type { Problem } from '../law/problem';

export { DISCARD_BYTES, MAX_BODY_BYTES };

export function problems(status: number, errors: Problem[]): Response {
  return json({ errors }, { status });
}

export const respond = (answer: Answer): Response => json(answer.body, { status: answer.status });
/**
 * Reads and drops the rest of an oversized body in the background. Cancelling at once would make the
 * Node adapter destroy the socket, and the client would see a reset instead of our 413. Beyond
 * DISCARD_BYTES the body is cancelled anyway.
 */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  try {
    let seen = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
      if (seen > DISCARD_BYTES) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away, or the adapter's own BODY_SIZE_LIMIT ended the body: nothing to do.
  }
}

type Body = { ok: true; text: string } | { ok: false; status: 400 | 413 };

async function readLimited(request: Request, limit: number): Promise<Body> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return { ok: false, status: 413 };
  if (!request.body) return { ok: true, text: '' };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void discardRest(reader);
        return { ok: false, status: 413 };
      }
      chunks.push(value);
    }
  } catch (e) {
    // adapter-node errors the body with status 413 when it passes BODY_SIZE_LIMIT or Content-Length
    return { ok: false, status: (e as { status?: number }).status === 413 ? 413 : 400 };
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/** The parsed JSON body, or the error response to send. */
export async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return { ok: false, response: respond(UNSUPPORTED) };
  }
  const body = await readLimited(request, MAX_BODY_BYTES);
  if (!body.ok)
    return { ok: false, response: respond(body.status === 413 ? TOO_LARGE : UNREADABLE) };
  const parsed = parseJson(body.text);
  return parsed.ok ? parsed : { ok: false, response: respond(parsed.answer) };
}
