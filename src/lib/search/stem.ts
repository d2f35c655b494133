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
