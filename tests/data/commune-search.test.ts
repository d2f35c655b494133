import { describe, expect, it } from 'vitest';
import { communeLookup, searchCommunes } from '../../src/lib/data/communes';
import { departmentOfPostcode, readQuery } from '../../src/lib/data/commune-search';

const labels = (typed: string) => communeLookup.search(typed).map((c) => c.label);
const first = (typed: string) => labels(typed)[0];

describe('commune search', () => {
  it('reads accents, hyphens, case and "st" alike', () => {
    for (const typed of ['st denis', 'saint-denis', 'Saint Denis', 'ST-DENIS', 'saint denís'])
      expect(labels(typed)).toContain('Saint-Denis (93)');
    expect(first('ste foy les lyon')).toBe('Sainte-Foy-lès-Lyon (69)');
    expect(first("l'abergement clemenciat")).toBe("L'Abergement-Clémenciat (01)");
  });

  it('narrows to a department given as a number, in brackets or as a postcode', () => {
    expect(first('SAINT DENIS 93')).toBe('Saint-Denis (93)');
    expect(labels('SAINT DENIS 93')).not.toContain('Saint-Denis (974)');
    expect(labels('Saint-Denis (974)')).toEqual(['Saint-Denis (974)']);
    expect(first('saint denis 93200')).toBe('Saint-Denis (93)');
    const exact = communeLookup.search('SAINT DENIS 93').filter((c) => c.exact);
    expect(exact.map((c) => c.label)).toEqual(['Saint-Denis (93)']);
  });

  it('lists the communes of a postcode’s department when only the postcode is typed', () => {
    const found = searchCommunes('93200');
    expect(found.length).toBeGreaterThan(10);
    expect(found.every((c) => c.department === '93')).toBe(true);
    expect(found.map((c) => c.name)).toContain('Saint-Denis');
  });

  it('finds the city of an arrondissement, by its number or its postcode', () => {
    expect(first('Lyon 3e')).toBe('Lyon (69)');
    expect(first('lyon 1er arrondissement')).toBe('Lyon (69)');
    expect(first('Paris 15ème')).toBe('Paris (75)');
    expect(first('69003')).toBe('Lyon (69)');
    expect(first('75015')).toBe('Paris (75)');
    expect(first('13008')).toBe('Marseille (13)');
  });

  it('completes a name being typed, shortest names first', () => {
    expect(first('marseil')).toBe('Marseille (13)');
    expect(labels('marseil')).toContain('Marseillette (11)');
  });

  it('forgives a typo', () => {
    expect(first('Lyyon')).toBe('Lyon (69)');
    expect(first('marseile')).toBe('Marseille (13)');
    expect(first('Bordaux')).toBe('Bordeaux (33)');
  });

  it('finds nothing for nonsense and for too little', () => {
    expect(labels('zzqxw')).toEqual([]);
    expect(labels('a')).toEqual([]);
  });

  it('gives the department of a postcode, Corsica and overseas included', () => {
    expect(departmentOfPostcode('93200')).toBe('93');
    expect(departmentOfPostcode('20000')).toBe('2A');
    expect(departmentOfPostcode('20200')).toBe('2B');
    expect(departmentOfPostcode('97400')).toBe('974');
    expect(readQuery('Saint-Denis (93)')).toEqual({ key: 'saint denis', department: '93' });
  });
});
