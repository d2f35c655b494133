/**
 * Words typed in Latin letters for a language written in another script, read as the guide's own
 * words: both spellings are reduced to a key that Latin spellings and the script share, and a Latin
 * word stands for the guide's most frequent word with the same key (or, for a key of four letters or
 * more, one letter apart).
 *
 * - Arabic, Dari and Pashto ("khaza me pa visa", "nikah khat nadarim") by their consonant skeleton:
 *   consonants in classes that Latin spellings share ("kh", "5" and خ or ښ; "sh", "ch" and ش, چ; "q",
 *   "k", "9" and ق, ک); vowels are left out on both sides, since Arabic script writes only the long
 *   ones and Latin spellings write them as they hear them.
 * - Russian and Ukrainian ("viza dlya rebenka", "pensiya iz rossii") letter by letter: Cyrillic
 *   writes its vowels, so they are kept, in the classes the usual spellings blur ("y", "i", и, ы, і,
 *   й; "ya", "ja", я; "kh", "h", "g", х, г).
 * - Tigrinya ("sebeyitey visa teweHiba") by its consonant skeleton: each Ethiopic syllable writes a
 *   consonant and a vowel, and Latin spellings agree on the consonant far more than on the vowel.
 *
 * For Arabic script, the short list of frequent words in `analyze.ts` comes first; this reads the
 * words it lacks.
 */

/** A script's words and their Latin spellings, reduced to the keys where they meet. */
export interface Transliteration {
  /** A word of the guide in this script. */
  script: RegExp;
  /** The guide's word -> its key. */
  native: (word: string) => string;
  /** A Latin spelling -> its key. */
  latin: (word: string) => string;
}

/** A Latin spelling without its accents, in lower case: what each scheme's spelling rules read. */
const bareLatin = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A key from letter classes: anything else left out, a doubled letter written once (spellings double
 * letters as they please, and two letters of one class meet).
 */
const keyOf = (classes: string): string =>
  classes.replace(/[^a-zA-Z]/g, '').replace(/(.)\1+/g, '$1');

/** Latin spelling of Arabic, Dari or Pashto -> skeleton. */
export function latinSkeleton(word: string): string {
  return keyOf(
    bareLatin(word)
      .replace(/kh|5/g, 'K')
      .replace(/gh/g, 'G')
      .replace(/sh|ch/g, 'S')
      .replace(/zh/g, 'J')
      .replace(/dz|dh/g, 'z')
      .replace(/th/g, 't')
      .replace(/ph/g, 'f')
      .replace(/[qc9]/g, 'k')
      .replace(/7/g, 'h')
      .replace(/x/g, 'ks')
      .replace(/v/g, 'w')
      // a word-initial w or y is a consonant; other vowels and semi-vowels are not written
      .replace(/^([wy])|[aeiouwy23'’]/g, (_, first?: string) => first ?? ''),
  );
}

/** Letters of Arabic, Dari and Pashto -> the classes of `latinSkeleton`; others are left out. */
const LETTER: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ټ: 't',
  ط: 't',
  ث: 's',
  س: 's',
  ص: 's',
  څ: 's',
  ج: 'j',
  چ: 'S',
  ش: 'S',
  ح: 'h',
  ه: 'h',
  خ: 'K',
  ښ: 'K',
  د: 'd',
  ډ: 'd',
  ذ: 'z',
  ز: 'z',
  ض: 'z',
  ظ: 'z',
  ځ: 'z',
  ر: 'r',
  ړ: 'r',
  ژ: 'J',
  ږ: 'J',
  غ: 'G',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  ك: 'k',
  گ: 'g',
  ګ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ڼ: 'n',
};

/** و and ی (in their forms) begin a word as consonants; elsewhere they write a long vowel. */
const INITIAL: Record<string, string> = { و: 'w', ی: 'y', ي: 'y' };

/**
 * Word in Arabic script -> skeleton: vowel letters are left out (but a word-initial و or ی), and so is
 * a final ه or ة, which Latin spellings write as a vowel.
 */
export function scriptSkeleton(word: string): string {
  const letters = [
    ...word
      .normalize('NFC')
      .replace(/[\u064b-\u065f\u0670]/g, '')
      .replace(/[هة]$/, ''),
  ];
  return keyOf(
    letters.map((c, i) => (i === 0 ? (INITIAL[c] ?? LETTER[c]) : LETTER[c]) ?? '').join(''),
  );
}

/** Latin spelling of Russian or Ukrainian -> key. */
export function latinCyrillicKey(word: string): string {
  return keyOf(
    bareLatin(word)
      .replace(/shch/g, 'SQ')
      .replace(/ch/g, 'Q')
      .replace(/sh/g, 'S')
      .replace(/zh/g, 'Z')
      .replace(/kh|g/g, 'h')
      .replace(/tz|c/g, 'ts')
      .replace(/x/g, 'ks')
      .replace(/w/g, 'v')
      // "ya", "ja", "ye", "yu", "yi": a y or j before a vowel only softens it, as я, є, ю, ї do
      .replace(/[yj](?=[aeiou])/g, '')
      .replace(/[yj]/g, 'i'),
  );
}

/** Russian and Ukrainian letters -> the classes of `latinCyrillicKey`; signs are left out. */
const CYRILLIC_LETTER: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'h',
  д: 'd',
  е: 'e',
  ё: 'o',
  є: 'e',
  э: 'e',
  ж: 'Z',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'i',
  й: 'i',
  ы: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'Q',
  ш: 'S',
  щ: 'SQ',
  ю: 'u',
  я: 'a',
};

/** Word in Cyrillic -> key. */
export function cyrillicKey(word: string): string {
  return keyOf(
    [...word.normalize('NFC').toLowerCase()].map((c) => CYRILLIC_LETTER[c] ?? '').join(''),
  );
}

