import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, validateSituation } from '../../src/lib/law';
import { buildContent, outputFiles, readAsked, readSources } from '../../src/lib/content/build';
import { readGlossaries } from '../../src/lib/content/glossary';
import { FIGURES, resolveFigure } from '../../src/lib/content/figures';
import {
  formatDate,
  formatDuration,
  PlaceholderError,
  resolvePlaceholder,
} from '../../src/lib/content/placeholders';
import { frontMatterSchema } from '../../src/lib/content/schema';
import { SIMULATOR_LINKS } from '../../src/lib/content/markdown';
import { LOCALES, type Locale } from '../../src/lib/i18n';

const sources = readSources();
const glossaries = readGlossaries();
const built = buildContent(sources, glossaries);
const ids = (locale: Locale) => sources.filter((s) => s.locale === locale).map((s) => s.front.id);
const frIds = ids('fr');
const TRANSLATED = LOCALES.filter((l) => l !== 'fr' && l !== 'en');
const source = (locale: Locale, id: string) =>
  sources.find((s) => s.locale === locale && s.front.id === id);
const built_ = (locale: Locale, id: string) => built.guide[locale].pages.find((p) => p.id === id);

/** The figures a page shows (with or without their unit in words, which grammar may decide). */
const placeholders = (body: string) =>
  [...body.matchAll(/\{\{([^{}|]+)(\|[^{}]*)?\}\}/g)].map((m) => m[1]?.trim()).sort();
/** Digits written in the text (outside placeholders), Arabic-Indic and Persian digits read as ASCII. */
const digits = (body: string) =>
  (
    body
      .replace(/\{\{[^{}]+\}\}/g, ' ')
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .match(/\d+/g) ?? []
  ).sort();

