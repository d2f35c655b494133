/**
 * Questions people ask, each with the passage of the guide that answers it
 * (`src/lib/content/asked/<lang>/<page>.yaml`), in a second index per language. A person's question
 * is also answered by the passages whose listed questions come nearest to it: people say "my son turns
 * 19 next month" where the guide says "age limit", and a question written as people write meets their
 * words, their spellings and their Latin-letter Arabic, Dari or Russian.
 */
import MiniSearch, { type Options } from 'minisearch';
import { indexTerm, tokenize, type QueryTerms, type SearchLocale } from './analyze';
import { wordSearch } from './words';

export interface AskedDoc {
  id: number;
  /** `page#section`, or `page` for its introduction. */
  passage: string;
  text: string;
}

export function askedOptions(locale: SearchLocale): Options<AskedDoc> {
  return {
    fields: ['text'],
    storeFields: ['passage'],
    tokenize,
    processTerm: (token) => indexTerm(locale, token),
  };
}

export function buildAsked(locale: SearchLocale, docs: AskedDoc[]): MiniSearch<AskedDoc> {
  const index = new MiniSearch<AskedDoc>(askedOptions(locale));
  index.addAll(docs);
  return index;
}

export const loadAsked = (locale: SearchLocale, json: string): MiniSearch<AskedDoc> =>
  MiniSearch.loadJSON<AskedDoc>(json, askedOptions(locale));

/** How many of the nearest questions vote. */
const NEAREST = 20;
/**
 * A typo in a person's word meets the questions people ask within one edit (the guide's passages
 * allow two): the same recall on the tuning part, and the slowest questions a fifth faster.
 */
const TYPOS = 1;

/**
 * The passages whose questions come nearest to the person's, each with its vote: its share of the
 * match of the NEAREST nearest questions (each counted relative to the nearest one), so that the votes
 * add up to 1. A question that many passages are asked about the same way ("family regroupment")
 * spreads its votes; a question asked about one passage gives it most of them. The question's words
 * count as the person typed them (a Latin-letter word meets the same spelling) and as the guide's
 * words they stand for, with their typos and unfinished words, but without synonyms: the questions
 * people ask already hold their words.
 */
export function askedVotes(
  index: MiniSearch<AskedDoc>,
  locale: SearchLocale,
  question: string,
  query: QueryTerms,
): Map<string, number> {
  const typed = tokenize(question)
    .map((w) => indexTerm(locale, w))
    .filter((t): t is string => t !== null);
  const terms = [...new Set([...typed, ...query.terms])];
  const votes = new Map<string, number>();
  if (terms.length === 0) return votes;
  const found = wordSearch(index, {}, false, TYPOS).join(
    terms.map((term) => ({ term, typed: true, weight: query.weights.get(term) ?? 1 })),
    NEAREST,
  );
  const nearest = found[0]?.score ?? 1;
  for (const r of found) {
    const passage = String(index.getStoredFields(r.id)?.passage);
    votes.set(passage, (votes.get(passage) ?? 0) + r.score / nearest);
  }
  const all = [...votes.values()].reduce((a, b) => a + b, 0) || 1;
  for (const [passage, v] of votes) votes.set(passage, v / all);
  return votes;
}
