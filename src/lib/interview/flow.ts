/**
 * The guided interview's state machine: every post carries the whole state (answers and position) in
 * one hidden field; this module turns a post into the next state and the page to show. Pure: nothing
 * is stored, and the date is an input.
 */
import { communeLookup } from '../data/communes';
import { type Answers, decodeState, emptyAnswers, type State, type Step } from './answers';
import { parseAnswer } from './parse';
import { question } from './questions';
import {
  answerOf,
  memberComplete,
  memberSteps,
  nextMemberStep,
  nextStep,
  previousStep,
} from './routing';
import { render, type View } from './pages';

export { render, resultOf, namesOf, type View, type CheckRow, type MemberSummary } from './pages';

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
