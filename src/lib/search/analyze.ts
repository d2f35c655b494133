/**
 * Language-aware analysis shared by indexing and querying: lowercase, accent folding, stop words,
 * light stemming, and (for queries only) synonym expansion. The same functions run at build time, in
 * the server and, later, in the browser.
 */
import { stemEn, stemFr } from './stem';

export const SEARCH_LOCALES = ['fr', 'en'] as const;
export type SearchLocale = (typeof SEARCH_LOCALES)[number];

export function isSearchLocale(value: string | null | undefined): value is SearchLocale {
  return (SEARCH_LOCALES as readonly string[]).includes(value ?? '');
}

/** Lowercase, strip diacritics and compatibility forms ("Réunification" -> "reunification", "m²" -> "m2"). */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Words split on anything that is not a letter or a digit (apostrophes included: "d'état"). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
}

const STOP: Record<SearchLocale, Set<string>> = {
  fr: new Set(
    (
      'a au aux avec c ca ce ces cet cette d dans de des du elle elles en est et etre il ils j je l la le les ' +
      'leur leurs lui m ma mais me mes moi mon n ne ni nos notre nous on ou par pas peut peux pour qu que quel ' +
      'quelle quelles quels qui quoi s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y ' +
      'comment est-ce faire fait faut dois doit puis-je svp stp bonjour merci slt cc plz quand combien'
    ).split(' '),
  ),
  en: new Set(
    (
      'a about am an and are as at be been but by can could did do does for from get got had has have he her ' +
      'his how i if in into is it its me my of on or our please she should so than that the their them then ' +
      'there they this to u us was we what when where which who why will with would you your hi hello thanks ' +
      'pls plz im'
    ).split(' '),
  ),
};

/**
 * Groups of words a person may use for the same idea. In French, "regroupement" and "réunification"
 * name two different procedures: each also finds the other, but with a much lower weight (a group
 * starting with a number gives that weight), so that the page of the word the person typed comes first.
 */
const SYNONYMS: Record<SearchLocale, (string | number)[][]> = {
  fr: [
    [0.1, 'regroupement', 'reunification'],
    ['rapprochement', 'regroupement'],
    ['rapprochement', 'reunification'],
    ['titre', 'carte', 'permis'],
    ['visa', 'vls'],
    ['refus', 'rejet', 'refuse', 'rejete', 'negatif'],
    ['recours', 'appel', 'contester', 'contestation'],
    ['parents', 'pere', 'mere', 'ascendants'],
    ['enfant', 'fils', 'fille', 'gosse', 'mineur'],
    ['frere', 'soeur', 'fratrie'],
    ['conjoint', 'epoux', 'epouse', 'mari', 'femme', 'mariage', 'marie'],
    ['ressources', 'revenus', 'salaire', 'argent', 'smic', 'gagner'],
    ['logement', 'appartement', 'maison', 'surface', 'loger'],
    ['acte', 'certificat', 'etat civil'],
    ['naissance', 'ne'],
    ['prix', 'cout', 'frais', 'payer', 'taxe', 'combien'],
    ['delai', 'duree', 'temps', 'attente', 'longtemps', 'attendre'],
    ['aide', 'aider', 'association', 'gratuit', 'assistante', 'avocat'],
    ['disparu', 'perdu', 'retrouver', 'rechercher', 'nouvelles'],
    ['danger', 'securite', 'ambassade', 'menace', 'risque'],
    ['refugie', 'protection', 'apatride', 'subsidiaire'],
    ['europeen', 'ue', 'union'],
    ['francais', 'francaise', 'nationalite'],
  ],
  en: [
    ['reunification', 'regroupement', 'regroupment', 'reunion', 'reunite'],
    ['permit', 'card', 'title', 'residence permit'],
    ['visa', 'vls'],
    ['refused', 'rejected', 'denied', 'refusal', 'rejection', 'negative'],
    ['appeal', 'challenge', 'contest', 'complaint'],
    ['parents', 'mother', 'father', 'mum', 'mom', 'dad'],
    ['child', 'children', 'son', 'daughter', 'kid', 'kids', 'minor'],
    ['brother', 'sister', 'siblings'],
    ['spouse', 'wife', 'husband', 'married', 'marriage', 'partner'],
    ['resources', 'income', 'salary', 'wage', 'money', 'earn', 'smic'],
    ['housing', 'apartment', 'flat', 'house', 'accommodation', 'home', 'surface'],
    ['certificate', 'record', 'papers', 'documents'],
    ['cost', 'fee', 'price', 'pay', 'tax', 'expensive'],
    ['delay', 'long', 'time', 'wait', 'waiting', 'duration', 'months'],
    ['help', 'association', 'free', 'lawyer', 'social worker', 'ngo', 'charity'],
    ['missing', 'lost', 'find', 'search', 'trace', 'disappeared'],
    ['danger', 'safety', 'safe', 'embassy', 'threat', 'risk'],
    ['refugee', 'protection', 'stateless', 'subsidiary'],
    ['european', 'eu', 'union'],
    ['french', 'france', 'nationality', 'citizen'],
  ],
};

export function stem(locale: SearchLocale, word: string): string {
  return locale === 'fr' ? stemFr(word) : stemEn(word);
}

/** One token of a text -> its index term, or null for a stop word. */
export function indexTerm(locale: SearchLocale, token: string): string | null {
  const folded = fold(token);
  if (folded.length === 0 || STOP[locale].has(folded)) return null;
  return stem(locale, folded);
}

/** Weight of a synonym against the person's own word. */
export const SYNONYM_WEIGHT = 0.3;

const synonymIndex: Record<SearchLocale, Map<string, Map<string, number>>> = {
  fr: new Map(),
  en: new Map(),
};
for (const locale of SEARCH_LOCALES) {
  for (const group of SYNONYMS[locale]) {
    const weight = typeof group[0] === 'number' ? group[0] : SYNONYM_WEIGHT;
    const terms = group
      .filter((w): w is string => typeof w === 'string')
      .flatMap((phrase) =>
        tokenize(phrase)
          .map((w) => indexTerm(locale, w))
          .filter((t): t is string => t !== null),
      );
    for (const t of terms) {
      const known = synonymIndex[locale].get(t) ?? new Map<string, number>();
      for (const o of terms) if (o !== t) known.set(o, Math.max(known.get(o) ?? 0, weight));
      synonymIndex[locale].set(t, known);
    }
  }
}

/** The other terms a query term may stand for, with their weights. */
export function synonymsOf(locale: SearchLocale, term: string): Map<string, number> {
  return synonymIndex[locale].get(term) ?? new Map();
}

/** Query analysis: each word's term, then the synonyms (and their weights) not already in the query. */
export function queryTerms(
  locale: SearchLocale,
  query: string,
): { terms: string[]; expansions: Map<string, number> } {
  const terms = [
    ...new Set(
      tokenize(query)
        .map((w) => indexTerm(locale, w))
        .filter((t): t is string => t !== null),
    ),
  ];
  const own = new Set(terms);
  const expansions = new Map<string, number>();
  for (const t of terms) {
    for (const [s, w] of synonymsOf(locale, t)) {
      if (!own.has(s)) expansions.set(s, Math.max(expansions.get(s) ?? 0, w));
    }
  }
  return { terms, expansions };
}
