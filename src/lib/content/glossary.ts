/**
 * Administrative words, explained once. Each language has its file `glossary/<lang>.json`:
 * `{ "<id>": { "term", "definition", "forms" } }`, the same ids as the French source. `forms` are the
 * spellings under which the word appears in that language's pages (the first one on a page is linked to
 * the glossary). Forms written in capitals match only in capitals (acronyms); others match in any case.
 *
 * Read at build time only (the site reads the built copy in src/lib/content/generated).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../i18n/locales';

export const GLOSSARY_DIR = join(dirname(fileURLToPath(import.meta.url)), 'glossary');

export const glossaryTextSchema = z.strictObject({
  term: z.string().min(2),
  definition: z.string().min(10),
  forms: z.array(z.string().min(2)).min(1),
});

export const glossaryFileSchema = z.record(
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  glossaryTextSchema,
);

export type GlossaryText = z.infer<typeof glossaryTextSchema>;
/** One language's glossary: id -> text. */
export type Glossary = Record<string, GlossaryText>;

export class GlossaryError extends Error {}

/**
 * Every language's glossary that exists. Fails on a file that does not parse or holds an id the
 * French source does not have.
 */
export function readGlossaries(dir = GLOSSARY_DIR): Partial<Record<Locale, Glossary>> {
  const out: Partial<Record<Locale, Glossary>> = {};
  for (const locale of LOCALES) {
    const file = join(dir, `${locale}.json`);
    if (!existsSync(file)) continue;
    const parsed = glossaryFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new GlossaryError(`${file}: ${problems.join('; ')}`);
    }
    out[locale] = parsed.data;
  }
  const source = out[SOURCE_LOCALE];
  if (!source) throw new GlossaryError(`${dir}: no ${SOURCE_LOCALE}.json`);
  for (const [locale, glossary] of Object.entries(out)) {
    const extra = Object.keys(glossary).filter((id) => !(id in source));
    if (extra.length > 0)
      throw new GlossaryError(
        `glossary ${locale}: ids not in the French glossary: ${extra.join(', ')}`,
      );
  }
  return out;
}
