/**
 * A document as an HTTP answer: the PDF, or 503 with Retry-After when too many documents are waiting,
 * or 500 when the engine failed. Errors take the shape the caller asks for (the API's {errors}, or
 * the words of a web page).
 */
import { documentEngine, DocumentsBusy, RETRY_AFTER_SECONDS } from './engine';
import type { Problem } from '../../law/problem';

export interface PdfAnswer {
  filename: string;
  headers?: Record<string, string>;
  /** The answer when the document could not be made. */
  failed: (status: 500 | 503) => Response;
}

export async function pdfResponse(
  make: () => Promise<Uint8Array>,
  a: PdfAnswer,
): Promise<Response> {
  let pdf: Uint8Array;
  try {
    // Refused before its data is prepared: an overloaded server spends nothing on it.
    if (documentEngine().full) throw new DocumentsBusy();
    pdf = await make();
  } catch (e) {
    if (!(e instanceof DocumentsBusy))
      console.error('document failed:', e instanceof Error ? e.message : e);
    const res = a.failed(e instanceof DocumentsBusy ? 503 : 500);
    if (e instanceof DocumentsBusy) res.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
    return res;
  }
  return new Response(pdf as BodyInit, {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${a.filename}"`,
      ...a.headers,
    },
  });
}

/** The API's answer when a document could not be made, in its {errors} shape. */
export function documentProblem(status: 500 | 503): Problem {
  return status === 503
    ? { path: '(server)', message: new DocumentsBusy().message }
    : { path: '(server)', message: 'the document could not be made' };
}