describe('guide pages', () => {
  it('exist in French and English with the same ids', () => {
    expect(frIds.length).toBeGreaterThanOrEqual(20);
    expect(ids('en')).toEqual(frIds);
  });

  /**
   * TRANSLATIONS IN PROGRESS: this test fails until every language has every page (a draft is enough).
   * Its message counts the missing pages per language.
   */
  it('every page exists in every language (draft translations allowed)', () => {
    const missing = Object.fromEntries(
      TRANSLATED.map((l) => [l, frIds.filter((id) => !ids(l).includes(id))] as const).filter(
        ([, m]) => m.length > 0,
      ),
    );
    const summary = Object.entries(missing)
      .map(([l, m]) => `${l}: ${m.length}/${frIds.length} missing (${m.join(', ')})`)
      .join('\n');
    expect(missing, `pages missing per language:\n${summary}`).toEqual({});
  });

  it('in every language, are pages of the French source with the same sections, topics and procedures', () => {
    for (const locale of LOCALES.filter((l) => l !== 'fr')) {
      for (const page of built.guide[locale].pages) {
        const where = `${locale}/${page.id}`;
        const fr = built_('fr', page.id);
        expect(fr, `${where}: no French page with this id`).toBeDefined();
        expect(
          page.sections.map((s) => s.id),
          where,
        ).toEqual(fr?.sections.map((s) => s.id));
        expect(page.topics, where).toEqual(fr?.topics);
        expect(page.procedures, where).toEqual(fr?.procedures);
        expect(page.order, where).toBe(fr?.order);
        expect(page.verified, where).toBe(fr?.verified);
        expect(
          page.sources.map((s) => s.url),
          where,
        ).toEqual(fr?.sources.map((s) => s.url));
        expect([...page.links].sort(), `${where}: link targets`).toEqual(
          [...(fr?.links ?? [])].sort(),
        );
      }
    }
  });

  it('in every language, keep the placeholders of the French page and type no other figure', () => {
    for (const s of sources.filter((x) => x.locale !== 'fr')) {
      const fr = source('fr', s.front.id);
      expect(placeholders(s.body), `${s.file}: placeholders`).toEqual(placeholders(fr?.body ?? ''));
      const allowed = new Set(digits(fr?.body ?? ''));
      expect(
        digits(s.body).filter((d) => !allowed.has(d)),
        `${s.file}: numbers the French page does not have`,
      ).toEqual([]);
    }
  });

  it('carry sources and a verification date; French is the source text', () => {
    for (const s of sources) {
      expect(s.front.sources.length, s.file).toBeGreaterThan(0);
      expect(s.front.verified, s.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.locale === 'fr') expect(s.front.translation, s.file).toBe('source');
      else expect(s.front.translation, s.file).not.toBe('source');
    }
  });

  it('rejects front matter without sources or date', () => {
    const base = sources[0]?.front;
    expect(frontMatterSchema.safeParse({ ...base, sources: [] }).success).toBe(false);
    expect(frontMatterSchema.safeParse({ ...base, verified: undefined }).success).toBe(false);
    expect(
      frontMatterSchema.safeParse({ ...base, sources: [{ title: 'x y z', url: 'http://a.fr' }] })
        .success,
    ).toBe(false);
  });

  it('every section has section keywords, the same in every language, and they reach the index', () => {
    for (const s of sources) {
      const sections = built.docs[s.locale]
        .filter((d) => d.page === s.front.id && d.section && d.id.endsWith('~0'))
        .map((d) => d.section);
      expect(Object.keys(s.front.sectionKeywords).sort(), s.file).toEqual([...sections].sort());
      for (const [section, words] of Object.entries(s.front.sectionKeywords)) {
        const first = built.docs[s.locale].find((d) => d.id === `${s.front.id}#${section}~0`);
        expect(first?.keywords, `${s.file}#${section}`).toBe(words.join(' '));
      }
    }
    const page = sources.find((s) => Object.keys(s.front.sectionKeywords).length > 0);
    expect(page).toBeDefined();
    if (!page) return;
    const wrong = {
      ...page,
      front: { ...page.front, sectionKeywords: { 'no-such-section': ['x y'] } },
    };
    expect(() => buildContent([wrong], glossaries)).toThrow(/no-such-section/);
  });

  it('every passage has thirty questions people ask, in every language, naming passages that exist', () => {
    const asked = readAsked();
    for (const locale of LOCALES)
      for (const page of built.guide[locale].pages) {
        const items = asked.find((a) => a.locale === locale && a.page === page.id)?.items ?? [];
        for (const passage of [page.id, ...page.sections.map((s) => `${page.id}#${s.id}`)]) {
          const count = items.filter((i) => i.a === passage).flatMap((i) => i.q).length;
          expect(count, `${locale} ${passage}`).toBeGreaterThanOrEqual(30);
        }
      }
    const page = frIds[0] ?? '';
    const wrong = {
      locale: 'fr' as const,
      file: 'x.yaml',
      page,
      items: [{ a: `${page}#nowhere`, q: ['x y'] }],
    };
    expect(() => buildContent(sources, glossaries, [wrong])).toThrow(/nowhere/);
  });

  it('link only to pages, sections and glossary terms that exist', () => {
    const terms = Object.keys(glossaries.fr ?? {});
    for (const locale of LOCALES) {
      for (const page of built.guide[locale].pages) {
        for (const link of page.links) {
          const guide = /^guide:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(link);
          if (guide) {
            // a page not yet translated is read in English: the French source says what exists
            const target = built_('fr', guide[1] ?? '');
            expect(target, `${locale}/${page.id} -> ${link}`).toBeDefined();
            if (guide[2])
              expect(
                target?.sections.map((s) => s.id),
                `${locale}/${page.id} -> ${link}`,
              ).toContain(guide[2]);
          } else if (link.startsWith('simulator:')) {
            expect(SIMULATOR_LINKS, `${locale}/${page.id} -> ${link}`).toContain(
              link.replace(/^simulator:/, ''),
            );
          } else {
            expect(terms, `${locale}/${page.id} -> ${link}`).toContain(
              link.replace(/^glossary:/, ''),
            );
          }
        }
      }
    }
  });

  it('link glossary words in translated pages, in the language and in French', () => {
    for (const locale of TRANSLATED) {
      for (const page of built.guide[locale].pages) {
        for (const id of page.terms)
          expect(page.html, `${locale}/${page.id}`).toContain(`href="/${locale}/glossary#${id}"`);
      }
      if (built.guide[locale].pages.length > 3)
        expect(
          built.guide[locale].pages.some((p) => p.terms.length > 0),
          `${locale}: no glossary word linked on any page`,
        ).toBe(true);
    }
  });

  // formats sixteen generated files: slow on a busy machine
  it(
    'are built and indexed from the current Markdown (run `npm run content:build`)',
    {
      timeout: 30_000,
    },
    async () => {
      for (const [path, content] of await outputFiles(built)) {
        expect(readFileSync(path, 'utf8'), path).toBe(content);
      }
    },
  );
});

