/**
 * Arabic, Dari and Pashto typed in Latin letters ("khaza me pa visa", "nikah khat nadarim"), read as
 * the guide's own words by their consonant skeleton: both spellings are reduced to the consonants they
 * write, in classes that Latin spellings share ("kh", "5" and خ or ښ; "sh", "ch" and ش, چ; "q", "k",
 * "9" and ق, ک); vowels are left out on both sides, since Arabic script writes only the long ones and
 * Latin spellings write them as they hear them. A Latin word then stands for the guide's most frequent
 * word with the same skeleton (or, for a skeleton of four consonants or more, one consonant apart).
 *
 * The short list of frequent words in `analyze.ts` comes first; this reads the words it lacks.
 */

/** Latin spelling -> skeleton. */
export function latinSkeleton(word: string): string {
  return (
    word
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
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
      .replace(/^([wy])|[aeiouwy23'’]/g, (_, first?: string) => first ?? '')
      .replace(/[^a-zA-Z]/g, '')
      .replace(/(.)\1+/g, '$1')
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
  return letters
    .map((c, i) => (i === 0 ? (INITIAL[c] ?? LETTER[c]) : LETTER[c]) ?? '')
    .join('')
    .replace(/(.)\1+/g, '$1');
}

const distanceAtMostOne = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const rest = (x: string, y: string) => x.slice(i + 1) === y.slice(i);
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? rest(a, b) : rest(b, a);
};

/** The guide's words of one language, found by the skeleton of a Latin spelling. */
export class RomanizedLexicon {
  /** skeleton -> the word most often written with it */
  private readonly best = new Map<string, { word: string; count: number }>();

  constructor(words: Iterable<string>) {
    const counts = new Map<string, number>();
    for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    for (const [word, count] of counts) {
      const key = scriptSkeleton(word);
      if (key.length < 2) continue;
      const known = this.best.get(key);
      if (!known || count > known.count) this.best.set(key, { word, count });
    }
  }

  /** The guide's word a Latin spelling stands for, if any. */
  lookup(latin: string): string | undefined {
    const key = latinSkeleton(latin);
    if (key.length < 2) return undefined;
    const exact = this.best.get(key);
    if (exact) return exact.word;
    if (key.length < 4) return undefined;
    let found: { word: string; count: number } | undefined;
    for (const [k, v] of this.best)
      if (k.length >= 3 && distanceAtMostOne(k, key) && (!found || v.count > found.count))
        found = v;
    return found?.word;
  }
}
