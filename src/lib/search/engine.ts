/**
 * The guide's search engine: one MiniSearch index per language whose documents are passages of the
 * guide's pages (each paragraph, note or list of a section) and, for each page, its summary and search
 * keywords. A passage links to its section's anchor. The index is built once from the content,
 * serialised to JSON, and loaded back with the same options wherever questions are answered.
 *
 * Ranking: a passage scores its own match (heading and page title boosted), plus a share of what the
 * other passages of its section match (the section as a whole answers), plus a share of what the page's
 * summary and keywords match. A page ranks by its best passage, and that passage is its answer; the
 * page's next best section follows it, lower the further behind it comes.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import {
  indexTerm,
  queryTerms,
  type QueryTerms,
  textTerms,
  tokenize,
  type Romanizer,
  type SearchLocale,
} from './analyze';
import { askedVotes, loadAsked, type AskedDoc } from './asked';
import { wordSearch, type Word } from './words';
import {
  ARABIC_SCRIPT,
  CYRILLIC,
  ETHIOPIC,
  RomanizedLexicon,
  type Transliteration,
} from './romanized';

export interface PassageDoc {
  /** `${page}#${section}~${n}` for a passage, `${page}` for the page's title, summary and keywords. */
  id: string;
  page: string;
  /** The section's anchor; empty for the introduction and for the page's own document. */
  section: string;
  /** The page title, on the page's document only (searched and stored once per page). */
  title: string;
  /**
   * The section heading, on the first passage of its section only, so that a long section does not
   * count it several times; the other passages show the heading stored there.
   */
  heading: string;
  text: string;
  /** The page's summary and search keywords, on the page's document only. */
  keywords: string;
  /**
   * In the languages written in another script, the French page's title, summary and keywords (on
   * the page's document) or the French section's heading and keywords (on the section's first
   * passage): people mix the administration's French into their own language ("carte de résident",
   * "récépissé", "titre de séjour"), and the French pages say it best. Empty in French and English.
   */
  french: string;
}

export interface Highlighted {
  text: string;
  mark: boolean;
}

export interface Answer {
  id: string;
  /** The language of the passage (the reader's, or English for a page not yet translated). */
  lang: SearchLocale;
  section: string;
  title: string;
  heading: string;
  url: string;
  /** The passage, as pieces of text, the matched words marked. */
  excerpt: Highlighted[];
  score: number;
}

const FIELDS = ['title', 'heading', 'text', 'keywords', 'french'] as const;
const STORED = ['page', 'section', 'title', 'heading', 'text'] as const;

export function indexOptions(locale: SearchLocale): Options<PassageDoc> {
  return {
    fields: [...FIELDS],
    storeFields: [...STORED],
    tokenize,
    processTerm: (token) => indexTerm(locale, token),
  };
}

export function buildIndex(locale: SearchLocale, docs: PassageDoc[]): MiniSearch<PassageDoc> {
  const index = new MiniSearch<PassageDoc>(indexOptions(locale));
  index.addAll(docs);
  return index;
}

/** Languages written in another script, whose speakers often type them in Latin letters. */
const ROMANIZED: Partial<Record<SearchLocale, Transliteration>> = {
  ar: ARABIC_SCRIPT,
  fa: ARABIC_SCRIPT,
  ps: ARABIC_SCRIPT,
  ru: CYRILLIC,
  uk: CYRILLIC,
  ti: ETHIOPIC,
};
const romanizers = new WeakMap<MiniSearch<PassageDoc>, Romanizer>();
/** Each index's questions people ask (`asked.ts`), when it has them. */
const askedOf = new WeakMap<MiniSearch<PassageDoc>, MiniSearch<AskedDoc>>();

/** The parts of a serialised index the romanizer reads. */
interface SavedIndex {
  index: [string, unknown][];
  storedFields: Record<string, { title?: string; heading?: string; text?: string }>;
}

