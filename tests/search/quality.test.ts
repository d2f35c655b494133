import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, expected } from '../../src/lib/search/evaluate';
import { evalSet } from '../../scripts/eval-sets';
import { answersJson, ask, indexedPages, SEARCH_LOCALES } from '../../src/lib/search';
import type { Locale } from '../../src/lib/i18n';

/** The guide pages written in a language, read from the Markdown files themselves. */
const pagesOnDisk = (locale: Locale) => {
  const dir = `src/lib/content/pages/${locale}`;
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .map((f) => f.slice(0, -3))
    : [];
};
const ALL = pagesOnDisk('fr');
const missingIn = (locale: Locale) => ALL.filter((id) => !pagesOnDisk(locale).includes(id));

/**
 * Passage recall (page and section anchor) the search must reach, on both parts of the evaluation
 * questions (those it was tuned on and the unseen ones): TARGET is the goal set for the search, FLOOR
 * what it measures today, a little rounded down; the test fails if a change makes it
 * worse. docs/search-quality.md lists the questions still missed. Raise FLOOR as the search improves,
 * up to TARGET.
 */
const TARGET = {
  source: { recallAt1: 0.8, recallAt3: 0.95 },
  other: { recallAt1: 0.7, recallAt3: 0.9 },
};
const FLOOR: Record<Locale, { recallAt1: number; recallAt3: number }> = {
  fr: { recallAt1: 0.84, recallAt3: 0.94 },
  en: { recallAt1: 0.8, recallAt3: 0.95 },
  ar: { recallAt1: 0.69, recallAt3: 0.87 },
  fa: { recallAt1: 0.74, recallAt3: 0.88 },
  ps: { recallAt1: 0.73, recallAt3: 0.9 },
  ti: { recallAt1: 0.79, recallAt3: 0.91 },
  uk: { recallAt1: 0.79, recallAt3: 0.92 },
  ru: { recallAt1: 0.8, recallAt3: 0.91 },
};

