/**
 * Every message and guide page names procedures and institutions as its language's terminology says
 * (src/lib/i18n/terminology/): the two family procedures never share a name, OFII, OFPRA, the
 * préfecture or the consulate are never left out or renamed. Each problem names the file, the key or
 * section, the term found and the one expected.
 */
import { describe, expect, it } from 'vitest';
import { AREAS, NAMESPACES } from '../../src/lib/i18n/catalogs';
import { LOCALES, SOURCE_LOCALE, type Locale } from '../../src/lib/i18n/locales';
import {
  checkTerminology,
  checkTerminologyData,
  normalise,
  TERMINOLOGY,
  type Unit,
} from '../../src/lib/i18n/terminology';
import { readSources, type SourcePage } from '../../src/lib/content/build';
import { readGlossaries } from '../../src/lib/content/glossary';

const TRANSLATIONS = LOCALES.filter((l) => l !== SOURCE_LOCALE);

function messageUnits(locale: Locale): Unit[] {
  return NAMESPACES.flatMap((area) =>
    Object.entries(AREAS[locale][area])
      .filter(([key]) => AREAS[SOURCE_LOCALE][area][key] !== undefined)
      .map(([key, text]) => ({
        file: `i18n/messages/${locale}/${area}.json`,
        key,
        source: AREAS[SOURCE_LOCALE][area][key]!,
        text,
      })),
  );
}

/** A page's sections by id (`#intro` for the text before the first heading). */
function sections(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let id = '#intro';
  for (const line of body.split('\n')) {
    const heading = /^## .*\{#([\w-]+)\}\s*$/.exec(line);
    if (heading) id = `#${heading[1]}`;
    out.set(id, `${out.get(id) ?? ''}${line}\n`);
  }
  return out;
}

const PAGES = readSources();

function pageUnits(locale: Locale): Unit[] {
  const french = new Map<string, SourcePage>(
    PAGES.filter((p) => p.locale === SOURCE_LOCALE).map((p) => [p.front.id, p]),
  );
  return PAGES.filter((p) => p.locale === locale).flatMap((page) => {
    const source = french.get(page.front.id);
    if (!source) return [];
    const file = `content/pages/${locale}/${page.front.id}.md`;
    const theirs = sections(source.body);
    return [
      { file, key: 'title', source: source.front.title, text: page.front.title },
      { file, key: 'summary', source: source.front.summary, text: page.front.summary },
      ...[...sections(page.body)]
        .filter(([id]) => theirs.has(id))
        .map(([id, text]) => ({ file, key: id, source: theirs.get(id)!, text })),
    ];
  });
}

describe('terminology', () => {
  it('has a rendering of every procedure and institution, and no two procedures share one', () => {
    expect(LOCALES.flatMap(checkTerminologyData)).toEqual([]);
  });

  it('agrees with the guide’s glossary where both name a term', () => {
    const glossaries = readGlossaries();
    const problems = TRANSLATIONS.flatMap((locale) =>
      Object.entries(TERMINOLOGY[locale]).flatMap(([id, r]) => {
        const entry = glossaries[locale]?.[id];
        if (!entry) return [];
        // The rendering without the French name kept beside it: "رسید" of "رسید (récépissé)".
        const forms = r.forms ?? [r.use.replace(/ \(.*\)$/, '')];
        return forms.some((f) => normalise(entry.term).includes(normalise(f)))
          ? []
          : [`${locale} ${id}: glossary term "${entry.term}", terminology "${r.use}"`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('is followed by every message and guide page', () => {
    const problems = TRANSLATIONS.flatMap((locale) =>
      checkTerminology(locale, [...messageUnits(locale), ...pageUnits(locale)]).map(
        (p) => `${p.file} ${p.key} [${p.term}]: ${p.problem}`,
      ),
    );
    expect(problems).toEqual([]);
  });

  it('finds a procedure named by the other one’s word, and says where', () => {
    const unit: Unit = {
      file: 'i18n/messages/ar/dossier.json',
      key: 'k',
      source: 'Date du refus de regroupement familial',
      text: 'تاريخ رفض لمّ الشمل (regroupement familial)',
    };
    expect(checkTerminology('ar', [unit])).toEqual([
      {
        file: 'i18n/messages/ar/dossier.json',
        key: 'k',
        term: 'réunification familiale',
        problem: 'found "لمّ الشمل", expected "لمّ شمل الأسرة (réunification familiale)"',
      },
      {
        file: 'i18n/messages/ar/dossier.json',
        key: 'k',
        term: 'regroupement familial',
        problem:
          'French says "regroupement familial", expected "التجمّع العائلي (regroupement familial)", not found (found "لمّ الشمل", the name of réunification familiale)',
      },
    ]);
    expect(TERMINOLOGY.uk['regroupement-familial']?.use).toContain('іноземця');
  });
});
