/**
 * Light stemmers for French and English. They only strip inflections and a few frequent derivational
 * endings, so that "refus", "refusé", "refuser" (or "refused", "refusal", "refuses") meet on one stem.
 * Words are expected lowercase and accent-folded. A stem never gets shorter than three letters.
 */

const MIN = 3;

function strip(word: string, suffix: string, replacement = '', min = MIN): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const stem = word.slice(0, word.length - suffix.length) + replacement;
  return stem.length >= min ? stem : undefined;
}

const FR_SUFFIXES: [string, string][] = [
  ['issements', ''],
  ['issement', ''],
  ['ations', ''],
  ['ation', ''],
  ['atrices', ''],
  ['atrice', ''],
  ['ateurs', ''],
  ['ateur', ''],
  ['ements', ''],
  ['ement', ''],
  ['ments', ''],
  ['ment', ''],
  ['ites', ''],
  ['ite', ''],
  ['ives', ''],
  ['ive', ''],
  ['ifs', ''],
  ['if', ''],
  ['eaux', 'eau'],
  ['aux', 'al'],
  ['euses', ''],
  ['euse', ''],
  ['eurs', ''],
  ['eur', ''],
  ['ees', ''],
  ['ee', ''],
  ['es', ''],
  ['er', ''],
  ['ez', ''],
  ['s', ''],
  ['x', ''],
  ['e', ''],
];

export function stemFr(word: string): string {
  let w = word;
  for (const [suffix, replacement] of FR_SUFFIXES) {
    const s = strip(w, suffix, replacement);
    if (s !== undefined) {
      w = s;
      break;
    }
  }
  // "refus" and "refusé" must meet: a final s or e left by the first step goes too.
  const again = strip(w, 's') ?? strip(w, 'e');
  if (again !== undefined && again.length >= 4) w = again;
  // doubled final consonant: "appell" -> "appel"
  if (w.length > 4 && w.at(-1) === w.at(-2) && !'aeiou'.includes(w.at(-1) ?? 'a'))
    w = w.slice(0, -1);
  return w;
}

/** [suffix, replacement, shortest stem left] */
const EN_SUFFIXES: [string, string, number?][] = [
  ['ational', 'ate'],
  ['ations', 'ate'],
  ['ation', 'ate'],
  ['nesses', ''],
  ['ness', ''],
  ['ments', ''],
  ['ment', ''],
  ['ingly', ''],
  ['ings', ''],
  ['ing', ''],
  ['edly', ''],
  ['ied', 'y'],
  ['ies', 'y'],
  ['sses', 'ss'],
  ['als', '', 5],
  ['al', '', 5],
  ['ed', ''],
  ['ly', ''],
  ['es', 'e'],
  ['s', ''],
];

export function stemEn(word: string): string {
  let w = word;
  if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  for (const [suffix, replacement, min] of EN_SUFFIXES) {
    const s = strip(w, suffix, replacement, min);
    if (s !== undefined) {
      w = s;
      break;
    }
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  if (w.length > 4 && w.at(-1) === w.at(-2) && !'aeiouls'.includes(w.at(-1) ?? 'a'))
    w = w.slice(0, -1);
  return w;
}

/** Strips the first (longest) suffix of the list that leaves at least `min` letters. */
function stripFirst(word: string, suffixes: string[], min: number): string {
  for (const suffix of suffixes) {
    const s = strip(word, suffix, '', min);
    if (s !== undefined) return s;
  }
  return word;
}

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);

/**
 * Arabic, after folding (ة -> ه, ي/ى -> ی, hamza forms -> bare letters): a light stemmer in the manner
 * of Light10 (Larkey et al.): the conjunction و and the article ال with its attached prepositions
 * (بال، کال، فال، لل), then one frequent suffix (plurals, duals, possessives).
 */
const AR_PREFIXES = ['وال', 'بال', 'کال', 'فال', 'لل', 'ال', 'و'];
const AR_SUFFIXES = byLength(['ها', 'ان', 'ات', 'ون', 'ین', 'یه', 'یا', 'ه', 'ی']);

export function stemAr(word: string): string {
  let w = word;
  for (const prefix of AR_PREFIXES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 3) {
      w = w.slice(prefix.length);
      break;
    }
  }
  return stripFirst(w, AR_SUFFIXES, 3);
}

/** Dari (Persian script, folded): plural and adjective endings (ها، ان، ات، ی، ترین). */
const FA_SUFFIXES = byLength(['هایی', 'های', 'ها', 'ان', 'ات', 'ترین', 'تر', 'یی', 'ی']);

export function stemFa(word: string): string {
  return stripFirst(word, FA_SUFFIXES, 3);
}

/** Pashto (folded, ګ -> گ): plural and oblique endings (ګانې، ونه، انو، ان، و، ې، ه). */
const PS_SUFFIXES = byLength([
  'گانو',
  'گانې',
  'ونو',
  'ونه',
  'انو',
  'انې',
  'ان',
  'و',
  'ې',
  'ۍ',
  'ه',
  'ی',
]);

export function stemPs(word: string): string {
  return stripFirst(word, PS_SUFFIXES, 3);
}

/** Russian (lowercase, ё -> е): one inflectional ending of nouns, adjectives and verbs. */
const RU_SUFFIXES = byLength(
  (
    'иями ями ами ией иям ием иях ого его ому ему ыми ими ать ять ить еть ешь ете ите ают яют ует ' +
    'ая яя ое ее ые ие ый ий ой ом ем ах ях ам ям ов ев ей ию ия ии ть ет ют ут ит ат ят ь ы и а я о е у ю й'
  ).split(' '),
);

export function stemRu(word: string): string {
  return stripFirst(word, RU_SUFFIXES, 3);
}

/** Ukrainian (lowercase, apostrophes removed): one inflectional ending. */
const UK_SUFFIXES = byLength(
  (
    'ями ами ові еві ого ому ими іми ати яти ити ють уть ить ать ять ою ею ях ах ам ям ів їв ий ій ої ує ' +
    'а я о е у ю і и ї ь й'
  ).split(' '),
);

export function stemUk(word: string): string {
  return stripFirst(word, UK_SUFFIXES, 3);
}

/**
 * Tigrinya (Ethiopic script, no case): the object/dative prefix ን and the relative prefix ዝ, then one
 * possessive or plural ending (ይ "my", ና "our", ኩም "your", ኦም "their", ታት plural), each only on words that stay
 * at least two syllables long: "ንስድራይ" and "ስድራ" meet.
 */
const TI_PREFIXES = ['ን', 'ዝ'];
const TI_SUFFIXES = byLength(['ታት', 'ኦም', 'ኩም', 'ኹም', 'ይ', 'ና']);

export function stemTi(word: string): string {
  let w = word;
  for (const prefix of TI_PREFIXES) {
    if (w.startsWith(prefix) && w.length - prefix.length >= 3) {
      w = w.slice(prefix.length);
      break;
    }
  }
  return stripFirst(w, TI_SUFFIXES, 2);
}
