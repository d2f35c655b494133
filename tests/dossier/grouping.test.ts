/**
 * The file page says a paper common to several people once ("for each of the 4 people: …"): the
 * groups give every person exactly their own list, and a paper shared by the whole family is in the
 * first group.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/lib/dossier';
import { groupDocuments } from '../../src/lib/web/dossier/group';
import { example, input } from './helpers';

const TODAY = '2026-03-10';

function groupsOf(name: string) {
  const dossier = buildDossier(input(example(name), {}, TODAY));
  const procedure = dossier.checklist.procedures[0]!;
  return { members: procedure.members, groups: groupDocuments(procedure.members) };
}

describe('documents common to several people', () => {
  it('a refugee family reads the papers everyone needs once, for all who come', () => {
    const { members, groups } = groupsOf('03-refugee-spouse-and-children');
    expect(members.length).toBeGreaterThanOrEqual(3);
    const first = groups[0]!;
    expect(first.memberIds).toEqual(members.map((m) => m.id));
    expect(first.items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['passport', 'visa_application', 'visa_fee']),
    );
    const shown = groups.reduce((n, g) => n + g.items.length, 0);
    const perPerson = members.reduce((n, m) => n + m.items.length, 0);
    expect(shown).toBeLessThan(perPerson / 2);
  });

  for (const name of ['01-regroupement-conditions-met', '03-refugee-spouse-and-children']) {
    it(`every person keeps exactly their own papers (${name})`, () => {
      const { members, groups } = groupsOf(name);
      for (const m of members) {
        const theirs = groups.filter((g) => g.memberIds.includes(m.id)).flatMap((g) => g.items);
        expect(theirs).toHaveLength(m.items.length);
        expect(theirs.map((i) => JSON.stringify(i)).sort()).toEqual(
          m.items.map((i) => JSON.stringify(i)).sort(),
        );
      }
      // The groups with more people come first.
      const sizes = groups.map((g) => g.memberIds.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    });
  }

  it('a paper whose details differ between two people is not merged', () => {
    const item = buildDossier(input(example('03-refugee-spouse-and-children'), {}, TODAY)).checklist
      .procedures[0]!.members[0]!.items[0]!;
    const groups = groupDocuments([
      { id: 'a', items: [item] },
      { id: 'b', items: [{ ...item, destination: 'prefecture' }] },
    ]);
    expect(groups.map((g) => g.memberIds)).toEqual([['a'], ['b']]);
  });
});
