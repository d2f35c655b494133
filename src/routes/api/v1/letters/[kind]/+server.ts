import type { RequestHandler } from './$types';
import { buildLetter, isLetterKind, LETTER_KINDS, readDossierInput } from '$lib/dossier';
import { letterPdf } from '$lib/server/documents/letter';
import { documentProblem, pdfResponse } from '$lib/server/documents/respond';
import { problems, readJson } from '$lib/server/json-request';
import { todayInFrance } from '$lib/server/today';

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
  const read = readDossierInput(body.value, todayInFrance());
  if (!read.ok) return problems(400, read.errors);
  const built = buildLetter(params.kind, { ...read.input, locale: 'fr' });
  if (!built.ok)
    return problems(
      400,
      built.errors.map((e) => ({ path: e.path, message: `needed for this letter: ${e.message}` })),
    );
  return pdfResponse(() => letterPdf(built.letter, read.input.today), {
    filename: `reunir-${params.kind}.pdf`,
    failed: (status) => problems(status, [documentProblem(status)]),
  });
};