describe('glossary', () => {
  it('has every French word in English; other languages only words of the French glossary', () => {
    expect(Object.keys(glossaries.en ?? {})).toEqual(Object.keys(glossaries.fr ?? {}));
    for (const [locale, g] of Object.entries(glossaries))
      for (const id of Object.keys(g)) expect(glossaries.fr, `${locale} ${id}`).toHaveProperty(id);
  });

  it('is complete in every language (draft translations allowed)', () => {
    const fr = Object.keys(glossaries.fr ?? {});
    const missing = Object.fromEntries(
      TRANSLATED.map((l) => [l, fr.filter((id) => !glossaries[l]?.[id])] as const).filter(
        ([, m]) => m.length > 0,
      ),
    );
    const summary = Object.entries(missing)
      .map(([l, m]) => `${l}: ${m.length}/${fr.length} missing`)
      .join('; ');
    expect(missing, `glossary words missing per language: ${summary}`).toEqual({});
  });
});

/**
 * Figures a person could read as an amount, a duration, an age or a surface. In the Markdown they must
 * come from placeholders: a typed figure would not follow the parameters when they change.
 */
const LITERAL_FIGURES = [
  /\d[\d\s\u00a0\u202f.,]*\s?(€|euros?\b|EUR\b)/giu,
  /(€|EUR)\s?\d/gu,
  /\b\d+([.,]\d+)?[\s\u00a0-]?(mois|jours?|ans?|années?|semaines?|heures?|months?|days?|years?|weeks?|hours?)\b/giu,
  /\b\d+(st|nd|rd|th|e|ème)?\s(anniversaire|birthday)/giu,
  /\b\d+\s?(m²|m2)/giu,
];

