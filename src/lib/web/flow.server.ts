/**
 * The guided interview on the server: every post carries the whole state (answers and position) in
 * one hidden field; this module turns a post into the next page to show. Nothing is stored.
 */
import type { Assessment, Problem } from '$lib/law';
import { evaluate } from '$lib/usecases';
import { communeLookup } from '$lib/data/communes';
import {
  type Answers,
  decodeState,
  emptyAnswers,
  encodeState,
  type Mode,
  type State,
  type Step,
} from '$lib/interview/answers';
import { partsOf } from '$lib/interview/dates';
import {
  type CommuneChoice,
  type FieldError,
  inputName,
  parseAnswer,
  type RawValues,
} from '$lib/interview/parse';
import { type Question, question, relation } from '$lib/interview/questions';
import {
  answerOf,
  memberComplete,
  memberSteps,
  nextMemberStep,
  nextStep,
  previousStep,
  steps,
} from '$lib/interview/routing';
import { situationOf } from '$lib/interview/situation';

export interface MemberSummary {
  index: number;
  key: string;
  name: string;
  relation: string | undefined;
  complete: boolean;
}

export interface CheckRow {
  q: string;
  m?: number;
  answer: Record<string, unknown>;
}

interface Base {
  /** The encoded state, for the hidden field of every form of the page. */
  state: string;
  answers: Answers;
  mode: Mode;
}

export type View =
  | (Base & {
      view: 'question';
      q: string;
      m?: number;
      member?: MemberSummary;
      errors: FieldError[];
      values: RawValues;
      choices?: CommuneChoice[];
    })
  | (Base & { view: 'members'; members: MemberSummary[]; errors: FieldError[] })
  | (Base & {
      view: 'check';
      sponsor: CheckRow[];
      members: { member: MemberSummary; rows: CheckRow[] }[];
      problems: Problem[];
    })
  | (Base & {
      view: 'result' | 'print';
      assessment: Assessment;
      names: Record<string, string>;
    });

export function summaries(a: Answers, today: string): MemberSummary[] {
  return a.m.map((m, index) => ({
    index,
    key: m.k,
    name: typeof m.a.relation?.name === 'string' ? m.a.relation.name : '',
    relation: relation(m),
    complete: memberComplete(a, index, today),
  }));
}

/** What the person typed before, as the form's raw values. */
export function valuesOf(q: Question, answer: Record<string, unknown> | undefined): RawValues {
  const out: RawValues = {};
  if (!answer) return out;
  for (const f of q.fields) {
    const v = answer[f.name];
    if (f.kind === 'date') {
      const p = partsOf(typeof v === 'string' ? v : null);
      out[inputName(f.name, 'day')] = p.day;
      out[inputName(f.name, 'month')] = p.month;
      out[inputName(f.name, 'year')] = p.year;
    } else if (f.kind === 'commune') {
      out[inputName(f.name, 'q')] = typeof answer.name === 'string' ? answer.name : '';
    } else if (f.kind === 'country') {
      out[inputName(f.name)] = v === null ? 'unknown' : typeof v === 'string' ? v : '';
    } else if (Array.isArray(v)) out[inputName(f.name)] = v;
    else if (v !== null && v !== undefined) out[inputName(f.name)] = String(v);
  }
  return out;
}

/** The page for a state. */
export function render(state: State, today: string, extra: Partial<View> = {}): View {
  const base: Base = { state: encodeState(state), answers: state.a, mode: state.mode };
  const { a, at } = state;
  if ('view' in at) {
    if (at.view === 'members') {
      return {
        ...base,
        view: 'members',
        members: summaries(a, today),
        errors: [],
        ...extra,
      } as View;
    }
    if (at.view === 'check') return { ...base, ...checkView(a, today) };
    const result = resultOf(a, today);
    if ('problems' in result) {
      return { ...base, ...checkView(a, today), problems: result.problems };
    }
    return {
      ...base,
      view: (extra as { view?: string }).view === 'print' ? 'print' : 'result',
      assessment: result.assessment,
      names: namesOf(a),
    };
  }
  const q = question(at.q);
  const members = summaries(a, today);
  const member = at.m === undefined ? undefined : members[at.m];
  if (!q) return render({ ...state, at: nextStep(a, today) }, today);
  return {
    ...base,
    view: 'question',
    q: q.id,
    ...(at.m === undefined ? {} : { m: at.m }),
    ...(member ? { member } : {}),
    errors: [],
    values: valuesOf(q, answerOf(a, q.id, at.m)),
    ...extra,
  } as View;
}

