/**
 * The search's evaluation questions, read from the repository: for each language, the questions the
 * search was tuned on (`tests/search/eval/<lang>.yaml`: their misses have been read while it was
 * improved) and the unseen questions (`tests/search/eval/unseen/<lang>.yaml`: written by people who did
 * not run the search, and measured once the changes were made, their misses unread). The figures that
 * count are those of both parts together; the unseen part alone estimates how the search does on
 * questions nobody has looked at. Once unseen questions have been read, they join the tuning part and
 * a new unseen part is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { SearchLocale } from '../src/lib/search/analyze';
import { evalSetSchema, type EvalQuestion } from '../src/lib/search/evaluate';

export const EVAL_PARTS = ['tuning', 'unseen'] as const;
export type EvalPart = (typeof EVAL_PARTS)[number];

const fileOf = (locale: SearchLocale, part: EvalPart) =>
  new URL(
    `../tests/search/eval/${part === 'unseen' ? 'unseen/' : ''}${locale}.yaml`,
    import.meta.url,
  );

/** One part of a language's questions (an empty list when the part has no file). */
export function evalPart(locale: SearchLocale, part: EvalPart): EvalQuestion[] {
  const file = fileOf(locale, part);
  return existsSync(file) ? evalSetSchema.parse(parse(readFileSync(file, 'utf8'))) : [];
}

/** Both parts of a language's questions. */
export const evalSet = (locale: SearchLocale): EvalQuestion[] =>
  EVAL_PARTS.flatMap((part) => evalPart(locale, part));