describe('figures in the guide', () => {
  it('are never typed in the Markdown or the glossary', () => {
    const texts = [
      ...sources.map((s) => ({ where: s.file, text: s.body.replace(/\{\{[^{}]+\}\}/g, '#') })),
      ...Object.entries(glossaries).flatMap(([locale, g]) =>
        Object.entries(g).map(([id, e]) => ({
          where: `glossary ${id} ${locale}`,
          text: e.definition,
        })),
      ),
    ];
    const found = texts.flatMap(({ where, text }) =>
      LITERAL_FIGURES.flatMap((re) => [...text.matchAll(re)].map((m) => `${where}: "${m[0]}"`)),
    );
    expect(found).toEqual([]);
  });

  it('the literal-figure check catches amounts and durations in both languages', () => {
    const samples = [
      '1 426,30 €',
      '€99',
      '1,426.30 EUR',
      '18 mois',
      '18 months',
      '30 jours',
      '32 m²',
    ];
    for (const s of samples)
      expect(
        LITERAL_FIGURES.some((re) => s.match(re)),
        s,
      ).toBe(true);
  });

  it('an unknown or malformed placeholder is an error', () => {
    expect(() => resolvePlaceholder('fr', 'rule:regroupement.nope', '2026-11-23')).toThrow(
      PlaceholderError,
    );
    expect(() => resolvePlaceholder('fr', 'fig:nope', '2026-11-23')).toThrow(PlaceholderError);
    expect(() => resolvePlaceholder('fr', 'surface:D:3', '2026-11-23')).toThrow(PlaceholderError);
    expect(() => resolvePlaceholder('fr', 'smic:net:soon', '2026-11-23')).toThrow(PlaceholderError);
    expect(() => resolvePlaceholder('fr', 'price:visa', '2026-11-23')).toThrow(PlaceholderError);
  });

  it('placeholders give the engine parameters, written for each language', () => {
    const n = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect(n(resolvePlaceholder('fr', 'rule:regroupement.residenceMonths|unit', 'x'))).toBe(
      '18 mois',
    );
    expect(n(resolvePlaceholder('en', 'rule:regroupement.residenceMonths|unit', 'x'))).toBe(
      '18 months',
    );
    expect(n(resolvePlaceholder('en', 'rule:regroupement.exemptionAge.age|unit', 'x'))).toBe(
      '65 years',
    );
    expect(resolvePlaceholder('fr', 'surface:B1:4', 'x')).toBe('44 m²');
    expect(resolvePlaceholder('fr', 'surface:A_bis:9', 'x')).toBe('87 m²');
    expect(n(resolvePlaceholder('fr', 'smic:net:2024-11-01', 'x'))).toBe('1 426,30 €');
    expect(resolvePlaceholder('en', 'smic:net:2024-11-01', 'x')).toBe('€1,426.30');
    expect(n(resolvePlaceholder('fr', 'threshold:net:2025-12-01:4', 'x'))).toBe('1 568,93 €');
    expect(resolvePlaceholder('en', 'threshold:gross:2026-05-15:6', 'x')).toBe('€2,170.65');
    expect(resolvePlaceholder('fr', 'smic:from:2026-03-10', 'x')).toBe('1er janvier 2026');
    expect(n(resolvePlaceholder('en', 'fig:crrv.appealDays', 'x'))).toBe('30 days');
  });

  it('durations are plural-correct in every language', () => {
    const n = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
    expect([1, 2, 5, 21].map((k) => n(formatDuration('ru', k, 'months')))).toEqual([
      '1 месяц',
      '2 месяца',
      '5 месяцев',
      '21 месяц',
    ]);
    expect([1, 3, 11].map((k) => n(formatDuration('uk', k, 'days')))).toEqual([
      '1 день',
      '3 дні',
      '11 днів',
    ]);
    expect(n(formatDuration('fr', 1, 'years'))).toBe('1 an');
    expect(n(formatDuration('en', 1, 'day'))).toBe('1 day');
    // Arabic has six forms: 2 is a dual, 3–10 a plural, 11 and up a singular accusative
    const ar = [1, 2, 5, 18].map((k) => formatDuration('ar', k, 'months'));
    expect(new Set(ar).size).toBe(4);
    for (const text of ar) expect(text).toMatch(/شهر|أشهر/);
    // Dari (fa-AF) and Pashto write Persian digits
    expect(formatDuration('fa', 18, 'months')).toMatch(/۱۸/);
    expect(formatDuration('ps', 18, 'months')).toMatch(/۱۸/);
    for (const locale of LOCALES) expect(formatDuration(locale, 30, 'days')).toMatch(/30|٣٠|۳۰/);
  });

  it('amounts and dates are written for each language, in the Gregorian calendar', () => {
    const n = (s: string) => s.replace(/[\u00a0\u202f\u200f\u2068\u2069]/g, ' ').trim();
    expect(n(resolvePlaceholder('ru', 'smic:net:2024-11-01', 'x'))).toBe('1 426,30 €');
    expect(n(resolvePlaceholder('uk', 'smic:net:2024-11-01', 'x'))).toMatch(/^1 426,30 (€|EUR)$/);
    expect(resolvePlaceholder('fa', 'smic:net:2024-11-01', 'x')).toMatch(/۱٬۴۲۶٫۳۰/);
    expect(formatDate('fa', '2026-06-01')).toMatch(/۲۰۲۶/); // not the solar year 1405
    expect(formatDate('ps', '2026-06-01')).toMatch(/۲۰۲۶/);
    expect(formatDate('ru', '2026-06-01')).toBe('1 июня 2026 г.');
    expect(formatDate('uk', '2026-06-01')).toBe('1 червня 2026 р.');
    expect(formatDate('ar', '2026-06-01')).toMatch(/يونيو/);
    expect(formatDate('ti', '2026-06-01')).toMatch(/2026/);
  });

  it('values are isolated in right-to-left text only', () => {
    for (const locale of ['ar', 'fa', 'ps'] as const)
      expect(resolvePlaceholder(locale, 'surface:B1:4', 'x')).toMatch(/^\u2068.+ m²\u2069$/);
    for (const locale of ['fr', 'en', 'ti', 'uk', 'ru'] as const)
      expect(resolvePlaceholder(locale, 'surface:B1:4', 'x')).toBe('44 m²');
  });

  it('income thresholds in pages are the ones the engine applies', () => {
    const situation = JSON.parse(
      readFileSync('tests/contract-examples/01-regroupement-conditions-met.situation.json', 'utf8'),
    );
    const v = validateSituation(situation);
    if (!v.ok) throw new Error('contract example invalid');
    const result = assess(v.situation, { today: v.situation.date });
    const t = result.procedures.find((p) => p.thresholds)?.thresholds;
    expect(t).toBeDefined();
    if (!t) return;
    const body = `threshold:net:${v.situation.date}:${t.familySize}`;
    expect(resolvePlaceholder('en', body, 'x')).toBe(
      new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(t.incomeNet),
    );
    expect(resolvePlaceholder('en', `surface:${t.zone}:${t.householdSize}`, 'x')).toBe(
      `${t.minimumSurfaceM2} m²`,
    );
  });

  it('every named figure resolves to a number of the parameter store, with its sources', () => {
    for (const [id, ref] of Object.entries(FIGURES)) {
      const f = resolveFigure(ref);
      expect(Number.isFinite(f.value), id).toBe(true);
      expect(f.sources.length, id).toBeGreaterThan(0);
    }
    // fixed by hand from the texts, so that a wrong reference cannot pass
    expect(resolveFigure(FIGURES['tax.card.2020']!)).toMatchObject({ value: 225, unit: 'EUR' });
    expect(resolveFigure(FIGURES['crrv.appealDays']!)).toMatchObject({ value: 30, unit: 'days' });
    expect(resolveFigure(FIGURES['eu.permanentYears']!)).toMatchObject({ value: 5, unit: 'years' });
  });
});