/** An index of passages, and the serialised index of the questions people ask about them. */
export function loadIndex(
  locale: SearchLocale,
  json: string,
  asked?: string,
): MiniSearch<PassageDoc> {
  const saved = JSON.parse(json) as Parameters<typeof MiniSearch.loadJS>[0] & SavedIndex;
  const index = MiniSearch.loadJS<PassageDoc>(saved, indexOptions(locale));
  const scheme = ROMANIZED[locale];
  if (scheme) romanizers.set(index, romanizer(locale, saved, scheme));
  if (asked !== undefined) askedOf.set(index, loadAsked(locale, asked));
  return index;
}

/**
 * Reads a Latin word of a question in a language written in another script as the guide's word with
 * the same key (`romanized.ts`), unless the guide uses the word itself (the administration's French:
 * préfecture, OFPRA, regroupement).
 */
function romanizer(locale: SearchLocale, saved: SavedIndex, scheme: Transliteration): Romanizer {
  const terms = new Set(saved.index.map(([term]) => term));
  const words = Object.values(saved.storedFields).flatMap((f) =>
    tokenize(`${f.title ?? ''} ${f.heading ?? ''} ${f.text ?? ''}`).filter((w) =>
      scheme.script.test(w),
    ),
  );
  const lexicon = new RomanizedLexicon(words, scheme);
  return (token) => {
    const own = indexTerm(locale, token);
    return own === null || terms.has(own) ? undefined : lexicon.lookup(token);
  };
}

/**
 * Field weights: a word in a page title or a heading says more than a word in the text. The French
 * title, heading and keywords weigh as text: they answer the administration's French words a
 * question mixes in, not the question's own language.
 */
const BOOST = { title: 4, heading: 2, keywords: 1.5, text: 1, french: 1 };
/**
 * A passage's score: its own match, plus SECTION_SHARE of the other passages of its section, plus
 * PAGE_SHARE of the page's summary and keywords; then multiplied by the share of the person's words the
 * section and page cover (to the power COVERAGE), so that an answer to the whole question beats a
 * passage that repeats one of its words.
 */
const SECTION_SHARE = 1;
const PAGE_SHARE = 1;
const COVERAGE = 1;
/**
 * When the page's title explains every word of the question, its introduction answers if it scores at
 * least INTRO_SHARE of the best section ("how much income do I need" is answered by the section giving
 * the amount, "where can I get free help" by the introduction).
 */
const INTRO_SHARE = 0.8;
/** Extra weight of a page whose title holds every word of the question. */
const TITLE_BONUS = 0.5;
/**
 * The passage a page answers with: its score times SPECIFIC_FLOOR plus the share (by rarity) of the
 * question's words, among those the page title lacks, that its section holds: a section holding a
 * rare word of the question beats one holding only common words ("25", "come").
 */
const SPECIFIC_FLOOR = 0.25;
/**
 * A page answers with a second section too, scored as the page times (that section's choice score
 * over the first's) to the power NEXT_SECTION: a close second stays near its page, a distant one
 * falls behind other pages.
 */
const NEXT_SECTION = 0.5;
/**
 * Weight of a passage's vote by the questions people ask (`asked.ts`, the votes adding up to 1)
 * against a page's score relative to the best page's.
 */
const ASKED_SHARE = 3;

export const MAX_QUERY_LENGTH = 300;

const wordsIn = (index: MiniSearch<PassageDoc>) => wordSearch(index, BOOST, true);

function search(index: MiniSearch<PassageDoc>, query: QueryTerms): SearchResult[] {
  const { terms, expansions, weights } = query;
  if (terms.length === 0) return [];
  // the person's own words tolerate typos and unfinished words; synonyms are taken as they are, and
  // count less than the person's own words
  const words: Word[] = [
    ...terms.map((term) => ({ term, typed: true, weight: weights.get(term) ?? 1 })),
    ...[...expansions].map(([term, weight]) => ({ term, typed: false, weight })),
  ];
  return wordsIn(index)
    .join(words)
    .map(({ id, score, terms, queryTerms }) => {
      const { page, section, text } = index.getStoredFields(String(id)) ?? {};
      return { id, score, terms, queryTerms, match: {}, page, section, text };
    });
}

