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
import { communeSearch, searchKey } from './commune-search';

export { searchKey } from './commune-search';

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

const search = communeSearch(() => all().map((c) => ({ ...c.commune, key: c.key })));

/** Communes matching what was typed, best first (see commune-search.ts). */
export function searchCommunes(typed: string, limit = 20): Commune[] {
  return search(typed, limit).found.map(({ code, name, department, zone }) => ({
    code,
    name,
    department,
    zone,
  }));
}

/** The commune search in the shape the interview needs. */
export const communeLookup = {
  search(typed: string) {
    const { found, exactKey } = search(typed);
    return found.map((c) => ({
      code: c.code,
      label: communeLabel(c),
      zone: c.zone,
      exact: c.key === exactKey,
    }));
  },
  byCode(code: string) {
    const c = communeByCode(code);
    return c ? { code: c.code, label: communeLabel(c), zone: c.zone, exact: true } : undefined;
  },
};
