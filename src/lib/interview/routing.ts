/**
 * Which question comes next. The steps that apply follow from the answers so far and from the facts
 * the engine reports missing (a question asked only "when it matters" is asked when the engine says
 * that one of its facts matters and is not given). Answers are keyed by question id, so moving back
 * and forth or changing an answer never loses the others.
 */
import type { MissingFact } from '../law';
import { evaluate } from '../usecases/evaluate';
import type { Answer, Answers, Step } from './answers';
import {
  type Ctx,
  MEMBER_QUESTIONS,
  type Question,
  question,
  SPONSOR_PHASE_1,
  SPONSOR_PHASE_2,
} from './questions';
import { situationOf } from './situation';

/** The facts the engine reports missing for these answers (none while the status is unknown). */
export function missingFacts(a: Answers, today: string): MissingFact[] {
  const situation = situationOf(a);
  if (!situation) return [];
  const evaluated = evaluate(situation, { today });
  return evaluated.ok ? evaluated.value.assessment.missing : [];
}

function ctxOf(a: Answers, m?: number): Ctx {
  return m === undefined ? { answers: a } : { answers: a, member: a.m[m] };
}

export function answerOf(a: Answers, q: string, m?: number): Answer | undefined {
  return m === undefined ? a.s[q] : a.m[m]?.a[q];
}

function without(a: Answers, q: string, m?: number): Answers {
  if (m === undefined) {
    const s = { ...a.s };
    delete s[q];
    return { ...a, s };
  }
  return {
    ...a,
    m: a.m.map((mm, i) => {
      if (i !== m) return mm;
      const rest = { ...mm.a };
      delete rest[q];
      return { ...mm, a: rest };
    }),
  };
}

function reported(q: Question, missing: MissingFact[], memberKey?: string): boolean {
  return missing.some(
    (f) =>
      q.facts.includes(f.fact) &&
      (q.scope === 'sponsor' ? f.memberId === undefined : f.memberId === memberKey),
  );
}

/** Does this question apply now (to member number m for a member question)? */
export function applies(
  q: Question,
  a: Answers,
  today: string,
  missing: MissingFact[],
  m?: number,
): boolean {
  const ctx = ctxOf(a, m);
  if (!q.relevant(ctx)) return false;
  if (q.ask(ctx)) return true;
  const key = m === undefined ? undefined : a.m[m]?.k;
  if (answerOf(a, q.id, m) === undefined) return reported(q, missing, key);
  // Answered: it still applies if the fact would be missing without that answer.
  return reported(q, missingFacts(without(a, q.id, m), today), key);
}

/** The steps that apply to these answers, in order, up to and including the member list. */
export function steps(a: Answers, today: string): Step[] {
  const missing = missingFacts(a, today);
  const out: Step[] = [];
  for (const q of SPONSOR_PHASE_1) if (applies(q, a, today, missing)) out.push({ q: q.id });
  if (a.s.status === undefined) return out;
  a.m.forEach((_, i) => {
    for (const q of MEMBER_QUESTIONS)
      if (applies(q, a, today, missing, i)) out.push({ q: q.id, m: i });
  });
  out.push({ view: 'members' });
  for (const q of SPONSOR_PHASE_2) if (applies(q, a, today, missing)) out.push({ q: q.id });
  return out;
}

/** The questions that apply to one member, in order. */
export function memberSteps(a: Answers, m: number, today: string): Step[] {
  const missing = missingFacts(a, today);
  return MEMBER_QUESTIONS.filter((q) => applies(q, a, today, missing, m)).map((q) => ({
    q: q.id,
    m,
  }));
}

export function sameStep(x: Step, y: Step): boolean {
  if ('view' in x || 'view' in y) return 'view' in x && 'view' in y && x.view === y.view;
  return x.q === y.q && x.m === y.m;
}

export function isAnswered(a: Answers, step: Step): boolean {
  if ('view' in step) return step.view === 'members' ? a.done === true && a.m.length > 0 : false;
  return answerOf(a, step.q, step.m) !== undefined;
}

/** The first step not answered yet, or the check page when everything that matters is answered. */
export function nextStep(a: Answers, today: string): Step {
  return steps(a, today).find((s) => !isAnswered(a, s)) ?? { view: 'check' };
}

/** The step before this one (undefined before the first question: back to the start page). */
export function previousStep(a: Answers, at: Step, today: string): Step | undefined {
  const all = steps(a, today);
  const i = all.findIndex((s) => sameStep(s, at));
  if (i === -1) return all[all.length - 1];
  return i > 0 ? all[i - 1] : undefined;
}

/** While changing one member: the member's next question after `q`, then the member list. */
export function nextMemberStep(a: Answers, m: number, q: string, today: string): Step {
  const list = memberSteps(a, m, today);
  const i = list.findIndex((s) => 'q' in s && s.q === q);
  return list[i + 1] ?? { view: 'members' };
}

/** Is a member's every applicable question answered? */
export function memberComplete(a: Answers, m: number, today: string): boolean {
  return memberSteps(a, m, today).every((s) => isAnswered(a, s));
}

export function isQuestionStep(step: Step): step is { q: string; m?: number } {
  return 'q' in step && question(step.q) !== undefined;
}
