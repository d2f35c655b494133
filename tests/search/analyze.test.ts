import { describe, expect, it } from 'vitest';
import { fold, indexTerm, queryTerms } from '../../src/lib/search/analyze';
import { stemEn, stemFr } from '../../src/lib/search/stem';

const same = (stem: (w: string) => string, words: string[]) =>
  expect(new Set(words.map((w) => stem(fold(w)))).size, words.join(' ')).toBe(1);

describe('search analysis', () => {
  it('folds case, accents and compatibility characters', () => {
    expect(fold('Réunification ÉTAT')).toBe('reunification etat');
    expect(fold('sœur')).toBe('soeur');
    expect(fold('m²')).toBe('m2');
  });

  it('stems French inflections together', () => {
    same(stemFr, ['refus', 'refuse', 'refusé', 'refusée', 'refuser', 'refusés']);
    same(stemFr, ['enfant', 'enfants']);
    same(stemFr, ['regroupement', 'regrouper']);
    same(stemFr, ['logement', 'loger']);
    same(stemFr, ['journal', 'journaux']);
    expect(stemFr('visa')).toBe('visa');
  });

  it('stems English inflections together', () => {
    same(stemEn, ['refuse', 'refused', 'refuses', 'refusing']);
    same(stemEn, ['child', 'child']);
    same(stemEn, ['parent', 'parents']);
    same(stemEn, ['country', 'countries']);
    same(stemEn, ['appeal', 'appeals', 'appealed']);
    expect(stemEn('status')).toBe('status');
  });

  it('drops stop words and keeps no stem under three letters', () => {
    expect(indexTerm('fr', 'les')).toBeNull();
    expect(indexTerm('en', 'the')).toBeNull();
    expect(indexTerm('fr', 'ans')).toBe('ans');
  });

  it('expands synonyms without repeating the words of the question', () => {
    const { terms, expansions } = queryTerms('fr', 'titre de séjour refusé');
    expect(terms).toEqual([
      indexTerm('fr', 'titre'),
      indexTerm('fr', 'séjour'),
      indexTerm('fr', 'refusé'),
    ]);
    expect([...expansions.keys()]).toContain(indexTerm('fr', 'carte'));
    expect([...expansions.keys()]).toContain(indexTerm('fr', 'rejet'));
    expect([...expansions.keys()]).not.toContain(indexTerm('fr', 'titre'));
    const reunif = indexTerm('fr', 'réunification') ?? '';
    expect(queryTerms('fr', 'regroupement').expansions.get(reunif)).toBeLessThan(
      queryTerms('fr', 'rapprochement').expansions.get(reunif) ?? 0,
    );
    expect(queryTerms('en', 'appeal').expansions.has(indexTerm('en', 'challenge') ?? '')).toBe(
      true,
    );
  });
});
