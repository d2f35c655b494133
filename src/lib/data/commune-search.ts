/**
 * Finding a commune from what people type: "st denis", "SAINT DENIS 93", "saint-denis (93)", "marseil",
 * "Lyyon", "Lyon 3e", "69003", "93200". Accents, case, hyphens and apostrophes do not matter, "st"/"ste"
 * read as "saint"/"sainte", a department number or a postcode narrows the search to its department, an
 * arrondissement ("3e", "1er", a postcode of Paris, Lyon or Marseille) finds its city, and a name not
 * found as typed is looked up with a small tolerance for typos (MiniSearch's fuzzy search).
 *
 * The zoning list has no postcodes: a postcode gives its department (its first two digits; 20 is
 * Corsica, 97x overseas), and a postcode alone lists that department's communes to choose from.
 */
import MiniSearch from 'minisearch';

export interface Searchable {
  name: string;
  /** `searchKey(name)`. */
  key: string;
  department: string;
  zone: string;
}

/**
 * Among close spellings, the larger towns first: a typo is more often in "Bordeaux" (zone B1) than in
 * "Bourdeaux" (zone C). The zone stands in for the size of the town, which the list does not give.
 */
const ZONE_WEIGHT: Record<string, number> = { A_bis: 1.6, A: 1.6, B1: 1.4, B2: 1.15, C: 1 };

/** Lower case, no accents, hyphens and apostrophes as spaces, "st" as "saint": "St-Étienne" → "saint etienne". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .trim();
}

/** The cities whose arrondissements have their own postcodes: postcode prefix → city key. */
const ARRONDISSEMENTS: Record<string, { key: string; department: string }> = {
  '750': { key: 'paris', department: '75' },
  '751': { key: 'paris', department: '75' },
  '690': { key: 'lyon', department: '69' },
  '130': { key: 'marseille', department: '13' },
};

/** The department of a French postcode: 93200 → 93, 97400 → 974, 20000 → 2A, 20200 → 2B. */
export function departmentOfPostcode(code: string): string {
  if (code.startsWith('97') || code.startsWith('98')) return code.slice(0, 3);
  if (code.startsWith('20')) return Number(code.slice(2, 3)) <= 1 ? '2A' : '2B';
  return code.slice(0, 2);
}

export interface Query {
  /** The name part, as a search key ("" when only a number was typed). */
  key: string;
  /** The department a number or a postcode gives. */
  department?: string;
  /** A postcode of an arrondissement of Paris, Lyon or Marseille: the city. */
  city?: string;
}

const ORDINAL = /^(\d{1,2})(e|er|ere|eme|ieme|em)$/;

/** What the person typed, split into a name, a department and an arrondissement. */
export function readQuery(typed: string): Query {
  const words = searchKey(typed).split(' ').filter(Boolean);
  let department: string | undefined;
  let city: string | undefined;
  const name: string[] = [];
  for (const [i, w] of words.entries()) {
    if (/^[0-9]{5}$/.test(w)) {
      department = departmentOfPostcode(w);
      const arr = ARRONDISSEMENTS[w.slice(0, 3)];
      if (arr && name.length === 0) city = arr.key;
    } else if (/^([0-9]{2,3}|2a|2b)$/.test(w) && (i > 0 || words.length === 1)) {
      department = w.toUpperCase();
    } else if (ORDINAL.test(w) || w === 'arrondissement' || w === 'arr') {
      // "Lyon 3e", "Paris 15eme arrondissement": the zoning list has the city, not its arrondissements.
      continue;
    } else name.push(w);
  }
  return { key: city ?? name.join(' '), ...(department ? { department } : {}), ...(city ? { city } : {}) };
}

/** How many communes a postcode or a department alone lists (all of Seine-Saint-Denis). */
const DEPARTMENT_LIMIT = 50;

const byLengthThenName = (a: Searchable, b: Searchable) =>
  a.key.length - b.key.length || a.key.localeCompare(b.key);

/** A search over a list of communes (built once, on first use). */
export function communeSearch<T extends Searchable>(load: () => T[]) {
  let list: T[] | undefined;
  let index: MiniSearch<{ id: number; key: string }> | undefined;
  const all = () => (list ??= load());
  const fuzzyIndex = () => {
    if (!index) {
      index = new MiniSearch({ fields: ['key'], storeFields: [] });
      index.addAll(all().map((c, id) => ({ id, key: c.key })));
    }
    return index;
  };

  /** Communes matching what was typed, best first: exact names, then names starting with it, then containing it, then close spellings. */
  return function search(typed: string, limit = 20): { found: T[]; exactKey: string } {
    const q = readQuery(typed);
    const inDepartment = (c: T) => q.department === undefined || c.department === q.department;
    if (q.key.length < 2) {
      // A postcode or a department alone: its communes to choose from, the larger towns first.
      const found = q.department
        ? all()
            .filter(inDepartment)
            .sort(
              (a, b) =>
                (ZONE_WEIGHT[b.zone] ?? 1) - (ZONE_WEIGHT[a.zone] ?? 1) ||
                a.key.localeCompare(b.key),
            )
        : [];
      return { found: found.slice(0, Math.max(limit, DEPARTMENT_LIMIT)), exactKey: q.key };
    }
    const exact: T[] = [];
    const starts: T[] = [];
    const contains: T[] = [];
    for (const c of all()) {
      if (!inDepartment(c)) continue;
      if (c.key === q.key) exact.push(c);
      else if (c.key.startsWith(q.key)) starts.push(c);
      else if (c.key.includes(q.key)) contains.push(c);
    }
    const direct = [...exact, ...starts.sort(byLengthThenName), ...contains.sort(byLengthThenName)];
    if (direct.length) return { found: direct.slice(0, limit), exactKey: q.key };
    const items = all();
    const fuzzy = fuzzyIndex()
      .search(q.key, {
        fuzzy: (term) => (term.length > 3 ? 0.25 : 0),
        prefix: true,
        combineWith: 'AND',
      })
      .map((r) => ({ c: items[r.id as number], score: r.score }))
      .filter((r): r is { c: T; score: number } => r.c !== undefined && inDepartment(r.c))
      .map((r) => ({ c: r.c, score: r.score * (ZONE_WEIGHT[r.c.zone] ?? 1) }))
      .sort((a, b) => b.score - a.score)
      .map((r) => r.c);
    return { found: fuzzy.slice(0, limit), exactKey: q.key };
  };
}
