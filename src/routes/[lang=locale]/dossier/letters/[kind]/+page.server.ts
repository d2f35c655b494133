import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { explainFigures, isLetterKind } from '$lib/dossier';
import type { Locale } from '$lib/i18n';
import { todayInFrance } from '$lib/server/today';
import { readFileInput, writeLetter } from '$lib/usecases';

export const load: PageServerLoad = ({ params }) => {
  if (!isLetterKind(params.kind)) error(404, 'unknown letter');
  return { kind: params.kind, explain: explainFigures(params.kind, todayInFrance()) };
};

function parseField(value: FormDataEntryValue | null): unknown {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** names= (JSON text): how the person calls each member, {id: name}; anything else is ignored. */
function namesField(value: FormDataEntryValue | null): Record<string, string> | undefined {
  const parsed = parseField(value);
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.some(([, name]) => typeof name !== 'string')) return undefined;
  return Object.fromEntries(entries) as Record<string, string>;
}

/**
 * POST situation=, names= and events= (JSON text, e.g. hidden fields of the result page): the letter filled
 * in, in the reader's language, with its deadline; or what it still needs.
 */
export const actions: Actions = {
  default: async ({ params, request }) => {
    if (!isLetterKind(params.kind)) error(404, 'unknown letter');
    const form = await request.formData();
    const read = readFileInput(
      {
        situation: parseField(form.get('situation')),
        events: parseField(form.get('events')) ?? {},
      },
      todayInFrance(),
    );
    if (!read.ok) return fail(400, { errors: read.errors });
    const written = writeLetter(
      params.kind,
      read.value,
      params.lang as Locale,
      namesField(form.get('names')),
    );
    if (!written.ok) return fail(400, { errors: written.errors });
    const letter = written.value;
    return {
      letter: {
        blocks: letter.blocks,
        legalBasis: letter.legalBasis,
        deadline: letter.deadline ?? null,
        timeliness: letter.timeliness?.status ?? null,
        remains: letter.remains ?? null,
      },
      situation: form.get('situation'),
      events: form.get('events'),
    };
  },
};
