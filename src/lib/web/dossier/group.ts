/**
 * Documents common to several people, said once: the members' lists of a procedure regrouped by the
 * set of people who need each paper, so that a family of four reads "for each of the 4 people: passport,
 * visa form, visa fee" once instead of four times. A paper is the same for two people only when
 * everything the page says about it is the same (its figures, where it goes, its fallback).
 */
import type { ChecklistItem } from '$lib/dossier';

export interface MemberItems {
  id: string;
  items: ChecklistItem[];
}

export interface DocumentGroup {
  /** The people who need every paper of the group, in the order of the family. */
  memberIds: string[];
  items: ChecklistItem[];
}

/** Everything the page shows about a paper, as one string: two papers are the same when equal. */
const sameness = (item: ChecklistItem) => JSON.stringify(item);

/**
 * The groups of a procedure's member lists: the papers needed by the most people first, then in the
 * order of the family; within a group, the papers keep the order of the list.
 */
export function groupDocuments(members: MemberItems[]): DocumentGroup[] {
  const order = members.map((m) => m.id);
  const papers = new Map<string, { item: ChecklistItem; who: Set<string>; rank: number }>();
  let rank = 0;
  for (const m of members) {
    for (const item of m.items) {
      const key = sameness(item);
      const paper = papers.get(key) ?? { item, who: new Set<string>(), rank: rank++ };
      paper.who.add(m.id);
      papers.set(key, paper);
    }
  }
  const groups = new Map<string, DocumentGroup & { rank: number }>();
  for (const paper of [...papers.values()].sort((a, b) => a.rank - b.rank)) {
    const memberIds = order.filter((id) => paper.who.has(id));
    const key = memberIds.join('\u0000');
    const group = groups.get(key) ?? { memberIds, items: [], rank: paper.rank };
    group.items.push(paper.item);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        b.memberIds.length - a.memberIds.length ||
        order.indexOf(a.memberIds[0]!) - order.indexOf(b.memberIds[0]!) ||
        a.rank - b.rank,
    )
    .map(({ memberIds, items }) => ({ memberIds, items }));
}
