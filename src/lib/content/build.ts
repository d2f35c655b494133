/**
 * Builds the guide: reads the Markdown pages and the glossaries of every language, checks their front
 * matter, replaces the figure placeholders with values from the law engine's parameters (written for
 * each language), renders HTML, and builds one search index per language. The results are committed
 * (src/lib/content/generated/<lang>.json, src/lib/search/generated/<lang>.json) so that the site, the
 * command line and, later, the browser use the same data; a test fails when they are stale. A language
 * may have only some pages (translations in progress): the site shows the others in English.
 *
 * Run: npm run content:build
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse as parseYaml } from 'yaml';
import { writtenInOtherScript } from '../search/analyze';
import { buildAsked, type AskedDoc } from '../search/asked';
import { buildIndex, type PassageDoc } from '../search/engine';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales';
import { readGlossaries, type Glossary } from './glossary';
import { renderMarkdown } from './markdown';
import { resolvePlaceholders } from './placeholders';
import { askedFileSchema, frontMatterSchema, type FrontMatter } from './schema';
import type { BuiltLanguage, BuiltPage } from './types';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = join(here, 'pages');
export const ASKED_DIR = join(here, 'asked');
export const guideFile = (locale: Locale) => join(here, 'generated', `${locale}.json`);
export const indexFile = (locale: Locale) =>
  join(here, '..', 'search', 'generated', `${locale}.json`);

export interface SourcePage {
  locale: Locale;
  file: string;
  front: FrontMatter;
  body: string;
}

export class ContentError extends Error {}

export function readSources(dir = PAGES_DIR): SourcePage[] {
  const out: SourcePage[] = [];
  for (const locale of LOCALES) {
    if (!existsSync(join(dir, locale))) continue;
    for (const name of readdirSync(join(dir, locale)).sort()) {
      if (!name.endsWith('.md')) continue;
      const file = join(dir, locale, name);
      const raw = readFileSync(file, 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw.replace(/\r\n/g, '\n'));
      if (!m) throw new ContentError(`${file}: no front matter`);
      const parsed = frontMatterSchema.safeParse(parseYaml(m[1] ?? ''));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        throw new ContentError(`${file}: ${problems.join('; ')}`);
      }
      if (`${parsed.data.id}.md` !== name)
        throw new ContentError(`${file}: id "${parsed.data.id}" differs from the file name`);
      out.push({ locale, file, front: parsed.data, body: m[2] ?? '' });
    }
  }
  return out;
}

/** The questions people ask about one page's passages, in one language (`ASKED_DIR`). */
export interface AskedSource {
  locale: Locale;
  file: string;
  page: string;
  items: { a: string; q: string[] }[];
}

export function readAsked(dir = ASKED_DIR): AskedSource[] {
  const out: AskedSource[] = [];
  for (const locale of LOCALES) {
    if (!existsSync(join(dir, locale))) continue;
    for (const name of readdirSync(join(dir, locale)).sort()) {
      if (!name.endsWith('.yaml')) continue;
      const file = join(dir, locale, name);
      const parsed = askedFileSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
        throw new ContentError(`${file}: ${problems.join('; ')}`);
      }
      out.push({ locale, file, page: name.replace(/\.yaml$/, ''), items: parsed.data });
    }
  }
  return out;
}

export interface Built {
  guide: Record<Locale, BuiltLanguage>;
  docs: Record<Locale, PassageDoc[]>;
  indexes: Record<Locale, string>;
  /** The serialised index of the questions people ask, per language. */
  asked: Record<Locale, string>;
}

const perLocale = <T>(make: (l: Locale) => T) =>
  Object.fromEntries(LOCALES.map((l) => [l, make(l)])) as Record<Locale, T>;

/**
 * The glossary words linked in a language's pages: its own forms and, for words it has not translated
 * yet, the French forms (translated pages keep the administration's French words).
 */
function linkingGlossary(glossaries: Partial<Record<Locale, Glossary>>, locale: Locale): Glossary {
  const own = glossaries[locale] ?? {};
  return locale === 'en' ? own : { ...glossaries[SOURCE_LOCALE], ...own };
}

