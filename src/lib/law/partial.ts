/**
 * The request covers the whole eligible family (CESEDA L434-1, applied to refugees by L561-4). A member
 * who could come but is deliberately left out is not assessed now (a later request is possible) and the
 * others' request becomes a partial reunion that the prefect must accept in the children's interest.
 */
import type { Member } from './schema/situation';
import type { Reason } from './schema/assessment';
import { reason, verdictOf } from './context';

export function applyPartialRequest(family: Member[], own: Reason[][]): Reason[][] {
  const leftOut = family.filter(
    (m, i) => m.requested === false && verdictOf(own[i] ?? []) !== 'not_eligible',
  );
  if (leftOut.length === 0) return own;
  // Sorted, so that the answer does not depend on the order in which the family is listed.
  const names = leftOut
    .map((m) => m.id)
    .sort()
    .join(', ');
  return family.map((m, i) => {
    const reasons = own[i] ?? [];
    if (leftOut.includes(m)) return [...reasons, reason('not_requested', 'blocks')];
    if (m.requested === false || verdictOf(reasons) === 'not_eligible') return reasons;
    return [...reasons, reason('partial_request', 'uncertain', { leftOut: names })];
  });
}
