import { describe, expect, it } from 'vitest';
import {
  CYRILLIC,
  cyrillicKey,
  ethiopicSkeleton,
  latinEthiopicSkeleton,
  latinCyrillicKey,
  latinSkeleton,
  RomanizedLexicon,
  scriptSkeleton,
} from '../../src/lib/search/romanized';
import { ask } from '../../src/lib/search';

describe('Arabic, Dari and Pashto typed in Latin letters', () => {
  it('gives a Latin spelling and the word it stands for the same skeleton', () => {
    const pairs: [string, string][] = [
      ['khaza', 'ښځه'],
      ['wiza', 'ویزه'],
      ['mrati', 'مرتي'],
      ['3andi', 'عندي'],
      ['andi', 'عندي'],
      ['nikah', 'نکاح'],
      ['tazkira', 'تذکره'],
      ['kornai', 'کورنۍ'],
      ['dokhtar', 'دختر'],
      ['sifarat', 'سفارت'],
    ];
    for (const [latin, native] of pairs)
      expect(latinSkeleton(latin), latin).toBe(scriptSkeleton(native));
    expect(latinSkeleton('khaza')).not.toBe(latinSkeleton('kaza'));
  });

  it('reads a Latin word as the most frequent word of the guide with its skeleton, or one consonant apart', () => {
    const lexicon = new RomanizedLexicon(['نکاح', 'نکاح', 'نکاحی', 'سفارت', 'تذکره']);
    expect(lexicon.lookup('nikah')).toBe('نکاح');
    expect(lexicon.lookup('sefarat')).toBe('سفارت');
    expect(lexicon.lookup('tazkiraha')).toBe('تذکره');
    expect(lexicon.lookup('bonjour')).toBeUndefined();
  });

  it('answers questions typed in Latin letters from the pages in the language', () => {
    const [first] = ask('fa', 'nikah khat nadarim faqat mullah nikah karda');
    expect(first?.lang).toBe('fa');
    expect(first?.id).toMatch(/no-civil-status|spouse-partner/);
    // the administration's French words the guide uses stay French
    expect(ask('ps', 'regroupement familial')[0]?.id).toBe('regroupement');
    expect(ask('ps', 'réunification familiale')[0]?.id).toBe('reunification');
  });
});

describe('Russian and Ukrainian typed in Latin letters', () => {
  it('gives a Latin spelling and the word it stands for the same key', () => {
    const pairs: [string, string][] = [
      ['dlya', 'для'],
      ['pensiya', 'пенсия'],
      ['schitaetsya', 'считается'],
      ['dohody', 'доходы'],
      ['Nimechchyny', 'Німеччини'],
      ['pereizhdzhayemo', 'переїжджаємо'],
      ['Franciyu', 'Францію'],
      ['simyi', "сім'ї"],
      ['gromadyanyna', 'громадянина'],
      ['zhena', 'жена'],
      ['shchastya', 'щастя'],
    ];
    for (const [latin, native] of pairs)
      expect(latinCyrillicKey(latin), latin).toBe(cyrillicKey(native));
    expect(latinCyrillicKey('zhena')).not.toBe(latinCyrillicKey('cena'));
  });

  it('reads a Latin word as the most frequent Cyrillic word with its key, or one letter apart', () => {
    const lexicon = new RomanizedLexicon(['виза', 'виза', 'визы', 'пенсия'], CYRILLIC);
    expect(lexicon.lookup('viza')).toBe('виза');
    expect(lexicon.lookup('vizu')).toBe('виза');
    expect(lexicon.lookup('pensiya')).toBe('пенсия');
    expect(lexicon.lookup('bonjour')).toBeUndefined();
  });

  it('reads a Latin key one letter added, left out or changed, not two letters swapped', () => {
    const lexicon = new RomanizedLexicon(
      ['паспорт', 'документ', 'документ', 'документы'],
      CYRILLIC,
    );
    expect(lexicon.lookup('pasaport')).toBe('паспорт');
    expect(lexicon.lookup('paspor')).toBe('паспорт');
    expect(lexicon.lookup('pazport')).toBe('паспорт');
    expect(lexicon.lookup('paspotr')).toBeUndefined();
    // "dokumenta" is one letter from both: the word the guide writes more often wins…
    expect(lexicon.lookup('dokumenta')).toBe('документ');
    // …and among words written as often, the guide's first
    expect(new RomanizedLexicon(['документы', 'документ'], CYRILLIC).lookup('dokumenta')).toBe(
      'документы',
    );
  });

  it('answers questions typed in Latin letters from the pages in the language', () => {
    const [first] = ask('uk', 'viza dlya nemovlyaty tezh platna?');
    expect(first?.lang).toBe('uk');
    expect(first?.id).toBe('fees');
    expect(ask('ru', 'pensiya iz rossii schitaetsya v dohody')[0]?.id).toBe('resources');
    // the administration's French words the guide uses stay French
    expect(ask('ru', 'regroupement familial')[0]?.id).toBe('regroupement');
  });
});

describe('Tigrinya typed in Latin letters', () => {
  it('gives a Latin spelling and the word it stands for the same consonants', () => {
    const pairs: [string, string][] = [
      ['sebeyitey', 'ሰበይተይ'],
      ['teweHiba', 'ተዋሂባ'],
      ["ktmeS'e", 'ክትመጽእ'],
      ['tkhil', 'ትኽእል'],
      ['qolI', 'ቆልዑ'],
      ['debdabe', 'ደብዳቤ'],
    ];
    for (const [latin, native] of pairs)
      expect(latinEthiopicSkeleton(latin), latin).toBe(ethiopicSkeleton(native));
    expect(latinEthiopicSkeleton('kelete')).not.toBe(latinEthiopicSkeleton('gelete'));
  });

  it('answers questions typed in Latin letters from the pages in the language', () => {
    const answers = ask(
      'ti',
      "sebeyitey visa teweHiba kelete werhi koynu hiji ktmeS'e tkhil do",
      3,
    );
    expect(answers[0]?.lang).toBe('ti');
    expect(answers.map((a) => a.id)).toContain('visa-issued');
  });
});