interface Ranked {
  best: SearchResult;
  score: number;
  /** The words to mark in its excerpt, worked out for the answers shown only. */
  matched: () => Set<string>;
}

/** A section or a page: the sum of its passages' scores and the person's words they hold (a bit each). */
interface Bag {
  score: number;
  words: number;
  /** The person's own words it holds (not through a synonym). */
  own: number;
}

/** The person's words a search holds count by bits: the first 31 words of a question. */
const MAX_WORDS = 31;
const bits = (mask: number) => {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n += 1;
  return n;
};

/** What is worked out once per index and key (a title's terms), kept with the index. */
function memo<T>(
  caches: WeakMap<MiniSearch<PassageDoc>, Map<string, T>>,
  index: MiniSearch<PassageDoc>,
  key: string,
  make: () => T,
): T {
  let known = caches.get(index);
  if (!known) {
    known = new Map();
    caches.set(index, known);
  }
  let value = known.get(key);
  if (value === undefined) {
    value = make();
    known.set(key, value);
  }
  return value;
}

/**
 * How rare a person's word is in the index: the inverse document frequency of the passages it finds
 * (with the typo and prefix tolerance of the search), so that a mistyped word weighs as the word meant.
 */
function rarity(index: MiniSearch<PassageDoc>, t: string): number {
  const found = wordsIn(index).count(t, true);
  const n = index.documentCount;
  return Math.log(1 + (n - found + 0.5) / (found + 0.5));
}

const titles = new WeakMap<MiniSearch<PassageDoc>, Map<string, Set<string>>>();
/** The terms of a page's title, analysed once per index. */
function titleTerms(
  index: MiniSearch<PassageDoc>,
  locale: SearchLocale,
  page: string,
): Set<string> {
  return memo(
    titles,
    index,
    page,
    () => new Set(textTerms(locale, String(index.getStoredFields(page)?.title ?? ''))),
  );
}

/**
 * Pages, best first, each with the passage that answers and its next best section. A page scores its
 * best passage: the passage's own match, SECTION_SHARE of the rest of its section, PAGE_SHARE of the
 * page's title and keywords, times the share of the person's words covered (to the power COVERAGE).
 *
 * The passage shown is chosen on the words the page's title does not already explain, weighed by their
 * rarity (SPECIFIC_FLOOR): "my father and mother, family regroupment" on the page about parents is
 * answered by its section on regroupment.
 * When the title explains every word matched ("I have no birth certificate"), the introduction
 * answers if it matches at least INTRO_SHARE of the best section; otherwise that section does (its
 * heading or section keywords say it: "how much income do I need" is answered by the amount).
 */
