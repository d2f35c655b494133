/**
 * Builds the guide: reads the Markdown pages, checks their front matter, replaces the figure
 * placeholders with values from the law engine's parameters, renders HTML, and builds one search index
 * per language. The results are committed (src/lib/content/generated, src/lib/search/generated) so that
 * the site, the command line and, later, the browser use the same data; a test fails when they are stale.
 *
 * Run: npm run content:build
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse as parseYaml } from 'yaml';
import { buildIndex, type SectionDoc } from '../search/engine';
import { SEARCH_LOCALES, type SearchLocale } from '../search/analyze';
import { renderMarkdown } from './markdown';
import { resolvePlaceholders } from './placeholders';
import { frontMatterSchema, type FrontMatter } from './schema';
import type { BuiltGuide, BuiltPage } from './types';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES_DIR = join(here, 'pages');
export const GUIDE_FILE = join(here, 'generated', 'guide.json');
export const indexFile = (locale: SearchLocale) =>
  join(here, '..', 'search', 'generated', `${locale}.json`);

export interface SourcePage {
  locale: SearchLocale;
  file: string;
  front: FrontMatter;
  body: string;
}

export class ContentError extends Error {}

export function readSources(dir = PAGES_DIR): SourcePage[] {
  const out: SourcePage[] = [];
  for (const locale of SEARCH_LOCALES) {
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

export interface Built {
  guide: BuiltGuide;
  docs: Record<SearchLocale, SectionDoc[]>;
  indexes: Record<SearchLocale, string>;
}

export function buildContent(sources = readSources()): Built {
  const guide: BuiltGuide = { fr: [], en: [] };
  const docs: Record<SearchLocale, SectionDoc[]> = { fr: [], en: [] };
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
    const rendered = renderMarkdown(locale, body);
    const page: BuiltPage = {
      ...front,
      html: rendered.html,
      sections: rendered.sections
        .filter((s) => s.id)
        .map((s) => ({ id: s.id, heading: s.heading })),
      links: rendered.links,
      terms: rendered.terms,
    };
    guide[locale].push(page);
    for (const s of rendered.sections) {
      if (!s.text) continue;
      docs[locale].push({
        id: `${front.id}#${s.id}`,
        page: front.id,
        section: s.id,
        title: front.title,
        heading: s.heading,
        text: s.text,
        keywords: s.id === '' ? [front.summary, ...front.keywords].join(' ') : '',
      });
    }
  }
  const indexes = {
    fr: JSON.stringify(buildIndex('fr', docs.fr)),
    en: JSON.stringify(buildIndex('en', docs.en)),
  };
  return { guide, docs, indexes };
}

/** The files the build writes, path -> content, formatted as the repository's formatter would. */
export async function outputFiles(built = buildContent()): Promise<Map<string, string>> {
  const contents = new Map<string, unknown>([[GUIDE_FILE, built.guide]]);
  for (const locale of SEARCH_LOCALES)
    contents.set(indexFile(locale), { index: built.indexes[locale] });
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