describe('search quality (quality gate on the evaluation questions)', () => {
  for (const locale of SEARCH_LOCALES) {
    const target = locale === 'fr' || locale === 'en' ? TARGET.source : TARGET.other;
    const gate = FLOOR[locale];
    const missing = missingIn(locale);

    it(`${locale}: at least 60 evaluation questions, each naming a passage of the guide`, async () => {
      const { getPage } = await import('../../src/lib/content');
      const questions = evalSet(locale);
      expect(questions.length).toBeGreaterThanOrEqual(60);
      for (const q of questions) {
        for (const passage of expected(q)) {
          const [page = '', section] = passage.split('#');
          expect(ALL, q.q).toContain(page);
          if (section)
            expect(
              getPage('fr', page)?.page.sections.map((s) => s.id),
              `${q.q}: ${passage}`,
            ).toContain(section);
        }
      }
    });

    // The gate applies to a language as soon as all its pages exist: the condition reads the Markdown
    // files, so pages that exist can never leave it skipped.
    const name =
      missing.length === 0
        ? `${locale}: passages recall@1 >= ${gate.recallAt1} and recall@3 >= ${gate.recallAt3} (target ${target.recallAt1} and ${target.recallAt3})`
        : `${locale}: passage recall — SKIPPED until every page is translated (${ALL.length - missing.length}/${ALL.length} pages exist)`;
    it.skipIf(missing.length > 0)(name, () => {
      expect(
        [...indexedPages(locale)].sort(),
        'the index lacks pages that exist: run npm run content:build',
      ).toEqual([...ALL].sort());
      const report = evaluate(locale, evalSet(locale), ask);
      const list = (max: number) =>
        report.outcomes
          .filter((o) => o.rank === 0 || o.rank > max)
          .map((o) => `${o.question.q} -> ${o.got[0] ?? 'nothing'}`)
          .join(' | ');
      expect(report.recallAt3, list(3)).toBeGreaterThanOrEqual(gate.recallAt3);
      expect(report.recallAt1, list(1)).toBeGreaterThanOrEqual(gate.recallAt1);
    });
  }

  const first: [Locale, string, string][] = [
    ['en', 'how does family reunification work?', 'how-it-works'],
    ['fr', 'comment fonctionne le regroupement familial ?', 'regroupement'],
    ['fr', 'comment fonctionne la réunification familiale ?', 'reunification'],
    ['en', 'can my parents come?', 'parents-siblings'],
    ['fr', 'mes parents peuvent-ils venir ?', 'parents-siblings'],
    ['en', 'my visa was refused, what now?', 'visa-refused'],
    ['fr', 'mon visa a été refusé, que faire ?', 'visa-refused'],
    ['en', 'I have no birth certificate', 'no-civil-status'],
    ['fr', "je n'ai pas d'acte de naissance", 'no-civil-status'],
    ['fr', 'jai pa dacte de naissance', 'no-civil-status'],
    ['en', 'my visa was refussed', 'visa-refused'],
    ['ar', 'ليس عندي شهادة ميلاد', 'no-civil-status'],
    ['ar', 'لَيْسَ عِنْدِي شَهَادَةُ مِيلَادٍ', 'no-civil-status'],
    ['ar', 'اين اجد مساعده مجانيه', 'free-help'],
    ['fa', 'ویزا رد شد چه کنم', 'visa-refused'],
    ['fa', 'كمك رايگان', 'free-help'],
    ['ps', 'ویزه رد شوه څه وکړم', 'visa-refused'],
    ['ti', 'ቪዛ ተነጺጉ እንታይ ይግበር', 'visa-refused'],
    ['uk', 'відмовили у візі що робити', 'visa-refused'],
    ['ru', 'отказали в визе что делать', 'visa-refused'],
  ];
  for (const [locale, q, page] of first) {
    const exists = pagesOnDisk(locale).includes(page);
    it.skipIf(!exists)(
      `${locale}: "${q}" answers with the ${locale} page ${page} first${exists ? '' : ' — SKIPPED until the page is translated'}`,
      () => {
        const [top] = ask(locale, q);
        expect(top?.id).toBe(page);
        expect(top?.lang).toBe(locale);
        expect(top?.url.startsWith(`/${locale}/guide/${page}`)).toBe(true);
      },
    );
  }

  it('a language lacking pages answers from its own pages first, then from the English pages it lacks', () => {
    for (const locale of SEARCH_LOCALES) {
      const own = new Set(indexedPages(locale));
      const answers = ask(locale, 'visa OFPRA OFII CRRV regroupement', 10);
      const firstFallback = answers.findIndex((a) => a.lang !== locale);
      if (firstFallback < 0) continue;
      expect(answers.slice(firstFallback).every((a) => a.lang === 'en' && !own.has(a.id))).toBe(
        true,
      );
      for (const a of answers) expect(a.url.startsWith(`/${locale}/guide/`), a.url).toBe(true);
    }
  });

  const rules: [Locale, string, string, RegExp][] = [
    [
      'fr',
      'les enfants de ma deuxieme epouse peuvent ils venir en france',
      '/fr/guide/second-spouse#children',
      /d'une autre épouse ne peuvent pas venir/,
    ],
    [
      'en',
      'can the children of my second wife come to france',
      '/en/guide/second-spouse#children',
      /Another wife's children cannot come/,
    ],
    [
      'fr',
      'refus implicite visa consulat',
      '/fr/guide/visa-no-answer#implicit-refusal',
      /c'est un refus implicite/,
    ],
    [
      'fr',
      'trop tard pour le recours, on peut refaire une demande de visa ?',
      '/fr/guide/deadline-missed#new-visa',
      /peut déposer une nouvelle demande de visa/,
    ],
  ];
  for (const [locale, q, url, rule] of rules) {
    it(`${locale}: "${q}" links to the section that states the rule and shows the sentence`, () => {
      const [top] = ask(locale, q);
      expect(top?.url).toBe(url);
      expect(top?.heading).not.toBe('');
      expect(top?.excerpt.map((p) => p.text).join('')).toMatch(rule);
    });
  }

  it('points to a section and highlights the matched words', () => {
    const [top] = ask('en', 'deadline to appeal to the CRRV');
    expect(top?.url).toBe('/en/guide/visa-refused#crrv');
    expect(top?.excerpt.some((p) => p.mark && /CRRV/i.test(p.text))).toBe(true);
    const json = answersJson(ask('fr', 'recours CRRV'));
    expect(json.results[0]?.excerpt).toMatch(/<mark>/);
    expect(Object.keys(json.results[0] ?? {})).toEqual([
      'id',
      'title',
      'heading',
      'url',
      'excerpt',
    ]);
  });

  it('returns nothing for a question made only of stop words or unknown words', () => {
    expect(ask('fr', 'le la les')).toEqual([]);
    expect(ask('en', 'xqzwv')).toEqual([]);
    expect(ask('ar', 'في من على')).toEqual([]);
    expect(ask('ru', 'и в на')).toEqual([]);
  });
});
