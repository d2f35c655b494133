import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, validateSituation } from '../../src/lib/law';
import { buildContent, outputFiles, readSources } from '../../src/lib/content/build';
import { GLOSSARY } from '../../src/lib/content/glossary';
import { FIGURES, PlaceholderError, resolvePlaceholder } from '../../src/lib/content/placeholders';
import { frontMatterSchema } from '../../src/lib/content/schema';

const sources = readSources();
const built = buildContent(sources);
const ids = (locale: 'fr' | 'en') =>
  sources.filter((s) => s.locale === locale).map((s) => s.front.id);

describe('guide pages', () => {
  it('exist in French and English with the same ids', () => {
    expect(ids('fr').length).toBeGreaterThanOrEqual(20);
    expect(ids('en')).toEqual(ids('fr'));
  });

  it('have the same sections, topics and procedures in both languages', () => {
    for (const fr of built.guide.fr) {
      const en = built.guide.en.find((p) => p.id === fr.id);
      expect(en, fr.id).toBeDefined();
      expect(
        en?.sections.map((s) => s.id),
        fr.id,
      ).toEqual(fr.sections.map((s) => s.id));
      expect(en?.topics, fr.id).toEqual(fr.topics);
      expect(en?.procedures, fr.id).toEqual(fr.procedures);
      expect(en?.order, fr.id).toBe(fr.order);
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

  it('link only to pages, sections and glossary terms that exist', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const page of built.guide[locale]) {
        for (const link of page.links) {
          const guide = /^guide:([a-z0-9-]+)(?:#([a-z0-9-]+))?$/.exec(link);
          if (guide) {
            const target = built.guide[locale].find((p) => p.id === guide[1]);
            expect(target, `${locale}/${page.id} -> ${link}`).toBeDefined();
            if (guide[2])
              expect(
                target?.sections.map((s) => s.id),
                `${locale}/${page.id} -> ${link}`,
              ).toContain(guide[2]);
          } else {
            const term = link.replace(/^glossary:/, '');
            expect(
              GLOSSARY.map((g) => g.id),
              `${locale}/${page.id} -> ${link}`,
            ).toContain(term);
          }
        }
      }
    }
  });

  it('are built and indexed from the current Markdown (run `npm run content:build`)', async () => {
    for (const [path, content] of await outputFiles(built)) {
      expect(readFileSync(path, 'utf8'), path).toBe(content);
    }
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
      ...GLOSSARY.flatMap((g) => [
        { where: `glossary ${g.id} fr`, text: g.fr.definition },
        { where: `glossary ${g.id} en`, text: g.en.definition },
      ]),
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

  it('figures that are not engine parameters have a source and a confidence mark', () => {
    for (const [id, f] of Object.entries(FIGURES)) {
      expect(f.sources.length, id).toBeGreaterThan(0);
      expect(['V', 'V2', 'I', 'U'], id).toContain(f.confidence);
    }
  });
});
