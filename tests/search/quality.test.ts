import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluate, evalSetSchema } from '../../src/lib/search/evaluate';
import { answersJson, ask } from '../../src/lib/search';

const evalSet = (locale: 'fr' | 'en') =>
  evalSetSchema.parse(parse(readFileSync(`tests/search/eval/${locale}.yaml`, 'utf8')));

describe('search quality (quality gate on the evaluation questions)', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`${locale}: at least 85 questions, recall@3 >= 0.9`, () => {
      const questions = evalSet(locale);
      expect(questions.length).toBeGreaterThanOrEqual(85);
      const report = evaluate(locale, questions, ask);
      const misses = report.outcomes.filter((o) => o.rank === 0 || o.rank > 3);
      expect(report.recallAt3, misses.map((m) => m.question.q).join(' | ')).toBeGreaterThanOrEqual(
        0.9,
      );
    });
  }

  it('expected pages and sections of the evaluation set exist', async () => {
    const { listPages } = await import('../../src/lib/content');
    for (const locale of ['fr', 'en'] as const) {
      const pages = listPages(locale);
      for (const q of evalSet(locale)) {
        const page = pages.find((p) => p.id === q.page);
        expect(page, q.q).toBeDefined();
        if (q.section)
          expect(
            page?.sections.map((s) => s.id),
            q.q,
          ).toContain(q.section);
      }
    }
  });

  const first: ['fr' | 'en', string, string][] = [
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
  ];
  for (const [locale, q, page] of first) {
    it(`${locale}: "${q}" answers with ${page} first`, () => {
      expect(ask(locale, q)[0]?.id).toBe(page);
    });
  }

  it('points to a section and highlights the matched words', () => {
    const [top] = ask('en', 'deadline to appeal to the CRRV');
    expect(top?.url).toBe('/en/guide/visa-refused#crrv');
    expect(top?.excerpt.some((p) => p.mark && /CRRV/i.test(p.text))).toBe(true);
    const json = answersJson(ask('fr', 'recours CRRV'));
    expect(json.results[0]?.excerpt).toMatch(/<mark>/);
    expect(Object.keys(json.results[0] ?? {})).toEqual(['id', 'title', 'url', 'excerpt']);
  });

  it('returns nothing for a question made only of stop words or unknown words', () => {
    expect(ask('fr', 'le la les')).toEqual([]);
    expect(ask('en', 'xqzwv')).toEqual([]);
  });
});
