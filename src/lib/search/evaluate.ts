/**
 * Search quality on a set of questions whose answering passage is known: recall@1, recall@3 and MRR,
 * counted on passages (the page and the section anchor the answer links to), not on pages alone.
 */
import { z } from 'zod';
import type { SearchLocale } from './analyze';
import type { Answer } from './engine';

/** `page#section`, or `page` for the page's introduction. */
const passage = z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/);

export const evalSetSchema = z.array(
  z.strictObject({
    q: z.string().min(2),
    /** The passage that answers, or several when more than one states the answer. */
    a: z.union([passage, z.array(passage).min(1)]),
  }),
);
export type EvalQuestion = z.infer<typeof evalSetSchema>[number];

/** The passages a question accepts. */
export const expected = (q: EvalQuestion): string[] => (Array.isArray(q.a) ? q.a : [q.a]);

/** The passage an answer links to, as the evaluation sets write it. */
export const passageOf = (a: Pick<Answer, 'id' | 'section'>): string =>
  a.section ? `${a.id}#${a.section}` : a.id;

export interface EvalOutcome {
  question: EvalQuestion;
  /** 1-based rank of the first expected passage among the answers, or 0 if absent. */
  rank: number;
  /** 1-based rank of the first answer on an expected page (any passage), or 0. */
  pageRank: number;
  got: string[];
}

export interface EvalReport {
  locale: SearchLocale;
  count: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  /** recall@3 counted on pages only, for comparison with earlier measurements. */
  pageRecallAt3: number;
  outcomes: EvalOutcome[];
}

export function evaluate(
  locale: SearchLocale,
  questions: EvalQuestion[],
  ask: (locale: SearchLocale, q: string, limit: number) => Answer[],
  depth = 10,
): EvalReport {
  const outcomes = questions.map((question) => {
    const want = expected(question);
    const wantPages = want.map((p) => p.split('#')[0]);
    const answers = ask(locale, question.q, depth);
    const got = answers.map(passageOf);
    return {
      question,
      rank: got.findIndex((p) => want.includes(p)) + 1,
      pageRank: answers.findIndex((a) => wantPages.includes(a.id)) + 1,
      got,
    };
  });
  return summarize(locale, outcomes);
}

/** The figures of some outcomes (a part of a set already asked). */
export function summarize(locale: SearchLocale, outcomes: EvalOutcome[]): EvalReport {
  const share = (ok: (o: EvalOutcome) => boolean) =>
    outcomes.filter(ok).length / Math.max(1, outcomes.length);
  return {
    locale,
    count: outcomes.length,
    recallAt1: share((o) => o.rank === 1),
    recallAt3: share((o) => o.rank >= 1 && o.rank <= 3),
    mrr: outcomes.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / Math.max(1, outcomes.length),
    pageRecallAt3: share((o) => o.pageRank >= 1 && o.pageRank <= 3),
    outcomes,
  };
}