export function buildContent(
  sources = readSources(),
  glossaries: Partial<Record<Locale, Glossary>> = readGlossaries(),
  asked: AskedSource[] = readAsked(),
): Built {
  const guide = perLocale<BuiltLanguage>((l) => ({ pages: [], glossary: glossaries[l] ?? {} }));
  const docs = perLocale<PassageDoc[]>(() => []);
  const linking = perLocale((l) => linkingGlossary(glossaries, l));
  const sorted = [...sources].sort(
    (a, b) => a.front.order - b.front.order || a.front.id.localeCompare(b.front.id),
  );
  for (const src of sorted) {
    const { locale, front } = src;
    let body: string;
    try {
      body = resolvePlaceholders(locale, src.body, front.verified);
    } catch (e) {
      throw new ContentError(`${src.file}: ${(e as Error).message}`);
    }
    const rendered = renderMarkdown(locale, body, linking[locale]);
    const { sectionKeywords, ...shown } = front;
    const page: BuiltPage = {
      ...shown,
      html: rendered.html,
      sections: rendered.sections
        .filter((s) => s.id)
        .map((s) => ({ id: s.id, heading: s.heading })),
      links: rendered.links,
      terms: rendered.terms,
    };
    guide[locale].pages.push(page);
    docs[locale].push({
      id: front.id,
      page: front.id,
      section: '',
      title: front.title,
      heading: '',
      text: '',
      keywords: [front.summary, ...front.keywords].join(' '),
      french: '',
    });
    const unknown = Object.keys(sectionKeywords).filter(
      (id) => !rendered.sections.some((s) => s.id === id),
    );
    if (unknown.length > 0)
      throw new ContentError(`${src.file}: sectionKeywords name no section: ${unknown.join(', ')}`);
    for (const s of rendered.sections) {
      s.passages.forEach((text, n) =>
        docs[locale].push({
          id: `${front.id}#${s.id}~${n}`,
          page: front.id,
          section: s.id,
          title: '',
          heading: n === 0 ? s.heading : '',
          text,
          keywords: n === 0 ? (sectionKeywords[s.id] ?? []).join(' ') : '',
          french: '',
        }),
      );
    }
  }
  withFrench(docs);
  const indexes = perLocale((l) => JSON.stringify(buildIndex(l, docs[l])));
  const questions = askedDocs(guide, asked);
  return {
    guide,
    docs,
    indexes,
    asked: perLocale((l) => JSON.stringify(buildAsked(l, questions[l]))),
  };
}

/** The questions people ask, one document each, checked against the passages of the built pages. */
function askedDocs(
  guide: Record<Locale, BuiltLanguage>,
  asked: AskedSource[],
): Record<Locale, AskedDoc[]> {
  const docs = perLocale<AskedDoc[]>(() => []);
  for (const src of asked) {
    const page = guide[src.locale].pages.find((p) => p.id === src.page);
    if (!page) throw new ContentError(`${src.file}: no page "${src.page}" in ${src.locale}`);
    const passages = new Set([page.id, ...page.sections.map((s) => `${page.id}#${s.id}`)]);
    for (const { a, q } of src.items) {
      if (!passages.has(a)) throw new ContentError(`${src.file}: no passage "${a}" on this page`);
      for (const text of q)
        docs[src.locale].push({ id: docs[src.locale].length, passage: a, text });
    }
  }
  return docs;
}

/**
 * Gives the page documents and section headings of each language written in another script the
 * French page's words for them (`PassageDoc.french`): the French title, summary and keywords, or the
 * French heading and section keywords. English is left out: written in the same letters, its own
 * words ("France", "visa", "passport") would meet the French ones by chance, and its pages quote
 * the administration's French already.
 */
function withFrench(docs: Record<Locale, PassageDoc[]>): void {
  const french = new Map(
    docs[SOURCE_LOCALE].map((d) => [d.id, `${d.title} ${d.heading} ${d.keywords}`.trim()]),
  );
  for (const locale of LOCALES.filter(writtenInOtherScript))
    for (const doc of docs[locale]) doc.french = french.get(doc.id) ?? '';
}

/** The files the build writes, path -> content, formatted as the repository's formatter would. */
export async function outputFiles(built = buildContent()): Promise<Map<string, string>> {
  const contents = new Map<string, unknown>();
  for (const locale of LOCALES) {
    contents.set(guideFile(locale), built.guide[locale]);
    contents.set(indexFile(locale), {
      pages: built.guide[locale].pages.map((p) => p.id),
      index: built.indexes[locale],
      asked: built.asked[locale],
    });
  }
  const files = new Map<string, string>();
  for (const [path, value] of contents) {
    const options = { ...(await resolveConfig(path)), filepath: path };
    files.set(path, await format(JSON.stringify(value), options));
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await outputFiles();
  for (const [path, content] of files) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`${path}: ${Buffer.byteLength(content)} bytes`);
  }
}
