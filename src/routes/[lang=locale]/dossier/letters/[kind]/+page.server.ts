import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { buildLetter, isLetterKind, readDossierInput } from '$lib/dossier';
import type { Locale } from '$lib/i18n';
import { todayInFrance } from '$lib/server/today';

export const load: PageServerLoad = ({ params }) => {
  if (!isLetterKind(params.kind)) error(404, 'unknown letter');
  return { kind: params.kind };
};

function parseField(value: FormDataEntryValue | null): unknown {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * POST situation= and events= (JSON text, e.g. hidden fields of the result page): the letter filled
 * in, in the reader's language, with its deadline; or what it still needs.
 */
export const actions: Actions = {
  default: async ({ params, request }) => {
    if (!isLetterKind(params.kind)) error(404, 'unknown letter');
    const form = await request.formData();
    const read = readDossierInput(
      {
        situation: parseField(form.get('situation')),
        events: parseField(form.get('events')) ?? {},
      },
      todayInFrance(),
    );
    if (!read.ok) return fail(400, { errors: read.errors });
    const built = buildLetter(params.kind, { ...read.input, locale: params.lang as Locale });
    if (!built.ok) return fail(400, { errors: built.errors });
    return {
      letter: {
        blocks: built.letter.blocks,
        legalBasis: built.letter.legalBasis,
        deadline: built.letter.deadline ?? null,
        timeliness: built.letter.timeliness?.status ?? null,
        remains: built.letter.remains ?? null,
      },
      situation: form.get('situation'),
      events: form.get('events'),
    };
  },
};
