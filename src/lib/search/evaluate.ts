/** Search quality on a set of questions whose answering page is known: recall@1, recall@3 and MRR. */
import { z } from 'zod';
import type { SearchLocale } from './analyze';
import type { Answer } from './engine';

export const evalSetSchema = z.array(
  z.strictObject({ q: z.string().min(2), page: z.string().min(2), section: z.string().optional() }),
);
export type EvalQuestion = z.infer<typeof evalSetSchema>[number];

export interface EvalOutcome {
  question: EvalQuestion;
  /** 1-based rank of the expected page among the answers, or 0 if absent. */
  rank: number;
  got: string[];
}

export interface EvalReport {
  locale: SearchLocale;
  count: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  outcomes: EvalOutcome[];
}

export function evaluate(
  locale: SearchLocale,
  questions: EvalQuestion[],
  ask: (locale: SearchLocale, q: string, limit: number) => Answer[],
  depth = 10,
): EvalReport {
  const outcomes = questions.map((question) => {
    const got = ask(locale, question.q, depth).map((a) => a.id);
    return { question, rank: got.indexOf(question.page) + 1, got };
  });
  const share = (ok: (o: EvalOutcome) => boolean) =>
    outcomes.filter(ok).length / Math.max(1, outcomes.length);
  return {
    locale,
    count: outcomes.length,
    recallAt1: share((o) => o.rank === 1),
    recallAt3: share((o) => o.rank >= 1 && o.rank <= 3),
    mrr: outcomes.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / Math.max(1, outcomes.length),
    outcomes,
  };
}