function rank(
  index: MiniSearch<PassageDoc>,
  locale: SearchLocale,
  query: QueryTerms,
  results: SearchResult[],
  votes: Map<string, number>,
): Ranked[] {
  // each of the person's words is a bit; its synonyms set the same bit
  const own = query.terms.slice(0, MAX_WORDS);
  const ownBit = new Map(own.map((t, i) => [t, 1 << i]));
  const bitOf = new Map(ownBit);
  for (const [s, from] of query.stands)
    for (const t of from) bitOf.set(s, (bitOf.get(s) ?? 0) | (ownBit.get(t) ?? 0));
  /** The person's words a result holds: in any form, and as the person wrote them. */
  const masksOf = (r: SearchResult) => {
    let words = 0;
    let mine = 0;
    for (const t of r.queryTerms) {
      words |= bitOf.get(t) ?? 0;
      mine |= ownBit.get(t) ?? 0;
    }
    return { words, own: mine };
  };
  // a word counts by how rare it is in the guide: covering "passport" says more than covering "wife"
  const weights = own.map((t) => rarity(index, t) * (query.weights.get(t) ?? 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const weightOf = (mask: number) => {
    let sum = 0;
    for (let i = 0; i < weights.length; i += 1) if (mask & (1 << i)) sum += weights[i] as number;
    return sum;
  };
  const coverage = (mask: number) => weightOf(mask) / total;

  const sections = new Map<string, Bag>();
  const pages = new Map<string, Bag>();
  for (const r of results) {
    const page = String(r.page);
    const { words, own: mine } = masksOf(r);
    const key = String(r.id) === page ? page : `${page}#${r.section}`;
    const bags = String(r.id) === page ? pages : sections;
    const bag = bags.get(key) ?? { score: 0, words: 0, own: 0 };
    bag.score += r.score;
    bag.words |= words;
    bag.own |= mine;
    bags.set(key, bag);
  }

  /** The person's own words (not synonyms: "association" is not explained by "aide") in a page title. */
  const titleMask = (page: string) => {
    const title = titleTerms(index, locale, page);
    return own.reduce((mask, t, i) => (title.has(t) ? mask | (1 << i) : mask), 0);
  };

  interface Choice {
    r: SearchResult;
    raw: number;
    /**
     * The person's own words (not their synonyms: "child" on an introduction does not say "son")
     * found in the passage's section and not in the page's title, by their weight (rarity), as a share
     * of the weight of the question's words the title lacks.
     */
    share: number;
  }
  const byPage = new Map<string, Choice[]>();
  const titleMasks = new Map<string, number>();
  for (const r of results) {
    const page = String(r.page);
    if (String(r.id) === page) continue;
    // every passage was added to its section above
    const section = sections.get(`${page}#${r.section}`);
    if (!section) continue;
    const whole = pages.get(page);
    let known = titleMasks.get(page);
    if (known === undefined) {
      known = titleMask(page);
      titleMasks.set(page, known);
    }
    const list = byPage.get(page) ?? [];
    list.push({
      r,
      raw:
        (r.score + SECTION_SHARE * (section.score - r.score) + PAGE_SHARE * (whole?.score ?? 0)) *
        coverage(section.words | (whole?.words ?? 0)) ** COVERAGE,
      share: weightOf(section.own & ~known) / (weightOf(~known & ((1 << own.length) - 1)) || 1),
    });
    byPage.set(page, list);
  }
  const leadOf = (page: string) => storedResult(index, `${page}#~0`);
  const wordsOf = (mask: number) => own.filter((_, i) => mask & (1 << i));

  const out: Ranked[] = [];
  for (const [page, whole] of pages) {
    if (byPage.has(page)) continue;
    // found only by its title or keywords: the introduction answers
    const lead = leadOf(page);
    if (lead)
      out.push({
        best: lead,
        score: PAGE_SHARE * whole.score * coverage(whole.words) ** COVERAGE,
        matched: () => new Set(wordsOf(whole.words)),
      });
  }
  /** Each passage found, by `passageKey`: its best result and score, as its page would score it. */
  const found = new Map<string, { r: SearchResult; score: number }>();
  /** Pages whose title holds every word of the question. */
  const named = new Set<string>();
  for (const [page, list] of byPage) {
    // a page whose title holds every word of the question is what the question names
    const isNamed = own.length > 0 && bits(titleMasks.get(page) ?? 0) === own.length;
    if (isNamed) named.add(page);
    let score = 0;
    for (const c of list) {
      score = Math.max(score, c.raw);
      const key = passageKey(c.r);
      const raw = c.raw * (isNamed ? 1 + TITLE_BONUS : 1);
      if ((found.get(key)?.score ?? -1) < raw) found.set(key, { r: c.r, score: raw });
    }
    if (isNamed) score *= 1 + TITLE_BONUS;
    const pick = (c: Choice) => c.raw * (SPECIFIC_FLOOR + c.share);
    const top = list.reduce((x, y) => (pick(y) > pick(x) ? y : x));
    const intro = list.find((c) => c.r.id === `${page}#~0`);
    // the title explains every word: the introduction answers, unless a section says it clearly better
    const chosen =
      top.share === 0 && pages.has(page) && intro && intro.raw >= INTRO_SHARE * top.raw
        ? intro.r
        : top.r;
    if (!chosen) continue;
    const matchedBy = (r: SearchResult) => () =>
      new Set([...r.terms, ...r.queryTerms, ...wordsOf(pages.get(page)?.words ?? 0)]);
    out.push({ best: chosen, score, matched: matchedBy(chosen) });
    // the page's next best section follows, by how close it comes: the page may be right and its
    // best passage not the one asked about
    const others = list.filter((c) => c.r.section !== chosen.section);
    if (others.length === 0) continue;
    const next = others.reduce((x, y) => (pick(y) > pick(x) ? y : x));
    const closeness = pick(next) / (pick(top) || 1);
    out.push({
      best: next.r,
      score: score * closeness ** NEXT_SECTION,
      matched: matchedBy(next.r),
    });
  }
  return withVotes(index, query, out, found, named, votes);
}

/** The passage a ranked answer links to, as the questions people ask name it. */
const passageKey = (r: SearchResult): string =>
  r.section ? `${String(r.page)}#${String(r.section)}` : String(r.page);

/**
 * The pages' answers joined with the passages the nearest questions people ask vote for: each answer
 * scores its share of the best page's score plus ASKED_SHARE of its vote; a passage voted for but not
 * among the answers scores its vote plus its own share if the search found it (shown by its best
 * passage found, or its first). At most two answers a page, from different sections.
 */
function withVotes(
  index: MiniSearch<PassageDoc>,
  query: QueryTerms,
  out: Ranked[],
  found: Map<string, { r: SearchResult; score: number }>,
  named: Set<string>,
  votes: Map<string, number>,
): Ranked[] {
  const best = Math.max(0, ...out.map((a) => a.score)) || 1;
  const joined = out.map((a) => ({
    ...a,
    score: a.score / best + ASKED_SHARE * (votes.get(passageKey(a.best)) ?? 0),
  }));
  const answered = new Set(out.map((a) => passageKey(a.best)));
  const words = new Set([...query.terms, ...query.expansions.keys()]);
  for (const [passage, vote] of votes) {
    if (answered.has(passage)) continue;
    const seen = found.get(passage);
    const [page = '', section = ''] = passage.split('#');
    const shown = seen?.r ?? storedResult(index, `${page}#${section}~0`);
    if (shown)
      joined.push({
        best: shown,
        score: (seen?.score ?? 0) / best + ASKED_SHARE * vote,
        matched: seen
          ? () => new Set([...seen.r.terms, ...seen.r.queryTerms, ...words])
          : () => words,
      });
  }
  // the question names the page: its introduction answers unless a section does clearly better
  for (const a of joined)
    if (!a.best.section && named.has(String(a.best.page))) a.score /= INTRO_SHARE;
  joined.sort((a, b) => b.score - a.score);
  const perPage = new Map<string, Set<string>>();
  return joined.filter((a) => {
    const sections = perPage.get(String(a.best.page)) ?? new Set<string>();
    const section = String(a.best.section);
    if (sections.size >= 2 || sections.has(section)) return false;
    sections.add(section);
    perPage.set(String(a.best.page), sections);
    return true;
  });
}

/** A stored passage as a search result that matched nothing (a page's introduction, say). */
function storedResult(index: MiniSearch<PassageDoc>, id: string): SearchResult | undefined {
  const stored = index.getStoredFields(id);
  return stored
    ? ({ ...stored, id, score: 0, terms: [], queryTerms: [], match: {} } as SearchResult)
    : undefined;
}

const EXCERPT_CHARS = 240;

/** A passage's sentences and the index terms each holds, analysed once per index. */
interface Sentences {
  sentences: string[];
  terms: Set<string>[];
}
const analysed = new WeakMap<MiniSearch<PassageDoc>, Map<string, Sentences>>();

const termCache = new Map<string, string | null>();
/** indexTerm, remembered: excerpts analyse the same words again and again. */
function term(locale: SearchLocale, word: string): string | null {
  const key = `${locale}:${word}`;
  let t = termCache.get(key);
  if (t === undefined) {
    if (termCache.size > 50_000) termCache.clear();
    t = indexTerm(locale, word);
    termCache.set(key, t);
  }
  return t;
}

/**
 * The sentence of passage `id` that holds most matched words, with its neighbour if room is left.
 */
function excerpt(
  index: MiniSearch<PassageDoc>,
  locale: SearchLocale,
  id: string,
  text: string,
  matched: Set<string>,
): Highlighted[] {
  const { sentences, terms } = memo(analysed, index, id, () => {
    const split = text.match(/[^.!?؟۔።፧]+[.!?؟۔።፧]*\s*/g) ?? [text];
    return { sentences: split, terms: split.map((s) => new Set(textTerms(locale, s))) };
  });
  let best = 0;
  let bestScore = -1;
  terms.forEach((held, i) => {
    let score = 0;
    for (const t of held) if (matched.has(t)) score += 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  let passage = sentences[best] ?? '';
  for (let i = best + 1; i < sentences.length; i += 1) {
    const next = sentences[i] ?? '';
    if (passage.length + next.length > EXCERPT_CHARS) break;
    passage += next;
  }
  passage = passage.trim();
  if (passage.length > EXCERPT_CHARS + 60) {
    const cut = passage.lastIndexOf(' ', EXCERPT_CHARS);
    passage = `${passage.slice(0, cut > 0 ? cut : EXCERPT_CHARS)} …`;
  }
  const pieces: Highlighted[] = [];
  for (const part of passage.split(/([\p{L}\p{N}\p{M}]+)/u)) {
    if (part === '') continue;
    const t = /[\p{L}\p{N}]/u.test(part) ? term(locale, part) : null;
    const mark = t !== null && matched.has(t);
    const last = pieces.at(-1);
    if (last && last.mark === mark && !mark) last.text += part;
    else pieces.push({ text: part, mark });
  }
  return pieces;
}

/**
 * The best passages for a question, best first: at most two per page, from different sections. `locale` is the index's
 * language; links point to the reader's guide (`reader`, the same unless the index stands in for
 * pages not yet translated), and pages in `skip` are left out.
 */
export function answer(
  index: MiniSearch<PassageDoc>,
  locale: SearchLocale,
  query: string,
  limit = 5,
  reader: SearchLocale = locale,
  skip: ReadonlySet<string> = new Set(),
): Answer[] {
  const out: Answer[] = [];
  const question = query.slice(0, MAX_QUERY_LENGTH);
  const q = queryTerms(locale, question, romanizers.get(index));
  const asked = askedOf.get(index);
  const votes = asked ? askedVotes(asked, locale, question, q) : new Map<string, number>();
  for (const { best: r, score, matched } of rank(index, locale, q, search(index, q), votes)) {
    const page = String(r.page);
    if (skip.has(page)) continue;
    const section = String(r.section);
    const heading = section ? index.getStoredFields(`${page}#${section}~0`)?.heading : '';
    out.push({
      id: page,
      lang: locale,
      section,
      title: String(index.getStoredFields(page)?.title ?? ''),
      heading: String(heading ?? ''),
      url: `/${reader}/guide/${page}${section ? `#${section}` : ''}`,
      excerpt: excerpt(index, locale, String(r.id), String(r.text), matched()),
      score,
    });
    if (out.length >= limit) break;
  }
  return out;
}

/** An excerpt as HTML (escaped text, matched words in <mark>) for the API and the pages. */
export function excerptHtml(pieces: Highlighted[]): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return pieces.map((p) => (p.mark ? `<mark>${esc(p.text)}</mark>` : esc(p.text))).join('');
}