export function namesOf(a: Answers): Record<string, string> {
  return Object.fromEntries(
    a.m.map((m) => [m.k, typeof m.a.relation?.name === 'string' ? m.a.relation.name : '']),
  );
}

function checkView(a: Answers, today: string) {
  const all = steps(a, today);
  const rows = (m?: number): CheckRow[] =>
    all
      .filter((s): s is { q: string; m?: number } => 'q' in s && s.m === m)
      .filter((s) => answerOf(a, s.q, s.m) !== undefined)
      .map((s) => ({
        q: s.q,
        ...(m === undefined ? {} : { m }),
        answer: answerOf(a, s.q, m) ?? {},
      }));
  const members = summaries(a, today);
  return {
    view: 'check' as const,
    sponsor: rows(),
    members: members.map((member) => ({ member, rows: rows(member.index) })),
    problems: [] as Problem[],
  };
}

export function resultOf(
  a: Answers,
  today: string,
): { assessment: Assessment } | { problems: Problem[] } {
  const situation = situationOf(a);
  if (!situation) return { problems: [{ path: 'sponsor.status', message: 'required' }] };
  const evaluated = evaluate(situation, { today });
  return evaluated.ok ? { assessment: evaluated.value.assessment } : { problems: evaluated.errors };
}

export function initialState(): State {
  return { a: emptyAnswers(), at: { q: 'status' }, mode: 'flow' };
}

export function stateFrom(form: FormData): State | undefined {
  return decodeState(form.get('state'));
}

const nextKey = (a: Answers) => {
  const used = new Set(a.m.map((m) => Number(m.k.slice(1))));
  let n = 1;
  while (used.has(n)) n += 1;
  return `m${n}`;
};

/** After a question is answered: where to go depends on the mode. */
function after(state: State, today: string): State {
  const { a, at, mode } = state;
  if (mode === 'member' && 'q' in at && at.m !== undefined) {
    const next = nextMemberStep(a, at.m, at.q, today);
    return { a, at: next, mode: 'view' in next ? 'flow' : 'member' };
  }
  const next = nextStep(a, today);
  return { a, at: next, mode: 'view' in next && next.view === 'check' ? 'flow' : mode };
}

export type Outcome = { status: 200 | 400; view: View };

export function answer(state: State, form: FormData, today: string): Outcome {
  const { a, at } = state;
  if (!('q' in at)) return { status: 200, view: render(state, today) };
  const q = question(at.q);
  if (!q) return { status: 200, view: render(state, today) };
  const parsed = parseAnswer(q, form, a, today, communeLookup);
  if (parsed.ok === false) {
    return {
      status: 400,
      view: render(state, today, { errors: parsed.errors, values: parsed.values }),
    };
  }
  if (parsed.ok === 'choose') {
    return {
      status: 200,
      view: render(state, today, { choices: parsed.choices, values: parsed.values }),
    };
  }
  const answers: Answers =
    at.m === undefined
      ? { ...a, s: { ...a.s, [q.id]: parsed.answer } }
      : {
          ...a,
          m: a.m.map((m, i) => (i === at.m ? { ...m, a: { ...m.a, [q.id]: parsed.answer } } : m)),
        };
  // A new commune sets the zone it belongs to; the person confirms or changes it next.
  if (q.id === 'housing_commune' && typeof parsed.answer.zone === 'string') {
    answers.s = { ...answers.s, housing_zone: { zone: parsed.answer.zone } };
    return {
      status: 200,
      view: render({ ...state, a: answers, at: { q: 'housing_zone' } }, today),
    };
  }
  return { status: 200, view: render(after({ ...state, a: answers }, today), today) };
}

