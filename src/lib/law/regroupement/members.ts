/**
 * Who can come through regroupement familial, member by member, on the filing date
 * (CESEDA L434-2 to L434-6 and L434-9; Franco-Algerian agreement art. 4 for Algerian sponsors).
 */
import type { Member } from '../schema/situation';
import type { Reason } from '../schema/assessment';
import { type Context, missingFact, reason, rule } from '../context';
import { ageOn } from '../dates';
import { isPartner, isSpouse, oneParentReasons } from '../one-parent';

export const isAlgerian = (ctx: Context) => ctx.situation.sponsor.nationality === 'DZ';

function onSiteReasons(ctx: Context, m: Member): Reason[] {
  if (m.livesAbroad !== false) return [];
  if (m.lawfullyInFrance === undefined) return [missingFact(ctx, 'lawfullyInFrance', m)];
  return [
    reason(
      m.lawfullyInFrance ? 'on_site_lawful' : 'on_site_not_lawful',
      m.lawfullyInFrance ? 'supports' : 'uncertain',
    ),
  ];
}

function childReasons(ctx: Context, m: Member, family: Member[]): Reason[] {
  const majority = rule(ctx, 'ages.majority');
  if (m.birthDate === undefined) return [missingFact(ctx, 'birthDate', m)];
  const age = ageOn(m.birthDate, ctx.date);
  if (age >= majority) return [reason('child_adult', 'blocks', { age, limit: majority })];
  if (m.kafala) {
    return isAlgerian(ctx)
      ? [reason('kafala_algeria', 'supports', { age })]
      : [reason('kafala_uncertain', 'uncertain', { age })];
  }
  if (m.polygamousUnion) {
    if (m.otherParent === 'deceased' || m.otherParent === 'deprived_of_rights') {
      return [reason('polygamy_child_allowed', 'supports', { otherParent: m.otherParent })];
    }
    return [reason('polygamy', 'blocks')];
  }
  if (m.parentage === undefined) return [missingFact(ctx, 'parentage', m)];
  const spouse = family.some(isSpouse) || ctx.situation.sponsor.spouseInFrance === true;
  if (m.parentage === 'couple') {
    if (spouse) return [reason('child_of_couple_minor', 'supports', { age })];
    if (family.some(isPartner)) {
      // The other parent is alive and not a spouse: the child of one parent (docs/law/regroupement.md).
      return [reason('child_of_unmarried_partner', 'info'), ...oneParentReasons(ctx, m, 'alive')];
    }
    return [reason('child_couple_without_spouse', 'info'), ...oneParentReasons(ctx, m)];
  }
  if (m.parentage === 'partner' && !spouse) {
    return [reason('child_of_unmarried_partner', 'blocks')];
  }
  return oneParentReasons(ctx, m);
}

/** A member's own eligibility for regroupement familial, before the sponsor's conditions. */
export function ownReasons(ctx: Context, m: Member, family: Member[]): Reason[] {
  const out = onSiteReasons(ctx, m);
  switch (m.relation) {
    case 'spouse': {
      if (m.polygamousUnion) return [...out, reason('polygamy', 'blocks')];
      if (m.birthDate === undefined) return [...out, missingFact(ctx, 'birthDate', m)];
      const age = ageOn(m.birthDate, ctx.date);
      const majority = rule(ctx, 'ages.majority');
      return [
        ...out,
        reason(
          age >= majority ? 'spouse_adult' : 'spouse_minor',
          age >= majority ? 'supports' : 'blocks',
          { age, limit: majority },
        ),
      ];
    }
    case 'child':
      return [...out, ...childReasons(ctx, m, family)];
    case 'civil_partner':
    case 'cohabiting_partner':
      return [...out, reason('partner_not_married', 'blocks', { relation: m.relation })];
    default:
      return [
        ...out,
        reason('relation_not_covered_regroupement', 'blocks', { relation: m.relation }),
      ];
  }
}