/** Latin spelling of Tigrinya -> skeleton. */
export function latinEthiopicSkeleton(word: string): string {
  return keyOf(
    bareLatin(word)
      .replace(/ch|c'/g, 'Q')
      .replace(/sh/g, 'S')
      .replace(/zh/g, 'j')
      .replace(/ts|tz/g, 's')
      .replace(/kh|[qxc]/g, 'k')
      .replace(/[aeiou'’`]/g, ''),
  );
}

/**
 * Rows of the Ethiopic syllabary (eight code points each, one consonant in its vowel orders) ->
 * the classes of `latinEthiopicSkeleton`; the glottal rows (አ, ዐ) carry only a vowel.
 */
const ETHIOPIC_ROW: Record<number, string> = {
  0x1200: 'h',
  0x1208: 'l',
  0x1210: 'h',
  0x1218: 'm',
  0x1220: 's',
  0x1228: 'r',
  0x1230: 's',
  0x1238: 'S',
  0x1240: 'k',
  0x1248: 'k',
  0x1250: 'k',
  0x1258: 'k',
  0x1260: 'b',
  0x1268: 'v',
  0x1270: 't',
  0x1278: 'Q',
  0x1280: 'h',
  0x1288: 'h',
  0x1290: 'n',
  0x1298: 'n',
  0x12a0: '',
  0x12a8: 'k',
  0x12b0: 'k',
  0x12b8: 'k',
  0x12c0: 'k',
  0x12c8: 'w',
  0x12d0: '',
  0x12d8: 'z',
  0x12e0: 'j',
  0x12e8: 'y',
  0x12f0: 'd',
  0x12f8: 'd',
  0x1300: 'j',
  0x1308: 'g',
  0x1310: 'g',
  0x1318: 'g',
  0x1320: 't',
  0x1328: 'Q',
  0x1330: 'p',
  0x1338: 's',
  0x1340: 's',
  0x1348: 'f',
  0x1350: 'p',
};

/** Word in Ethiopic script -> skeleton: each syllable's consonant, its vowel left out. */
export function ethiopicSkeleton(word: string): string {
  return keyOf(
    [...word]
      .map((c) => {
        const code = c.codePointAt(0) ?? 0;
        return ETHIOPIC_ROW[code - ((code - 0x1200) % 8)] ?? '';
      })
      .join(''),
  );
}

export const ARABIC_SCRIPT: Transliteration = {
  script: /\p{Script=Arabic}/u,
  native: scriptSkeleton,
  latin: latinSkeleton,
};

export const CYRILLIC: Transliteration = {
  script: /\p{Script=Cyrillic}/u,
  native: cyrillicKey,
  latin: latinCyrillicKey,
};

export const ETHIOPIC: Transliteration = {
  script: /\p{Script=Ethiopic}/u,
  native: ethiopicSkeleton,
  latin: latinEthiopicSkeleton,
};

/** The shortest key read one letter apart from the guide's keys. */
const NEAR_FROM = 4;

/** A guide's word, how often the guide writes it with its key, and the key's place among the keys. */
interface Entry {
  word: string;
  count: number;
  order: number;
}

/** The forms of a key with one letter left out, each tagged with the letter's place. */
const deletions = (key: string): [number, string][] =>
  Array.from({ length: key.length }, (_, i) => [i, key.slice(0, i) + key.slice(i + 1)]);

/** Whether two keys of the same length differ at most at place `i`. */
const sameBut = (a: string, b: string, i: number): boolean =>
  a.slice(0, i) === b.slice(0, i) && a.slice(i + 1) === b.slice(i + 1);

/** The guide's words of one language, found by the key of a Latin spelling. */
export class RomanizedLexicon {
  /** key -> the word most often written with it */
  private readonly best = new Map<string, Entry>();
  /**
   * A key with one letter left out -> the keys it comes from: a Latin key one letter shorter, or one
   * letter changed (then the same letter's place left out of both).
   */
  private readonly shortened = new Map<string, string[]>();

  constructor(
    words: Iterable<string>,
    private readonly scheme: Transliteration = ARABIC_SCRIPT,
  ) {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [word, count] of counts) {
      const key = scheme.native(word);
      if (key.length < 2) continue;
      const known = this.best.get(key);
      if (!known) this.best.set(key, { word, count, order: this.best.size });
      else if (count > known.count) this.best.set(key, { ...known, word, count });
    }
    for (const key of this.best.keys())
      for (const [, rest] of deletions(key)) {
        const list = this.shortened.get(rest);
        if (list) list.push(key);
        else this.shortened.set(rest, [key]);
      }
  }

  /**
   * The guide's word a Latin spelling stands for, if any: the word with its key, or else, for a key of
   * NEAR_FROM letters or more, the most frequent word whose key is one letter added, left out or
   * changed away (the first key in the guide's order among equals).
   */
  lookup(latin: string): string | undefined {
    const key = this.scheme.latin(latin);
    if (key.length < 2) return undefined;
    const exact = this.best.get(key);
    if (exact) return exact.word;
    if (key.length < NEAR_FROM) return undefined;
    const near = [...(this.shortened.get(key) ?? [])];
    for (const [i, rest] of deletions(key)) {
      if (this.best.has(rest)) near.push(rest);
      for (const other of this.shortened.get(rest) ?? [])
        if (other.length === key.length && sameBut(other, key, i)) near.push(other);
    }
    let found: Entry | undefined;
    for (const e of near.map((k) => this.best.get(k) as Entry))
      if (!found || e.count > found.count || (e.count === found.count && e.order < found.order))
        found = e;
    return found?.word;
  }
}
