/**
 * A child of one parent only (CESEDA L434-3 and L434-4, applied to refugees by L561-4): the other parent
 * is deceased, deprived of parental rights or unknown, or a foreign court entrusted the child to the
 * parent in France and the other parent consents.
 */
import type { Member } from './schema/situation';
import type { Reason } from './schema/assessment';
import { type Context, missingFact, reason } from './context';

/** `otherParent` may be forced to "alive" (a child of the sponsor and an unmarried partner). */
export function oneParentReasons(ctx: Context, m: Member, otherParent = m.otherParent): Reason[] {
  if (otherParent === undefined) return [missingFact(ctx, 'otherParent', m)];
  if (otherParent !== 'alive') return [reason('child_one_parent', 'supports', { otherParent })];
  if (m.custodyJudgment === false || m.otherParentConsent === false) {
    return [
      reason('child_one_parent_conditions_not_met', 'blocks', {
        custodyJudgment: m.custodyJudgment ?? null,
        otherParentConsent: m.otherParentConsent ?? null,
      }),
    ];
  }
  const out: Reason[] = [];
  if (m.custodyJudgment === undefined) out.push(missingFact(ctx, 'custodyJudgment', m));
  if (m.otherParentConsent === undefined) out.push(missingFact(ctx, 'otherParentConsent', m));
  return out.length ? out : [reason('child_custody_consent', 'supports')];
}

export const isSpouse = (m: Member) => m.relation === 'spouse';
export const isPartner = (m: Member) =>
  m.relation === 'spouse' || m.relation === 'civil_partner' || m.relation === 'cohabiting_partner';
