/**
 * Reading a JSON request body safely: a size limit (413), a JSON content type (415), valid JSON (400).
 * Errors always take the API's shape, {"errors":[{"path","message"}]}.
 */
import { json } from '@sveltejs/kit';

export const MAX_BODY_BYTES = 64 * 1024;

export type Problem = { path: string; message: string };

export function problems(status: number, errors: Problem[]): Response {
  return json({ errors }, { status });
}

async function readLimited(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** The parsed JSON body, or the error response to send. */
export async function readJson(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const type =
    (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/json' && !type.endsWith('+json')) {
    return {
      ok: false,
      response: problems(415, [
        {
          path: '(body)',
          message: 'send the situation as JSON with Content-Type: application/json',
        },
      ]),
    };
  }
  const text = await readLimited(request, MAX_BODY_BYTES);
  if (text === null) {
    return {
      ok: false,
      response: problems(413, [
        { path: '(body)', message: `the body is larger than ${MAX_BODY_BYTES / 1024} KB` },
      ]),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return {
      ok: false,
      response: problems(400, [
        { path: '(body)', message: `invalid JSON: ${(e as Error).message}` },
      ]),
    };
  }
}
