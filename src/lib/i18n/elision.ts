/**
 * French elision before an inserted name: "de" + "Omid" is written "d’Omid", "que" + "Ahmad"
 * "qu’Ahmad", but "de Karim" stays. The rule has no list of names:
 * - a name starting with a vowel (A E I O U, with or without an accent, any case) elides;
 * - Y elides only when a consonant follows ("d’Yves"), not before a vowel, where it sounds like a
 *   consonant ("de Yasmine");
 * - H never elides. Most names given here come from Arabic, Persian, Pashto or Tigrinya, where the
 *   h is heard ("Hamid", "Hussein"); "de Hamid" is always correct French, "d’Hamid" would be wrong
 *   for those, so in doubt the word is kept whole.
 * Marks that carry no letter at the start of the value (Unicode isolates and direction marks, an
 * opening tag such as <bdi>) are looked through, and kept as they are.
 */

/** The arguments of the French catalogs that carry a person's name. */
export const ELIDED_ARGUMENTS: ReadonlySet<string> = new Set(['name', 'member', 'beneficiary']);

/** The words that elide before a vowel, and their elided form (typographic apostrophe). */
const ELIDED: Record<string, string> = { de: 'd’', De: 'D’', que: 'qu’', Que: 'Qu’' };

/** The word ("de", "que") that ends a piece of text just before a value, followed by one space. */
export function elidingWord(text: string): string | undefined {
  const m = /(?:^|[^\p{L}’'])(de|De|que|Que) $/u.exec(text);
  return m?.[1];
}

/** What may come before the first letter of a value without being read: isolates, marks, tags. */
const INVISIBLE = /^(?:[\u200E\u200F\u2066-\u2069]|<[^<>]*>)*/;
const VOWEL = /^[aeiou]/i;

/** Whether a value starts with a sound that makes "de" and "que" elide. */
export function startsWithVowelSound(value: string): boolean {
  const letters = value.replace(INVISIBLE, '').normalize('NFD');
  if (VOWEL.test(letters)) return true;
  return /^y[^aeiouy\p{M}\P{L}]/iu.test(letters);
}

/** "de" (or "que") and the value, written together: "d’Omid", "de Karim". */
export function elide(word: string, value: string): string {
  if (value === '') return word;
  return startsWithVowelSound(value) ? ELIDED[word] + value : `${word} ${value}`;
}
