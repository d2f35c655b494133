import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { WordSearch, type Word } from '../../src/lib/search/words';

interface Doc {
  id: string;
  title: string;
  text: string;
}

const docs: Doc[] = [
  { id: 'a', title: 'Visa for the spouse', text: 'The spouse applies for a long-stay visa.' },
  { id: 'b', title: 'Children', text: 'Children under 19 come with their parents on a visa.' },
  { id: 'c', title: 'Housing', text: 'The home must be large enough for the family.' },
  { id: 'd', title: 'Resources', text: 'Stable resources, at least the minimum wage.' },
  { id: 'e', title: 'Travel', text: 'Travel once the visas are issued; the family arrives.' },
];
const boost = { title: 3, text: 1 };
const built = () => {
  const index = new MiniSearch<Doc>({ fields: ['title', 'text'], storeFields: ['title'] });
  index.addAll(docs);
  return index;
};

/** The same words asked of MiniSearch in one query, its words joined with OR. */
function asOneQuery(index: MiniSearch<Doc>, words: Word[]) {
  const weight = new Map(words.map((w) => [w.term, w]));
  return index.search(words.map((w) => w.term).join(' '), {
    tokenize: (q) => q.split(' '),
    processTerm: (t) => t,
    boost,
    boostTerm: (t) => weight.get(t)?.weight ?? 1,
    fuzzy: (t) => (weight.get(t)?.typed ?? false) && t.length >= 5 && 0.2,
    maxFuzzy: 2,
    prefix: (t) => (weight.get(t)?.typed ?? false) && t.length >= 4,
    weights: { fuzzy: 0.5, prefix: 0.35 },
  });
}

const question: Word[] = [
  { term: 'famly', typed: true, weight: 1 }, // a typo
  { term: 'vis', typed: true, weight: 0.5 }, // too short to stand for "visa"
  { term: 'visa', typed: true, weight: 1 }, // and "visas"
  { term: 'spouse', typed: false, weight: 0.6 }, // a synonym, taken as it is
  { term: 'children', typed: true, weight: 1 },
];

describe('the words of a question, each searched once', () => {
  it('find what MiniSearch finds for the whole question, with the same scores', () => {
    const index = built();
    const joined = new WordSearch(index, boost, true).join(question);
    const whole = asOneQuery(index, question);
    expect(joined.map((r) => r.id)).toEqual(whole.map((r) => r.id));
    joined.forEach((r, i) => {
      const same = whole[i];
      expect(r.score).toBeCloseTo(same?.score ?? 0, 10);
      expect(new Set(r.queryTerms)).toEqual(new Set(same?.queryTerms));
      expect(new Set(r.terms)).toEqual(new Set(same?.terms));
    });
    expect(joined.find((r) => r.id === 'c')?.terms).toEqual(['family']);
  });

  it('answer a second question from what the first left, unchanged by it', () => {
    const words = new WordSearch(built(), boost, true);
    const first = words.join(question);
    const other: Word[] = [{ term: 'visa', typed: true, weight: 2 }];
    expect(words.join(other).map((r) => [r.id, r.terms])).toEqual([
      ['a', ['visa']],
      ['b', ['visa']],
      ['e', ['visas']],
    ]);
    expect(words.join(question)).toEqual(first);
  });

  it('give only the best ones when asked for a few, and no index terms unless wanted', () => {
    const index = built();
    const all = new WordSearch(index, boost, true).join(question);
    const few = new WordSearch(index, boost, false).join(question, 2);
    expect(few.map((r) => r.id)).toEqual(all.slice(0, 2).map((r) => r.id));
    expect(few.every((r) => r.terms.length === 0)).toBe(true);
  });

  it('keep documents scoring the same in the order found when only a few are asked for', () => {
    const index = new MiniSearch<Doc>({ fields: ['title', 'text'] });
    index.addAll(
      ['p', 'q', 'r', 's'].map((id) => ({ id, title: 'Visa', text: 'The same text for all.' })),
    );
    const words = new WordSearch(index, boost, false);
    const visa: Word[] = [{ term: 'visa', typed: true, weight: 1 }];
    expect(words.join(visa).map((r) => r.id)).toEqual(['p', 'q', 'r', 's']);
    expect(words.join(visa, 2).map((r) => r.id)).toEqual(['p', 'q']);
  });

  it('count the documents a word finds, with its typos and unfinished forms', () => {
    const words = new WordSearch(built(), boost, true);
    expect(words.count('visa', true)).toBe(3);
    expect(words.count('visa', false)).toBe(2);
    expect(words.count('passport', true)).toBe(0);
  });

  it('tolerate as many edits in a typo as the index allows', () => {
    const typo: Word[] = [{ term: 'rezourses', typed: true, weight: 1 }]; // two edits from "resources"
    expect(new WordSearch(built(), boost, false).join(typo).map((r) => r.id)).toEqual(['d']);
    expect(new WordSearch(built(), boost, false, 1).join(typo)).toEqual([]);
  });
});
