import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import type { Assessment, Problem } from '$lib/law';
import { todayInFrance } from '$lib/server/today';
import { evaluate, type Evaluation, type Result } from '$lib/usecases';
import {
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
  /** Problems the engine found, by contract path, with its message. */
  invalid: (Problem & { input: string })[];
  json?: string;
  assessment?: Assessment;
}

export const load: PageServerLoad = ({ setHeaders }) => {
  setHeaders({ 'cache-control': 'no-store' });
  return {
    blank: { values: {}, count: 1, problems: [], invalid: [] } satisfies ExpertPage,
    /** The store figures the option labels state, today. */
    figures: labelFigures(todayInFrance()),
  };
};

const MAX_JSON_CHARS = 64 * 1024;

/** "members[0].birthDate" → "members.0.birthDate", the name of the input. */
const inputOf = (path: string) => path.replace(/\[([0-9]+)\]/g, '.$1');

/** The page for an evaluation: the assessment, or the engine's problems next to their inputs. */
function pageOf(evaluated: Result<Evaluation>, page: Omit<ExpertPage, 'invalid' | 'problems'>) {
  if (!evaluated.ok) {
    return fail(400, {
      ...page,
      problems: [],
      invalid: evaluated.errors.map((e) => ({ input: inputOf(e.path), ...e })),
    } satisfies ExpertPage);
  }
  return {
    ...page,
    problems: [],
    invalid: [],
    assessment: evaluated.value.assessment,
  } satisfies ExpertPage;
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
  /** One more member fieldset; "remove:i" takes one away. */
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
        invalid: [],
      } satisfies ExpertPage;
    }
    return {
      values,
      count: Math.min(40, count + 1),
      problems: [],
      invalid: [],
    } satisfies ExpertPage;
  },
  assess: async ({ request }) => {
    const form = await request.formData();
    const values = expertValues(form);
    const count = Math.max(memberCount(values), Number(form.get('count') ?? 1) || 1);
    const { situation, problems } = situationFromExpert(values);
    if (problems.length) {
      return fail(400, { values, count, problems, invalid: [] } satisfies ExpertPage);
    }
    return pageOf(evaluate(situation, { today: todayInFrance }), { values, count });
  },
  json: async ({ request }) => {
    const form = await request.formData();
    const text = String(form.get('json') ?? '').slice(0, MAX_JSON_CHARS);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail(400, {
        values: {},
        count: 1,
        problems: [{ input: 'json', key: 'ui.expert.invalid.json' }],
        invalid: [],
        json: text,
      } satisfies ExpertPage);
    }
    const evaluated = evaluate(parsed, { today: todayInFrance });
    const situation = evaluated.ok ? evaluated.value.situation : undefined;
    const values = situation ? valuesFromSituation(situation) : {};
    const count = situation ? Math.max(1, situation.members.length) : 1;
    return pageOf(evaluated, { values, count, json: text });
  },
};
