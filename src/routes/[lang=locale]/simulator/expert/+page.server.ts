/**
 * Expert mode: the whole situation on one form, or an answers file (the one the interview saves) or a
 * situation in the API's JSON. Every outcome is a page with status 200: the result, or the form again
 * with the values kept and each problem next to its field, in the page's language.
 */
import type { Actions, PageServerLoad } from './$types';
import type { Assessment } from '$lib/law';
import { communeLookup, ZONAGE_DATA } from '$lib/data/communes';
import { encodeState, parseSavedFile } from '$lib/interview/answers';
import { answersOf, namesOf } from '$lib/interview/answers-of';
import { type CommuneChoice } from '$lib/interview/parse';
import { situationOf } from '$lib/interview/situation';
import { todayInFrance } from '$lib/server/today';
import { evaluate } from '$lib/usecases';
import {
  engineProblem,
  type ExpertProblem,
  type ExpertValues,
  expertValues,
  memberCount,
  situationFromExpert,
  valuesFromSituation,
} from '$lib/interview/expert';
import { labelFigures } from '$lib/interview/questions';

export interface ExpertPage {
  values: ExpertValues;
  count: number;
  problems: ExpertProblem[];
  json?: string;
  /** Several communes match the one typed: the person picks one. */
  communes?: CommuneChoice[];
  /** The zone the commune gave: "Lyon (69)" is in zone A. */
  communeZone?: { label: string; zone: string; year: number };
  assessment?: Assessment;
  /** The interview's state for this situation: the answers file, the dossier, letters and summary. */
  state?: string;
}

