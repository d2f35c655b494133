/**
 * Turning a message key and its parameters into words. A key missing in a language falls back to
 * English, then to French (the source); the caller learns which language answered, and a listener
 * (the web server's, per request) is told of every fallback so that the page can say so.
 *
 * Direction is handled here, once, for every message of a right-to-left language (Arabic, Dari,
 * Pashto): when a message is compiled, every run of Latin text written in it ("OFII", "CESEDA L434-2",
 * a quoted French label with its commas) and every value inserted into it (a name, a formatted
 * amount or date, a number, a plural's #) is wrapped in Unicode isolates (U+2068 FIRST STRONG ISOLATE
 * … U+2069 POP DIRECTIONAL ISOLATE), so that it keeps its own direction and cannot reorder the
 * punctuation of the sentence around it. Catalogs never carry isolates by hand (any found are
 * dropped before the runs are marked). Values that choose a branch (select, plural) are left alone;
 * numbers inserted as they are get the language's digits.
 *
 * French elision is handled here too, once: "de {name}" and "que {name}" become "d’Omid" and
 * "qu’Omid" when the name inserted starts with a vowel (see elision.ts).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalogs';
import { ELIDED_ARGUMENTS, elide, elidingWord } from './elision';
import { direction, intlTag, type Locale, SOURCE_LOCALE } from './locales';

export type MessageParams = Record<string, string | number | boolean | null | undefined>;

/** A message shown in another language than the one asked for. */
export interface Fallback {
  key: string;
  /** The language asked for. */
  wanted: Locale;
  /** The language that answered. */
  locale: Locale;
  /** The words produced. */
  text: string;
}

/** A name inserted after a word that may elide: the value is given as `argument` under `as`. */
type Elision = { argument: string; word: string; as: string };

type Compiled = {
  format: IntlMessageFormat;
  inserted: ReadonlySet<string>;
  elisions: readonly Elision[];
};

const cache = new Map<string, Compiled>();

/** The names of the arguments inserted as they are ({name}), not used to choose a branch. */
function insertedArguments(ast: Node[]): Set<string> {
  const plain = new Set<string>();
  const choosing = new Set<string>();
  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (n.type === 1 && n.value) plain.add(n.value);
      if (n.options) {
        if (n.value) choosing.add(n.value);
        for (const o of Object.values(n.options)) walk(o.value);
      }
    }
  };
  walk(ast);
  for (const c of choosing) plain.delete(c);
  return plain;
}

function compiled(locale: Locale, key: string, source: string): Compiled {
  const id = `${locale}\u0000${key}`;
  let c = cache.get(id);
  if (!c) {
    const parsed = new IntlMessageFormat(source, intlTag(locale), undefined, { ignoreTag: true });
    const ast = parsed.getAst() as unknown as Node[];
    const elisions: Elision[] = [];
    let format = parsed;
    if (direction(locale) === 'rtl')
      format = new IntlMessageFormat(isolateAll(ast) as never, intlTag(locale));
    else if (locale === 'fr') {
      const elided = markElisions(ast, elisions);
      if (elisions.length > 0) format = new IntlMessageFormat(elided as never, intlTag(locale));
    }
    c = { format, inserted: insertedArguments(ast), elisions };
    cache.set(id, c);
  }
  return c;
}

export function lookup(
  locale: Locale,
  key: string,
): { locale: Locale; source: string } | undefined {
  for (const l of [locale, 'en', SOURCE_LOCALE] as Locale[]) {
    const source = CATALOGS[l]?.[key];
    if (source !== undefined) return { locale: l, source };
  }
  return undefined;
}

export function hasMessage(locale: Locale, key: string): boolean {
  return CATALOGS[locale]?.[key] !== undefined;
}

let fallbackListener: ((fallback: Fallback) => void) | undefined;

/** Who to tell when a message falls back to another language (one listener; undefined stops). */
export function onFallback(listener: ((fallback: Fallback) => void) | undefined): void {
  fallbackListener = listener;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number inserted as it is ({limit}) in the language's digits, like the numbers the message formats
 * itself ({n, number}, plurals' #): "۱۸" in Dari and Pashto, "2,5" in French. No grouping, so that a
 * year stays 2019.
 */
function plainNumber(locale: Locale, n: number): string {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), { useGrouping: false, maximumFractionDigits: 6 });
    numberFormats.set(locale, f);
  }
  return f.format(n);
}

const FSI = '\u2068';
const PDI = '\u2069';

