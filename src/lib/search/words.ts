/**
 * What each word of a question finds in an index, worked out once and kept for the next questions:
 * people ask with the same few hundred words ("visa", "famille", "enfant"), and a word's matches
 * (with its typos and unfinished forms, scored by BM25) are most of a question's cost.
 *
 * A question's results are its words' results joined as MiniSearch joins the words of one query
 * (`combineWith: 'OR'`): a document scores the sum of its words' scores, each times the word's
 * weight, times the number of the question's words it holds.
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

/**
 * A person's own word tolerates typos from 5 letters on (20 % of its length, at most `maxTypos`
 * edits, 2 unless the index says otherwise)…
 */
const typos = (t: string): number | false => (t.length >= 5 ? 0.2 : false);
const MAX_TYPOS = 2;
/** …and stands for the words it begins from 4 letters on. */
const unfinished = (t: string): boolean => t.length >= 4;
/** A typo's word weighs half, an unfinished word's ends a third. */
const TOLERANCE = { fuzzy: 0.5, prefix: 0.35 };

/**
 * The documents one word finds: their slots (see `WordSearch.slot`), scores and the index terms they
 * matched through.
 */
interface WordMatches {
  slots: number[];
  scores: number[];
  terms: string[][];
}

/** A document found by a question. */
export interface Joined {
  id: string | number;
  score: number;
  /** The index terms it matched (a typo's word, an unfinished word's end). */
  terms: string[];
  /** The question's words it holds. */
  queryTerms: string[];
}

/** A word of a question: as the person wrote it (`typed`: typos and unfinished words tolerated) or not. */
export interface Word {
  term: string;
  typed: boolean;
  weight: number;
}

/** How many words each index remembers (the most recently asked). */
const KEEP = 3000;

type FieldBoost = SearchOptions['boost'];

const searches = new WeakMap<object, WordSearch<never>>();

/**
 * The word search of an index, made on its first question with the `boost` of its fields, whether
 * the index terms a document matched are wanted (`marks`: to mark them in an excerpt) and how many
 * edits a typo may make at most.
 */
export function wordSearch<T>(
  index: MiniSearch<T>,
  boost: FieldBoost,
  marks: boolean,
  maxTypos = MAX_TYPOS,
): WordSearch<T> {
  let known = searches.get(index) as WordSearch<T> | undefined;
  if (!known) {
    known = new WordSearch(index, boost, marks, maxTypos);
    searches.set(index, known as WordSearch<never>);
  }
  return known;
}

export class WordSearch<T> {
  private readonly kept = new Map<string, WordMatches>();
  /** Each document found so far has a slot, its place in `ids`. */
  private readonly slot = new Map<string | number, number>();
  private readonly ids: (string | number)[] = [];

  constructor(
    readonly index: MiniSearch<T>,
    private readonly boost: FieldBoost,
    private readonly marks: boolean,
    private readonly maxTypos = MAX_TYPOS,
  ) {}

  /** The number of documents a word finds. */
  count(term: string, typed: boolean): number {
    return this.matches(term, typed).slots.length;
  }

  /**
   * The `limit` documents a question's words find best, best first (ties in the order found). Each
   * document's score is summed in place; the words and index terms it holds are gathered only for the
   * documents returned.
   */
  join(words: Word[], limit = Infinity): Joined[] {
    const lists = words.map(({ term, typed }) => this.matches(term, typed));
    const n = this.ids.length;
    const score = new Float64Array(n);
    const held = new Uint16Array(n);
    const touched: number[] = [];
    for (const [w, { weight }] of words.entries()) {
      const { slots, scores } = lists[w] as WordMatches;
      for (let i = 0; i < slots.length; i += 1) {
        const at = slots[i] as number;
        if (held[at] === 0) touched.push(at);
        held[at] = (held[at] as number) + 1;
        score[at] = (score[at] as number) + weight * (scores[i] as number);
      }
    }
    for (const at of touched) score[at] = (score[at] as number) * (held[at] as number);
    const best =
      limit < touched.length ? top(touched, score, limit) : stableByScore(touched, score);
    // each returned document's place in the answer, plus one (0: not returned)
    const place = new Int32Array(n);
    const out = best.map((at, i): Joined => {
      place[at] = i + 1;
      return {
        id: this.ids[at] as string | number,
        score: score[at] as number,
        terms: [],
        queryTerms: [],
      };
    });
    for (const [w, { term }] of words.entries()) {
      const { slots, terms } = lists[w] as WordMatches;
      for (let i = 0; i < slots.length; i += 1) {
        const found = out[(place[slots[i] as number] as number) - 1];
        if (!found) continue;
        found.queryTerms.push(term);
        if (this.marks)
          for (const t of terms[i] as string[]) if (!found.terms.includes(t)) found.terms.push(t);
      }
    }
    return out;
  }

  private matches(term: string, typed: boolean): WordMatches {
    const key = `${typed ? '~' : '='}${term}`;
    const known = this.kept.get(key);
    if (known) {
      // the most recently asked words are kept
      this.kept.delete(key);
      this.kept.set(key, known);
      return known;
    }
    const results = this.index.search(term, {
      boost: this.boost,
      weights: TOLERANCE,
      tokenize: (q) => [q],
      processTerm: (t) => t,
      fuzzy: typed && typos(term),
      maxFuzzy: this.maxTypos,
      prefix: typed && unfinished(term),
    });
    // most documents matched the word through the same terms: one list serves them
    const lists = new Map<string, string[]>();
    const shared = (terms: string[]) => {
      const key = terms.join(' ');
      const known = lists.get(key);
      if (known) return known;
      lists.set(key, terms);
      return terms;
    };
    const made: WordMatches = {
      slots: results.map((r) => this.slotOf(r.id as string | number)),
      scores: results.map((r) => r.score),
      terms: this.marks ? results.map((r) => shared(r.terms)) : [],
    };
    if (this.kept.size >= KEEP) this.kept.delete(this.kept.keys().next().value as string);
    this.kept.set(key, made);
    return made;
  }

  private slotOf(id: string | number): number {
    let at = this.slot.get(id);
    if (at === undefined) {
      at = this.ids.length;
      this.ids.push(id);
      this.slot.set(id, at);
    }
    return at;
  }
}

/** The documents by score, best first, ties in the order found. */
const stableByScore = (found: number[], score: Float64Array): number[] =>
  found.sort((a, b) => (score[b] as number) - (score[a] as number));

/**
 * The `limit` best documents, as `stableByScore(found).slice(0, limit)` gives them, kept in a sorted
 * list of `limit` places: most documents fall below the last place and cost one comparison.
 */
function top(found: number[], score: Float64Array, limit: number): number[] {
  const kept: number[] = [];
  for (const at of found) {
    const s = score[at] as number;
    if (kept.length === limit && s <= (score[kept[limit - 1] as number] as number)) continue;
    // after the last kept document scoring at least as much: ties stay in the order found
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((score[kept[mid] as number] as number) >= s) lo = mid + 1;
      else hi = mid;
    }
    kept.splice(lo, 0, at);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}
