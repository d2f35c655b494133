/**
 * The guide's search engine: one MiniSearch index per language whose documents are page sections
 * (the introduction and each second-level heading). The index is built once from the content, serialised
 * to JSON, and loaded back with the same options wherever questions are answered.
 */
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { indexTerm, queryTerms, tokenize, type SearchLocale } from './analyze';

export interface SectionDoc {
  /** `${page}#${section}`; the introduction's section is empty. */
  id: string;
  page: string;
  section: string;
  title: string;
  heading: string;
  text: string;
  keywords: string;
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

const FIELDS = ['title', 'heading', 'text', 'keywords'] as const;
const STORED = ['page', 'section', 'title', 'heading', 'text'] as const;

export function indexOptions(locale: SearchLocale): Options<SectionDoc> {
  return {
    fields: [...FIELDS],
    storeFields: [...STORED],
    tokenize,
    processTerm: (token) => indexTerm(locale, token),
  };
}

export function buildIndex(locale: SearchLocale, docs: SectionDoc[]): MiniSearch<SectionDoc> {
  const index = new MiniSearch<SectionDoc>(indexOptions(locale));
  index.addAll(docs);
  return index;
}

export function loadIndex(locale: SearchLocale, json: string): MiniSearch<SectionDoc> {
  return MiniSearch.loadJSON<SectionDoc>(json, indexOptions(locale));
}

/** Field weights: a word in a page title or a heading says more than a word in the text. */
const BOOST = { title: 2, heading: 2, keywords: 1.5, text: 1 };

export const MAX_QUERY_LENGTH = 300;

function search(
  index: MiniSearch<SectionDoc>,
  locale: SearchLocale,
  query: string,
): SearchResult[] {
  const { terms, expansions } = queryTerms(locale, query.slice(0, MAX_QUERY_LENGTH));
  if (terms.length === 0) return [];
  const all = [...terms, ...expansions.keys()];
  return index.search(all.join(' '), {
    tokenize: (q) => q.split(' '),
    processTerm: (t) => t,
    boost: BOOST,
    // synonyms count, but less than the person's own words
    boostTerm: (t) => expansions.get(t) ?? 1,
    // the person's own words tolerate typos and unfinished words; synonyms are taken as they are
    fuzzy: (t) => (!expansions.has(t) && t.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
    prefix: (t) => !expansions.has(t) && t.length >= 4,
    weights: { fuzzy: 0.5, prefix: 0.35 },
  });
}

const EXCERPT_CHARS = 240;

/** The sentence of the section that holds most matched words, with its neighbour if room is left. */
export function excerpt(locale: SearchLocale, text: string, matched: Set<string>): Highlighted[] {
  const sentences = text.match(/[^.!?؟۔።፧]+[.!?؟۔።፧]*\s*/g) ?? [text];
  const score = (s: string) =>
    new Set(
      tokenize(s)
        .map((w) => indexTerm(locale, w))
        .filter((t): t is string => t !== null && matched.has(t)),
    ).size;
  let best = 0;
  let bestScore = -1;
  sentences.forEach((s, i) => {
    const sc = score(s);
    if (sc > bestScore) {
      best = i;
      bestScore = sc;
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
    const t = /[\p{L}\p{N}]/u.test(part) ? indexTerm(locale, part) : null;
    const mark = t !== null && matched.has(t);
    const last = pieces.at(-1);
    if (last && last.mark === mark && !mark) last.text += part;
    else pieces.push({ text: part, mark });
  }
  return pieces;
}

/**
 * The best passages for a question: at most one per page, best first. `locale` is the index's
 * language; links point to the reader's guide (`reader`, the same unless the index stands in for
 * pages not yet translated), and pages in `skip` are left out.
 */
export function answer(
  index: MiniSearch<SectionDoc>,
  locale: SearchLocale,
  query: string,
  limit = 5,
  reader: SearchLocale = locale,
  skip: ReadonlySet<string> = new Set(),
): Answer[] {
  const seen = new Set<string>(skip);
  const out: Answer[] = [];
  for (const r of search(index, locale, query)) {
    const page = String(r.page);
    if (seen.has(page)) continue;
    seen.add(page);
    const section = String(r.section);
    const matched = new Set<string>([...r.terms, ...r.queryTerms]);
    out.push({
      id: page,
      lang: locale,
      section,
      title: String(r.title),
      heading: String(r.heading),
      url: `/${reader}/guide/${page}${section ? `#${section}` : ''}`,
      excerpt: excerpt(locale, String(r.text), matched),
      score: r.score,
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
