import type { RequestHandler } from './$types';
import { isLetterKind, LETTER_KINDS } from '$lib/dossier';
import { letterPdf } from '$lib/server/documents/letter';
import { documentProblem, pdfResponse } from '$lib/server/documents/respond';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';
import { readFileInput, writeLetter } from '$lib/usecases';

/** POST {situation, events?} → the letter as a French PDF, or 400 with what the letter needs. */
export const POST: RequestHandler = async ({ request, params }) => {
  if (!isLetterKind(params.kind))
    return problems(404, [
      {
        path: 'kind',
        message: `unknown letter "${params.kind}"; known letters: ${LETTER_KINDS.join(', ')}`,
      },
    ]);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const today = todayInFrance();
  const read = readFileInput(body.value, today);
  if (!read.ok) return problems(400, read.errors);
  const written = writeLetter(params.kind, read.value, 'fr');
  if (!written.ok)
    return problems(
      400,
      written.errors.map((e) => ({
        path: e.path,
        message: `needed for this letter: ${e.message}`,
      })),
    );
  return pdfResponse(() => letterPdf(written.value, today), {
    filename: `reunir-${params.kind}.pdf`,
    failed: (status) => problems(status, [documentProblem(status)]),
  });
};