export function back(state: State, today: string): State | undefined {
  if (state.mode === 'check') return { ...state, at: { view: 'check' }, mode: 'flow' };
  if (state.mode === 'member' && 'q' in state.at && state.at.m !== undefined) {
    const list = memberSteps(state.a, state.at.m, today);
    const i = list.findIndex((s) => 'q' in s && 'q' in state.at && s.q === state.at.q);
    const prev = i > 0 ? list[i - 1] : undefined;
    return prev ? { ...state, at: prev } : { ...state, at: { view: 'members' }, mode: 'flow' };
  }
  const at: Step = 'view' in state.at && state.at.view !== 'members' ? { view: 'check' } : state.at;
  const prev = previousStep(state.a, at, today);
  return prev ? { ...state, at: prev, mode: 'flow' } : undefined;
}

/** The member list's buttons: add, finish, change or remove one member. */
export function members(state: State, form: FormData, today: string): Outcome {
  const act = String(form.get('do') ?? '');
  const a = state.a;
  if (act === 'add') {
    const k = nextKey(a);
    if (a.m.length >= 40) return { status: 200, view: render(state, today) };
    const answers: Answers = { ...a, m: [...a.m, { k, a: {} }], done: false };
    return {
      status: 200,
      view: render(
        { a: answers, at: { q: 'relation', m: answers.m.length - 1 }, mode: 'flow' },
        today,
      ),
    };
  }
  if (act === 'finish') {
    if (a.m.length === 0) {
      return {
        status: 400,
        view: {
          ...(render({ ...state, at: { view: 'members' } }, today) as Extract<
            View,
            { view: 'members' }
          >),
          errors: [{ input: 'add-member', key: 'interview.error.members.none' }],
        },
      };
    }
    const incomplete = a.m.findIndex((_, i) => !memberComplete(a, i, today));
    if (incomplete !== -1) {
      const first = memberSteps(a, incomplete, today).find(
        (s) => 'q' in s && answerOf(a, s.q, incomplete) === undefined,
      );
      if (first) return { status: 200, view: render({ a, at: first, mode: 'flow' }, today) };
    }
    const answers = { ...a, done: true };
    return {
      status: 200,
      view: render(after({ ...state, a: answers, mode: state.mode }, today), today),
    };
  }
  const change = /^change:([0-9]{1,2})$/.exec(act);
  if (change) {
    const i = Number(change[1]);
    if (a.m[i])
      return {
        status: 200,
        view: render({ a, at: { q: 'relation', m: i }, mode: 'member' }, today),
      };
  }
  const remove = /^remove:([0-9]{1,2})$/.exec(act);
  if (remove) {
    const i = Number(remove[1]);
    const answers: Answers = { ...a, m: a.m.filter((_, j) => j !== i) };
    return {
      status: 200,
      view: render({ a: answers, at: { view: 'members' }, mode: 'flow' }, today),
    };
  }
  return { status: 200, view: render({ ...state, at: { view: 'members' } }, today) };
}

/** A change link of the check page: the question, then back to the check page. */
export function change(state: State, form: FormData): State {
  const q = String(form.get('q') ?? '');
  const m = form.get('m');
  const index = m === null || m === '' ? undefined : Number(m);
  const target: Step = index === undefined ? { q } : { q, m: index };
  const valid =
    question(q) !== undefined &&
    (index === undefined || (Number.isInteger(index) && state.a.m[index] !== undefined));
  if (!valid) return { ...state, at: { view: 'check' } };
  return { ...state, at: target, mode: 'check' };
}

export function withAnswers(answers: Answers, today: string): State {
  return { a: answers, at: nextStep(answers, today), mode: 'flow' };
}
