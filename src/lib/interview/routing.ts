/**
 * Which question comes next. The steps that apply follow from the answers so far and from the engine's
 * reading of them: a question asked only "when it matters" is asked when the engine reports one of its
 * facts missing, and stays among the steps once answered while it is relevant (the check page then
 * shows every answer the engine receives). Answers are keyed by question id, so moving back and forth
 * or changing an answer never loses the others.
 */
import type { MissingFact } from '../law';
import type { Answer, Answers, Step } from './answers';
import {
  type AskCtx,
  MEMBER_QUESTIONS,
  type Question,
  question,
  SPONSOR_PHASE_1,
  SPONSOR_PHASE_2,
} from './questions';
import { readingOf } from './reading';

export type QuestionStep = Extract<Step, { question: string }>;

/** The facts the engine reports missing for these answers (none while the status is unknown). */
export function missingFacts(a: Answers, today: string): MissingFact[] {
  return readingOf(a, today).assessment?.missing ?? [];
}

/** The answer to a question, of the sponsor or of member number `member`. */
export function answerOf(a: Answers, q: string, member?: number): Answer | undefined {
  return member === undefined ? a.sponsor[q] : a.members[member]?.answers[q];
}

function reported(q: Question, missing: MissingFact[], memberKey?: string): boolean {
  return missing.some(
    (f) =>
      (q.facts as string[]).includes(f.fact) &&
      (q.scope === 'sponsor' ? f.memberId === undefined : f.memberId === memberKey),
  );
}

/** Does this question apply now (to member number `member` for a member question)? */
function applies(q: Question, a: Answers, today: string, member?: number): boolean {
  const reading = readingOf(a, today);
  const ctx: AskCtx = {
    answers: a,
    ...(member === undefined ? {} : { member: a.members[member] }),
    engine: reading.assessment,
  };
  if (!q.relevant(ctx)) return false;
  if (q.ask(ctx) || answerOf(a, q.id, member) !== undefined) return true;
  const key = member === undefined ? undefined : a.members[member]?.key;
  return reported(q, reading.assessment?.missing ?? [], key);
}

/** The steps that apply to these answers, in order, up to and including the member list. */
export function steps(a: Answers, today: string): Step[] {
  const out: Step[] = [];
  for (const q of SPONSOR_PHASE_1) if (applies(q, a, today)) out.push({ question: q.id });
  if (a.sponsor.status === undefined) return out;
  a.members.forEach((_, i) => out.push(...memberSteps(a, i, today)));
  out.push({ page: 'members' });
  for (const q of SPONSOR_PHASE_2) if (applies(q, a, today)) out.push({ question: q.id });
  return out;
}

/** The questions that apply to one member, in order. */
export function memberSteps(a: Answers, member: number, today: string): QuestionStep[] {
  return MEMBER_QUESTIONS.filter((q) => applies(q, a, today, member)).map((q) => ({
    question: q.id,
    member,
  }));
}

export function sameStep(x: Step, y: Step): boolean {
  if ('page' in x || 'page' in y) return 'page' in x && 'page' in y && x.page === y.page;
  return x.question === y.question && x.member === y.member;
}

export function isAnswered(a: Answers, step: Step): boolean {
  if ('page' in step)
    return step.page === 'members' ? a.done === true && a.members.length > 0 : false;
  return answerOf(a, step.question, step.member) !== undefined;
}

/** The first step not answered yet, or the check page when everything that matters is answered. */
export function nextStep(a: Answers, today: string): Step {
  return steps(a, today).find((s) => !isAnswered(a, s)) ?? { page: 'check' };
}

/** The step before this one (undefined before the first question: back to the start page). */
export function previousStep(a: Answers, at: Step, today: string): Step | undefined {
  const all = steps(a, today);
  const i = all.findIndex((s) => sameStep(s, at));
  if (i === -1) return all[all.length - 1];
  return i > 0 ? all[i - 1] : undefined;
}

/** While changing one member: the member's next question after `q`, then the member list. */
export function nextMemberStep(a: Answers, member: number, q: string, today: string): Step {
  const list = memberSteps(a, member, today);
  const i = list.findIndex((s) => s.question === q);
  return list[i + 1] ?? { page: 'members' };
}

/** Is a member's every applicable question answered? */
export function memberComplete(a: Answers, member: number, today: string): boolean {
  return memberSteps(a, member, today).every((s) => isAnswered(a, s));
}

export function isQuestionStep(step: Step): step is QuestionStep {
  return 'question' in step && question(step.question) !== undefined;
}
