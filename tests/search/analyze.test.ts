import { describe, expect, it } from 'vitest';
import { fold, indexTerm, queryTerms, tokenize } from '../../src/lib/search/analyze';
import { stemEn, stemFr } from '../../src/lib/search/stem';
import type { Locale } from '../../src/lib/i18n';

/** Every spelling gives the same index term in that language. */
const meet = (locale: Locale, words: string[]) =>
  expect(new Set(words.map((w) => indexTerm(locale, w))).size, words.join(' ')).toBe(1);

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

  it('lets a phrase of a synonym group speak only when the question holds all its words', () => {
    const polygamy = indexTerm('en', 'polygamy') ?? '';
    expect(queryTerms('en', 'my wife has no passport').expansions.has(polygamy)).toBe(false);
    const twoWives = queryTerms('en', 'can two wives come');
    expect(twoWives.expansions.has(polygamy)).toBe(true);
    expect(twoWives.stands.get(polygamy)).toEqual(
      new Set([indexTerm('en', 'two'), indexTerm('en', 'wives')]),
    );
  });

  it('folds Arabic script: harakat, tatweel, alef, yeh, kaf, teh marbuta, hamza seats and digits', () => {
    expect(fold('أُسْرَة')).toBe(fold('اسره'));
    expect(fold('إقامة')).toBe(fold('اقامه'));
    expect(fold('آمن')).toBe(fold('امن'));
    expect(fold('ٱلبيت')).toBe(fold('البيت'));
    expect(fold('مـــدة')).toBe(fold('مده'));
    expect(fold('علي')).toBe(fold('على'));
    expect(fold('علي')).toBe(fold('علی'));
    expect(fold('كمك')).toBe(fold('کمک'));
    expect(fold('مسؤول')).toBe(fold('مسوول'));
    expect(fold('٢٠٢٦ ۱۸')).toBe('2026 18');
    // Persian and Pashto letters stay themselves
    expect(fold('پ چ ژ گ ځ څ ډ ړ ږ ښ ڼ ې')).toBe('پ چ ژ گ ځ څ ډ ړ ږ ښ ڼ ې');
  });

  it('strips the Arabic article, conjunction and frequent suffixes', () => {
    meet('ar', ['التأشيرة', 'تأشيرة', 'والتأشيرة', 'بالتاشيره']);
    meet('ar', ['الأطفال', 'أطفال', 'اطفال']);
    meet('ar', ['اللاجئين', 'لاجئين', 'اللاجئون']);
    expect(indexTerm('ar', 'في')).toBeNull();
  });

  it('splits Persian and Pashto words at the zero-width non-joiner and strips plural endings', () => {
    expect(tokenize('سند‌ها')).toEqual(['سند', 'ها']);
    meet('fa', ['اسناد', 'اسنادها']);
    meet('ps', ['ماشوم', 'ماشومان', 'ماشومانو']);
  });

  it('reads Cyrillic with ё as е, Ukrainian apostrophes inside words, and light endings', () => {
    expect(fold('Ёлка')).toBe('елка');
    expect(fold('й ї')).toBe('й ї');
    expect(tokenize("сім'я сім’я")).toEqual(['сімя', 'сімя']);
    meet('ru', ['визы', 'виза', 'визу', 'визе']);
    meet('ru', ['документы', 'документов', 'документами']);
    meet('uk', ['візи', 'віза', 'візу']);
    meet('uk', ['документи', 'документів']);
  });

  it('splits Ethiopic text on its own punctuation and leaves its letters as written', () => {
    expect(tokenize('ቪዛ፡ተነጺጉ። ሰነዳት፣ገዛ፤')).toEqual(['ቪዛ', 'ተነጺጉ', 'ሰነዳት', 'ገዛ']);
    expect(fold('ቪዛ')).toBe('ቪዛ');
  });

  it('analyses French words inside other languages as French', () => {
    expect(indexTerm('ar', 'Regroupement')).toBe(indexTerm('fr', 'regroupement'));
    expect(indexTerm('ti', 'réunification')).toBe(indexTerm('fr', 'reunification'));
    expect(indexTerm('ru', 'de')).toBeNull();
  });
});
