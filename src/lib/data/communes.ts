/**
 * French communes and their housing zone (zonage A/B/C, CCH R304-1), to help a person find the zone
 * of the home the family will live in. Server-side only: the list is large.
 *
 * Data: "Liste des zones PTZ et Pinel", data.gouv.fr, as published in 2022 (Ministère de la transition
 * écologique), Licence Ouverte 2.0. The zoning has been revised since (2023 to 2025 orders moved
 * several hundred communes): the result is indicative, the person can choose the zone, and the
 * official "zonage ABC" simulator on service-public.fr gives the binding answer.
 */
import raw from './communes-zonage-2022.csv?raw';

export const ZONAGE_DATA = {
  title: 'Liste des zones PTZ et Pinel (zonage A/B/C)',
  publisher: 'Ministère de la transition écologique, data.gouv.fr',
  licence: 'Licence Ouverte 2.0',
  /** The year of the data; shown next to every zone found. */
  year: 2022,
  verifiedOn: '2026-11-23',
  officialSimulator: 'https://www.service-public.fr/simulateur/calcul/zonage-abc',
} as const;

export type Zone = 'A_bis' | 'A' | 'B1' | 'B2' | 'C';

export interface Commune {
  code: string;
  name: string;
  /** Département: the first two characters of the INSEE code, three overseas. */
  department: string;
  zone: Zone;
}

/** Lower case, no accents, hyphens and apostrophes as spaces: "Saint-Étienne" → "saint etienne". */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

let communes: { commune: Commune; key: string }[] | undefined;

function all() {
  if (!communes) {
    communes = raw
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => {
        const [code = '', name = '', zone = 'C'] = line.split(';');
        const department = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
        return { commune: { code, name, department, zone: zone as Zone }, key: searchKey(name) };
      });
  }
  return communes;
}

export function communeByCode(code: string): Commune | undefined {
  return all().find((c) => c.commune.code === code)?.commune;
}

/** The label people see and can type back exactly: "Saint-Denis (93)". */
export function communeLabel(c: Commune): string {
  return `${c.name} (${c.department})`;
}

/**
 * Communes matching what was typed: exact names first, then names starting with it, then names
 * containing it. A postcode-like department in brackets narrows the match: "Saint-Denis (93)".
 */
export function searchCommunes(typed: string, limit = 20): Commune[] {
  const dep = /\(\s*([0-9][0-9AB][0-9]?)\s*\)\s*$/i.exec(typed)?.[1]?.toUpperCase();
  const key = searchKey(typed.replace(/\([^)]*\)\s*$/, ''));
  if (key.length < 2) return [];
  const exact: Commune[] = [];
  const starts: Commune[] = [];
  const contains: Commune[] = [];
  for (const { commune, key: k } of all()) {
    if (dep !== undefined && commune.department !== dep) continue;
    if (k === key) exact.push(commune);
    else if (k.startsWith(key)) starts.push(commune);
    else if (k.includes(key)) contains.push(commune);
  }
  return [...exact, ...starts, ...contains].slice(0, limit);
}

/** The commune search in the shape the interview needs. */
export const communeLookup = {
  search(typed: string) {
    const key = searchKey(typed.replace(/\([^)]*\)\s*$/, ''));
    return searchCommunes(typed).map((c) => ({
      code: c.code,
      label: communeLabel(c),
      zone: c.zone,
      exact: searchKey(c.name) === key,
    }));
  },
  byCode(code: string) {
    const c = communeByCode(code);
    return c ? { code: c.code, label: communeLabel(c), zone: c.zone, exact: true } : undefined;
  },
};
