/**
 * The guided interview's state machine: a form post (the answers so far, the position it was sent
 * from, the form) becomes the next state, which the route keeps (answers in the browser's cookie,
 * position in the address it redirects to); a GET of a position becomes the page to show. Pure:
 * nothing is stored, and the date is an input.
 */
import { communeLookup } from '../data/communes';
import { type Answer, type Answers, decodeState, type State, type Step } from './answers';
import { type CommuneChoice, type FieldError, parseAnswer, type RawValues } from './parse';
import { type Position, positionQuery } from './position';
import { question } from './questions';
import {
  answerOf,
  isAnswered,
  memberComplete,
  memberSteps,
  nextMemberStep,
  nextStep,
  previousStep,
  type QuestionStep,
  sameStep,
  steps,
} from './routing';
import { render, type View } from './pages';

export { render, resultOf, namesOf, type View, type CheckRow, type MemberSummary } from './pages';

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

/** What a form sent back shows on its page again: the errors, what was typed, communes to pick. */
export interface Shown {
  errors?: FieldError[];
  values?: RawValues;
  choices?: CommuneChoice[];
}

/** After a post: the state to go to, or the same state with what its page shows again. */
export type Outcome = { state: State; shown?: Shown };

export function answer(state: State, form: FormData, today: string): Outcome {
  const { answers: a, step } = state;
  if (!('question' in step)) return { state };
  const q = question(step.question);
  if (!q) return { state };
  const parsed = parseAnswer(q, form, a, today, communeLookup);
  if (parsed.ok === false)
    return { state, shown: { errors: parsed.errors, values: parsed.values } };
  if (parsed.ok === 'choose')
    return { state, shown: { choices: parsed.choices, values: parsed.values } };
  const answers = withAnswer(a, step, parsed.answer);
  // A new commune sets the zone it belongs to; the person confirms or changes it next.
  if (q.id === 'housing_commune' && typeof parsed.answer.zone === 'string') {
    answers.sponsor = { ...answers.sponsor, housing_zone: { zone: parsed.answer.zone } };
    return { state: { ...state, answers, step: { question: 'housing_zone' } } };
  }
  return { state: after({ ...state, answers }, today) };
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
  const list: State = { answers: a, step: { page: 'members' }, mode: 'flow' };
  if (act === 'add') {
    if (a.members.length >= 40) return { state: list };
    const answers: Answers = {
      ...a,
      members: [...a.members, { key: newMemberKey(a), answers: {} }],
      done: false,
    };
    const step = { question: 'relation', member: answers.members.length - 1 };
    return { state: { answers, step, mode: 'flow' } };
  }
  if (act === 'finish') {
    if (a.members.length === 0)
      return {
        state: list,
        shown: { errors: [{ input: 'add-member', key: 'interview.error.members.none' }] },
      };
    const incomplete = a.members.findIndex((_, i) => !memberComplete(a, i, today));
    if (incomplete !== -1) {
      const first = memberSteps(a, incomplete, today).find(
        (s) => answerOf(a, s.question, incomplete) === undefined,
      );
      if (first) return { state: { answers: a, step: first, mode: 'flow' } };
    }
    const answers = { ...a, done: true };
    return { state: after({ ...state, answers }, today) };
  }
  const change = /^change:([0-9]{1,2})$/.exec(act);
  if (change) {
    const i = Number(change[1]);
    if (a.members[i])
      return { state: { answers: a, step: { question: 'relation', member: i }, mode: 'member' } };
  }
  const remove = /^remove:([0-9]{1,2})$/.exec(act);
  if (remove) {
    const i = Number(remove[1]);
    const answers: Answers = { ...a, members: a.members.filter((_, j) => j !== i) };
    return { state: { ...list, answers } };
  }
  return { state: list };
}

export function withAnswers(answers: Answers, today: string): State {
  return { answers, step: nextStep(answers, today), mode: 'flow' };
}

/**
 * Can the page at this position be shown for these answers? A question that applies, once answered
 * or when it is the next one to answer (any that applies when changing an answer); the member list
 * once the status is known (it says which member is incomplete); the check page and the result once every question that matters is
 * answered. An address saved earlier, or a page the browser goes forward to after an answer changed
 * the way, may ask for another: the person is then sent to the next question to answer.
 */
export function reachable(answers: Answers, at: Position, today: string): boolean {
  const { step, mode } = at;
  const next = nextStep(answers, today);
  if ('page' in step && step.page !== 'members') return 'page' in next && next.page === 'check';
  if (!steps(answers, today).some((s) => sameStep(s, step))) return false;
  if ('page' in step) return true;
  return mode !== 'flow' || isAnswered(answers, step) || sameStep(step, next);
}

/** The page for a position: what the view shows, with what a form sent back, if anything. */
export function pageAt(answers: Answers, at: Position, today: string, shown: Shown = {}): View {
  const state: State = { answers, step: at.step, mode: at.mode };
  const view = render(state, today, { ...shown, ...(at.print ? { view: 'print' as const } : {}) });
  const result = 'page' in at.step && at.step.page === 'result';
  const previous = result ? undefined : back(state, today);
  const backTo: Position | undefined = at.print
    ? { step: { page: 'result' }, mode: 'flow' }
    : result
      ? { step: { page: 'check' }, mode: 'flow' }
      : previous && { step: previous.step, mode: previous.mode };
  return { ...view, back: backTo ? positionQuery(backTo) : null };
}