/** A letter of the Latin script, a European digit or a superscript (m²): what starts a run. */
const LATIN = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9]/;
/** What may sit between two Latin letters of one run: "CESEDA L434-2", "réfugié, de bénéficiaire". */
const INSIDE_RUN = /[²³ \u00A0\u202F'’\-‐–./,:&+°*«»()]/;
const LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;

/** A piece of a message: text (a Latin run or not) or a value inserted as it is. */
type Piece = { text: string; latin: boolean } | { node: Node };

/** A literal cut into Latin runs and the text between them (isolates written by hand dropped). */
function pieces(text: string): Piece[] {
  const plain = text.replace(/[\u2068\u2069]/g, '');
  const out: Piece[] = [];
  let i = 0;
  while (i < plain.length) {
    let end = i + 1;
    const latin = LATIN.test(plain[i]!);
    if (latin) {
      for (let j = i + 1; j < plain.length; j += 1) {
        if (LATIN.test(plain[j]!)) end = j + 1;
        else if (!INSIDE_RUN.test(plain[j]!)) break;
      }
    } else {
      while (end < plain.length && !LATIN.test(plain[end]!)) end += 1;
    }
    out.push({ text: plain.slice(i, end), latin });
    i = end;
  }
  return out;
}

/** Every run of Latin text in a piece of a right-to-left sentence, isolated as one block. */
export function isolateLatinRuns(text: string): string {
  return pieces(text)
    .map((p) => ('text' in p && p.latin ? FSI + p.text + PDI : 'text' in p ? p.text : ''))
    .join('');
}

interface Node {
  type: number;
  value?: string;
  options?: Record<string, { value: Node[] }>;
}

/** Arguments, numbers, dates, times and plural #: values written into the sentence. */
const INSERTED = new Set([1, 2, 3, 4, 7]);
const isWords = (p: Piece | undefined) => !!p && 'text' in p && p.latin && LETTER.test(p.text);
const isValue = (p: Piece | undefined) => !!p && 'node' in p && p.node.type === 1;
const isSpace = (p: Piece | undefined) =>
  !!p && 'text' in p && !p.latin && /^[ \u00A0]+$/.test(p.text);

/**
 * The message's syntax tree with its Latin runs and every inserted value isolated, each as one block;
 * Latin words and a value joined by a space ("zone {zone}", "Direction territoriale de {department}")
 * form a single block, so that their order is kept. Branches of selects and plurals are treated the
 * same way.
 */
function isolateAll(nodes: Node[]): Node[] {
  const list: Piece[] = nodes.flatMap((n) =>
    n.type === 0 ? pieces(n.value ?? '') : [{ node: n }],
  );
  const out: Node[] = [];
  const text = (value: string) => out.push({ type: 0, value });
  for (let i = 0; i < list.length; i += 1) {
    const p = list[i]!;
    if ((isWords(p) || isValue(p)) && isSpace(list[i + 1])) {
      // A group: words and values joined by spaces, at least one of each.
      let end = i;
      while (isSpace(list[end + 1]) && (isWords(list[end + 2]) || isValue(list[end + 2]))) end += 2;
      const group = list.slice(i, end + 1);
      if (group.some(isWords) && group.some(isValue)) {
        text(FSI);
        for (const g of group)
          if ('node' in g) out.push(g.node);
          else text(g.text);
        text(PDI);
        i = end;
        continue;
      }
    }
    if ('text' in p) text(p.latin ? FSI + p.text + PDI : p.text);
    else if (INSERTED.has(p.node.type))
      out.push({ type: 0, value: FSI }, p.node, { type: 0, value: PDI });
    else if (p.node.options) {
      const options = Object.fromEntries(
        Object.entries(p.node.options).map(([k, o]) => [k, { ...o, value: isolateAll(o.value) }]),
      );
      out.push({ ...p.node, options });
    } else out.push(p.node);
  }
  return out;
}

/**
 * The tree with every "de " or "que " written just before a name ({name}, {member}…) taken out of the
 * text and joined to the name, given under a new argument that translate() fills with "d’Omid" or
 * "de Karim". Branches of selects and plurals are treated the same way.
 */
function markElisions(nodes: Node[], found: Elision[]): Node[] {
  return nodes.map((n, i) => {
    if (n.type === 0 && n.value !== undefined) {
      const next = nodes[i + 1];
      const word = next?.type === 1 && ELIDED_ARGUMENTS.has(next.value!) && elidingWord(n.value);
      return word ? { ...n, value: n.value.slice(0, -(word.length + 1)) } : n;
    }
    if (n.type === 1 && n.value && ELIDED_ARGUMENTS.has(n.value)) {
      const before = nodes[i - 1];
      const word = before?.type === 0 && before.value !== undefined && elidingWord(before.value);
      if (!word) return n;
      const as = `${n.value}\u0000${word}`;
      if (!found.some((e) => e.as === as)) found.push({ argument: n.value, word, as });
      return { ...n, value: as };
    }
    if (n.options) {
      const options = Object.fromEntries(
        Object.entries(n.options).map(([k, o]) => [
          k,
          { ...o, value: markElisions(o.value, found) },
        ]),
      );
      return { ...n, options };
    }
    return n;
  });
}

export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const found = lookup(locale, key);
  if (!found) return key;
  const { format, inserted, elisions } = compiled(found.locale, key, found.source);
  const values = Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (v === null || v === undefined) return [k, ''];
      if (!inserted.has(k)) return [k, v];
      if (typeof v === 'number') return [k, plainNumber(found.locale, v)];
      return [k, v];
    }),
  );
  for (const e of elisions) values[e.as] = elide(e.word, String(values[e.argument] ?? ''));
  // An empty value leaves an empty pair of isolates behind: drop it.
  const text = String(format.format(values)).replaceAll(FSI + PDI, '');
  if (found.locale !== locale)
    fallbackListener?.({ key, wanted: locale, locale: found.locale, text });
  return text;
}

/** A translate function bound to one language. */
export function translator(locale: Locale) {
  return (key: string, params?: MessageParams) => translate(locale, key, params);
}