export const load: PageServerLoad = ({ setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  return {
    blank: { values: {}, count: 1, problems: [] } satisfies ExpertPage,
    /** The store figures the option labels state, today. */
    figures: labelFigures(todayInFrance()),
  };
};

const MAX_JSON_CHARS = 64 * 1024;
const MAX_FILE_BYTES = 256 * 1024;

/** The commune picked or typed: one commune, the communes to choose from, or none asked. */
function findCommune(pick: string, typed: string): CommuneChoice | CommuneChoice[] | undefined {
  if (pick) return communeLookup.byCode(pick);
  if (!typed) return undefined;
  const all = communeLookup.search(typed);
  const exact = all.filter((c) => c.exact);
  return all.length === 1 ? all[0] : exact.length === 1 ? exact[0] : all;
}

/** The zone of the commune typed (it fills the zone), or the communes to choose from. */
function withCommune(values: ExpertValues): Pick<ExpertPage, 'communes' | 'communeZone'> & {
  values: ExpertValues;
  problems: ExpertProblem[];
} {
  const text = (k: string) => {
    const v = values[k];
    return (Array.isArray(v) ? v[0] : v) ?? '';
  };
  const found = findCommune(text('commune.pick'), text('commune'));
  if (found === undefined) return { values, problems: [] };
  if (Array.isArray(found)) {
    if (!found.length)
      return { values, problems: [{ input: 'commune', key: 'ui.expert.commune.none' }] };
    return {
      values,
      problems: [{ input: 'commune', key: 'ui.expert.commune.choose' }],
      communes: found,
    };
  }
  return {
    values: { ...values, commune: found.label, 'sponsor.housing.zone': found.zone },
    communeZone: { label: found.label, zone: found.zone, year: ZONAGE_DATA.year },
    problems: [],
  };
}

/** The page for a situation: the result, or the form with its problems. */
function assessed(
  values: ExpertValues,
  count: number,
  extra: Partial<ExpertPage> = {},
): ExpertPage {
  const commune = withCommune(values);
  const { situation, problems } = situationFromExpert(commune.values);
  const page = { count, ...extra, ...commune, values: commune.values };
  if (problems.length || commune.problems.length)
    return { ...page, problems: [...commune.problems, ...problems] };
  const evaluated = evaluate(situation, { today: todayInFrance });
  if (!evaluated.ok) return { ...page, problems: evaluated.errors.map(engineProblem) };
  const valid = evaluated.value.situation;
  const answers = answersOf(valid);
  return {
    ...page,
    problems: [],
    assessment: evaluated.value.assessment,
    state: encodeState({ answers, step: { page: 'result' }, mode: 'flow' }),
  };
}

/** Text pasted or uploaded: an answers file of the interview, or a situation in the API's format. */
function fromText(text: string, input: 'json' | 'file'): ExpertPage {
  const json = input === 'json' ? { json: text } : {};
  const refused = (key: string, params?: ExpertProblem['params']): ExpertPage => ({
    values: {},
    count: 1,
    problems: [{ input, key, ...(params ? { params } : {}) }],
    ...json,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refused('ui.expert.invalid.json');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return refused('ui.expert.invalid.shape');
  if ('reunir' in parsed) {
    const answers = parseSavedFile(text);
    const situation = answers ? situationOf(answers) : undefined;
    if (!answers) return refused('ui.expert.invalid.answersFile');
    if (!situation) return refused('ui.expert.invalid.noStatus');
    // The members are named as the family named them in the interview.
    const names = namesOf(answers);
    const members = situation.members.map((m) => ({ ...m, id: names[m.id] ?? m.id }));
    const values = valuesFromSituation({ ...situation, members });
    return assessed(values, Math.max(1, situation.members.length), json);
  }
  const o = parsed as Record<string, unknown>;
  const unknown = Object.keys(o).filter((k) => !['date', 'sponsor', 'members'].includes(k));
  if (!('sponsor' in o) || unknown.length)
    return unknown.length
      ? refused('ui.expert.invalid.unknownFields', { fields: unknown.join(', ') })
      : refused('ui.expert.invalid.shape');
  const values = valuesFromSituation(o);
  const count = Math.max(1, memberCount(values));
  // The same reading as the form's, so that a value the form cannot show is named like one typed.
  const evaluated = evaluate(parsed, { today: todayInFrance });
  if (!evaluated.ok)
    return { values, count, problems: evaluated.errors.map(engineProblem), ...json };
  return assessed(values, count, json);
}

function withoutMember(values: ExpertValues, index: number): ExpertValues {
  const out: ExpertValues = {};
  for (const [key, v] of Object.entries(values)) {
    const m = /^members\.([0-9]{1,2})\.(.*)$/.exec(key);
    if (!m) out[key] = v;
    else if (Number(m[1]) < index) out[key] = v;
    else if (Number(m[1]) > index) out[`members.${Number(m[1]) - 1}.${m[2]}`] = v;
  }
  return out;
}

export const actions: Actions = {
  /** One more member fieldset, "remove:i" takes one away, "fields" shows the fields of each relation. */
  members: async ({ request }) => {
    const form = await request.formData();
    const values = expertValues(form);
    const count = Math.max(memberCount(values), Number(form.get('count') ?? 1) || 1);
    const act = String(form.get('do') ?? '');
    const remove = /^remove:([0-9]{1,2})$/.exec(act);
    if (remove) {
      return {
        values: withoutMember(values, Number(remove[1])),
        count: Math.max(1, count - 1),
        problems: [],
      } satisfies ExpertPage;
    }
    const more = act === 'add' ? 1 : 0;
    return { values, count: Math.min(40, count + more), problems: [] } satisfies ExpertPage;
  },
  assess: async ({ request }) => {
    const form = await request.formData();
    const values = expertValues(form);
    const count = Math.max(memberCount(values), Number(form.get('count') ?? 1) || 1);
    return assessed(values, count);
  },
  json: async ({ request }) => {
    const form = await request.formData();
    return fromText(String(form.get('json') ?? '').slice(0, MAX_JSON_CHARS), 'json');
  },
  upload: async ({ request }) => {
    const form = await request.formData();
    const file = form.get('file');
    const text =
      file instanceof File && file.size > 0 && file.size <= MAX_FILE_BYTES ? await file.text() : '';
    if (!text)
      return {
        values: {},
        count: 1,
        problems: [{ input: 'file', key: 'ui.expert.invalid.file' }],
      } satisfies ExpertPage;
    return fromText(text, 'file');
  },
};
