/**
 * A child of one parent only (CESEDA L434-3 and L434-4, applied to refugees by L561-4): the other parent
 * is deceased, deprived of parental rights or unknown, or a foreign court entrusted the child to the
 * parent in France and the other parent consents.
 */
import type { Member } from './schema/situation';
import type { Reason } from './schema/assessment';
import { type Context, missingFact, reason, verdictOf } from './context';

/** `otherParent` may be forced to "alive" (a child of the sponsor and an unmarried partner). */
export function oneParentReasons(m: Member, otherParent = m.otherParent): Reason[] {
  if (otherParent !== undefined && otherParent !== 'alive')
    return [reason('child_one_parent', 'supports', { otherParent })];
  // A custody judgment with the other parent's consent is enough, whoever the other parent is (L434-4).
  if (m.custodyJudgment === true && m.otherParentConsent === true)
    return [reason('child_custody_consent', 'supports')];
  if (otherParent === undefined) return [missingFact('otherParent')];
  if (m.custodyJudgment === false || m.otherParentConsent === false) {
    return [
      reason('child_one_parent_conditions_not_met', 'blocks', {
        custodyJudgment: m.custodyJudgment ?? null,
        otherParentConsent: m.otherParentConsent ?? null,
      }),
    ];
  }
  const out: Reason[] = [];
  if (m.custodyJudgment === undefined) out.push(missingFact('custodyJudgment'));
  if (m.otherParentConsent === undefined) out.push(missingFact('otherParentConsent'));
  return out;
}

export const isSpouse = (m: Member) => m.relation === 'spouse';
export const isPartner = (m: Member) =>
  m.relation === 'spouse' || m.relation === 'civil_partner' || m.relation === 'cohabiting_partner';

/** The sponsor's married spouse is described: listed among the members, or living in France. */
export const spouseDescribed = (ctx: Context) =>
  ctx.situation.members.some(isSpouse) || ctx.situation.sponsor.spouseInFrance === true;

/** A spouse or an unmarried partner is described (listed, or a spouse living in France). */
export const partnerDescribed = (ctx: Context) =>
  ctx.situation.members.some(isPartner) || ctx.situation.sponsor.spouseInFrance === true;

/**
 * A child whose other parent should be the sponsor's spouse or partner when none is described (domain
 * policy): where the one-parent rules settle the case whoever that parent is, they decide; otherwise the
 * answer waits for the missing facts (who the other parent is, and whether they are married).
 */
export function otherParentNotDescribed(m: Member, oneParent: Reason[]): Reason[] | null {
  const verdict = verdictOf(oneParent);
  if (verdict === 'eligible' && m.parentage === 'couple') return null;
  if (verdict === 'not_eligible' && m.parentage === 'partner') return null;
  return [
    reason('child_other_parent_not_described', 'uncertain', { parentage: m.parentage ?? null }),
    missingFact('partner'),
    ...oneParent.filter((r) => r.effect !== 'blocks'),
  ];
}

/**
 * A spouse abroad while another spouse lives in France (L434-9, applied to refugees by L561-4): not
 * eligible when the union is marked polygamous, and at best to verify while that is not said.
 */
export function secondSpouseReasons(ctx: Context, m: Member): Reason[] {
  if (m.relation !== 'spouse') return [];
  if (m.polygamousUnion === true) return [reason('polygamy', 'blocks')];
  const otherInFrance =
    ctx.situation.sponsor.spouseInFrance === true ||
    ctx.situation.members.some((o) => o !== m && isSpouse(o) && o.livesAbroad === false);
  if (!otherInFrance || m.livesAbroad === false || m.polygamousUnion === false) return [];
  return [reason('spouse_while_spouse_in_france', 'uncertain'), missingFact('polygamousUnion')];
}
