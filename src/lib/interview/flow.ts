/**
 * The guided interview's state machine: every post carries the whole state (answers and position) in
 * one hidden field; this module turns a post into the next state and the page to show. Pure: nothing
 * is stored, and the date is an input.
 */
import { communeLookup } from '../data/communes';
import {
  type Answer,
  type Answers,
  decodeState,
  emptyAnswers,
  type State,
  type Step,
} from './answers';
import { parseAnswer } from './parse';
import { question } from './questions';
import {
  answerOf,
  memberComplete,
  memberSteps,
  nextMemberStep,
  nextStep,
  previousStep,
  type QuestionStep,
} from './routing';
import { render, type View } from './pages';

export { render, resultOf, namesOf, type View, type CheckRow, type MemberSummary } from './pages';

export function initialState(): State {
  return { answers: emptyAnswers(), step: { question: 'status' }, mode: 'flow' };
}

export function stateFrom(form: FormData): State | undefined {
  return decodeState(form.get('state'));
}

/** A key for a new member that no member of the list has. */
const newMemberKey = (a: Answers) => {
  const used = new Set(a.members.map((m) => Number(m.key.slice(1))));
  let n = 1;
  while (used.has(n)) n += 1;
  return `m${n}`;
};

/** After a question is answered: where to go depends on the mode. */
function after(state: State, today: string): State {
  const { answers, step, mode } = state;
  if (mode === 'member' && 'question' in step && step.member !== undefined) {
    const next = nextMemberStep(answers, step.member, step.question, today);
    return { answers, step: next, mode: 'page' in next ? 'flow' : 'member' };
  }
  const next = nextStep(answers, today);
  return { answers, step: next, mode: 'page' in next && next.page === 'check' ? 'flow' : mode };
}

/** The answers with one question's answer set. */
function withAnswer(a: Answers, step: QuestionStep, answer: Answer): Answers {
  const { question: id, member } = step;
  if (member === undefined) return { ...a, sponsor: { ...a.sponsor, [id]: answer } };
  return {
    ...a,
    members: a.members.map((m, i) =>
      i === member ? { ...m, answers: { ...m.answers, [id]: answer } } : m,
    ),
  };
}

export type Outcome = { status: 200 | 400; view: View };

export function answer(state: State, form: FormData, today: string): Outcome {
  const { answers: a, step } = state;
  if (!('question' in step)) return { status: 200, view: render(state, today) };
  const q = question(step.question);
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
  const answers = withAnswer(a, step, parsed.answer);
  // A new commune sets the zone it belongs to; the person confirms or changes it next.
  if (q.id === 'housing_commune' && typeof parsed.answer.zone === 'string') {
    answers.sponsor = { ...answers.sponsor, housing_zone: { zone: parsed.answer.zone } };
    return {
      status: 200,
      view: render({ ...state, answers, step: { question: 'housing_zone' } }, today),
    };
  }
  return { status: 200, view: render(after({ ...state, answers }, today), today) };
}

export function back(state: State, today: string): State | undefined {
  const { answers, step } = state;
  if (state.mode === 'check') return { ...state, step: { page: 'check' }, mode: 'flow' };
  if (state.mode === 'member' && 'question' in step && step.member !== undefined) {
    const list = memberSteps(answers, step.member, today);
    const i = list.findIndex((s) => s.question === step.question);
    const previous = i > 0 ? list[i - 1] : undefined;
    return previous
      ? { ...state, step: previous }
      : { ...state, step: { page: 'members' }, mode: 'flow' };
  }
  const from: Step = 'page' in step && step.page !== 'members' ? { page: 'check' } : step;
  const previous = previousStep(answers, from, today);
  return previous ? { ...state, step: previous, mode: 'flow' } : undefined;
}

/** The member list's buttons: add, finish, change or remove one member. */
export function members(state: State, form: FormData, today: string): Outcome {
  const act = String(form.get('do') ?? '');
  const a = state.answers;
  if (act === 'add') {
    if (a.members.length >= 40) return { status: 200, view: render(state, today) };
    const answers: Answers = {
      ...a,
      members: [...a.members, { key: newMemberKey(a), answers: {} }],
      done: false,
    };
    const step = { question: 'relation', member: answers.members.length - 1 };
    return { status: 200, view: render({ answers, step, mode: 'flow' }, today) };
  }
  if (act === 'finish') {
    if (a.members.length === 0) {
      return {
        status: 400,
        view: {
          ...(render({ ...state, step: { page: 'members' } }, today) as Extract<
            View,
            { view: 'members' }
          >),
          errors: [{ input: 'add-member', key: 'interview.error.members.none' }],
        },
      };
    }
    const incomplete = a.members.findIndex((_, i) => !memberComplete(a, i, today));
    if (incomplete !== -1) {
      const first = memberSteps(a, incomplete, today).find(
        (s) => answerOf(a, s.question, incomplete) === undefined,
      );
      if (first)
        return { status: 200, view: render({ answers: a, step: first, mode: 'flow' }, today) };
    }
    const answers = { ...a, done: true };
    return { status: 200, view: render(after({ ...state, answers }, today), today) };
  }
  const change = /^change:([0-9]{1,2})$/.exec(act);
  if (change) {
    const i = Number(change[1]);
    if (a.members[i]) {
      const step = { question: 'relation', member: i };
      return { status: 200, view: render({ answers: a, step, mode: 'member' }, today) };
    }
  }
  const remove = /^remove:([0-9]{1,2})$/.exec(act);
  if (remove) {
    const i = Number(remove[1]);
    const answers: Answers = { ...a, members: a.members.filter((_, j) => j !== i) };
    return {
      status: 200,
      view: render({ answers, step: { page: 'members' }, mode: 'flow' }, today),
    };
  }
  return { status: 200, view: render({ ...state, step: { page: 'members' } }, today) };
}

/** A change link of the check page (form fields `q` and `m`): the question, then back to the check page. */
export function change(state: State, form: FormData): State {
  const id = String(form.get('q') ?? '');
  const raw = form.get('m');
  const member = raw === null || raw === '' ? undefined : Number(raw);
  const target: Step = member === undefined ? { question: id } : { question: id, member };
  const valid =
    question(id) !== undefined &&
    (member === undefined ||
      (Number.isInteger(member) && state.answers.members[member] !== undefined));
  if (!valid) return { ...state, step: { page: 'check' } };
  return { ...state, step: target, mode: 'check' };
}

export function withAnswers(answers: Answers, today: string): State {
  return { answers, step: nextStep(answers, today), mode: 'flow' };
}
