/**
 * Who can come through regroupement familial, member by member, on the filing date
 * (CESEDA L434-2 to L434-6 and L434-9; Franco-Algerian agreement art. 4 for Algerian sponsors).
 * Every rule is looked at, so that a missing fact never hides a rule that clearly fails.
 */
import type { Member } from '../schema/situation';
import type { Reason } from '../schema/assessment';
import { type Context, missingFact, reason, rule } from '../context';
import { ageOn } from '../dates';
import {
  isPartner,
  oneParentReasons,
  otherParentNotDescribed,
  secondSpouseReasons,
  spouseDescribed,
} from '../one-parent';

export const isAlgerian = (ctx: Context) => ctx.situation.sponsor.nationality === 'DZ';

function onSiteReasons(m: Member): Reason[] {
  if (m.livesAbroad !== false) return [];
  if (m.lawfullyInFrance === undefined) return [missingFact('lawfullyInFrance')];
  return [
    reason(
      m.lawfullyInFrance ? 'on_site_lawful' : 'on_site_not_lawful',
      m.lawfullyInFrance ? 'supports' : 'uncertain',
    ),
  ];
}

/** Kafala (parentage ignored): the agreement covers a kafala ordered by an Algerian judge only. */
function kafalaReasons(ctx: Context, m: Member, age: number | null): Reason[] {
  const p = age === null ? undefined : { age };
  if (!isAlgerian(ctx)) return [reason('kafala_uncertain', 'uncertain', p)];
  if (m.kafalaByAlgerianJudge === true) return [reason('kafala_algeria', 'supports', p)];
  if (m.kafalaByAlgerianJudge === false)
    return [reason('kafala_algeria_not_judicial', 'uncertain', p)];
  return [
    reason('kafala_algeria_judge_unknown', 'uncertain'),
    missingFact('kafalaByAlgerianJudge'),
  ];
}

/** Whose child, once the child is known to be a minor (or the age is not given). */
function parentageReasons(ctx: Context, m: Member, age: number | null): Reason[] {
  if (m.parentage === undefined) return [missingFact('parentage')];
  if (m.parentage === 'sponsor') return oneParentReasons(m);
  const family = ctx.situation.members;
  const spouse = spouseDescribed(ctx);
  if (m.parentage === 'couple') {
    if (spouse) {
      if (age === null) return [];
      const limit = rule(ctx, 'ages.majority');
      return [reason('child_of_couple_minor', 'supports', { age, majority: limit })];
    }
    if (family.some(isPartner)) {
      // The other parent is alive and not a spouse: the child of one parent (docs/law/regroupement.md).
      return [reason('child_of_unmarried_partner', 'info'), ...oneParentReasons(m, 'alive')];
    }
    const one = oneParentReasons(m);
    return (
      otherParentNotDescribed(m, one) ?? [reason('child_couple_without_spouse', 'info'), ...one]
    );
  }
  // parentage "partner": the child of the sponsor's spouse only, under the one-parent rules.
  if (spouse) return oneParentReasons(m);
  if (family.some(isPartner)) return [reason('child_of_unmarried_partner', 'blocks')];
  const one = oneParentReasons(m);
  return otherParentNotDescribed(m, one) ?? one;
}

function childReasons(ctx: Context, m: Member): Reason[] {
  // A child of a second union while another spouse lives in France, whatever its parentage (L434-9).
  if (m.polygamousUnion === true) {
    if (m.otherParent !== 'deceased' && m.otherParent !== 'deprived_of_rights')
      return [reason('polygamy', 'blocks')];
  }
  const majority = rule(ctx, 'ages.majority');
  const out: Reason[] = [];
  let age: number | null = null;
  if (m.birthDate === undefined) out.push(missingFact('birthDate'));
  else {
    age = ageOn(m.birthDate, ctx.date);
    if (age >= majority) return [reason('child_adult', 'blocks', { age, majority })];
  }
  if (m.polygamousUnion === true)
    out.push(reason('polygamy_child_allowed', 'supports', { otherParent: m.otherParent ?? null }));
  if (m.kafala) return [...out, ...kafalaReasons(ctx, m, age)];
  return [...out, ...parentageReasons(ctx, m, age)];
}

function spouseReasons(ctx: Context, m: Member): Reason[] {
  const second = secondSpouseReasons(ctx, m);
  if (second.some((r) => r.effect === 'blocks')) return second;
  if (m.birthDate === undefined) return [missingFact('birthDate'), ...second];
  const age = ageOn(m.birthDate, ctx.date);
  const majority = rule(ctx, 'ages.majority');
  const adult = age >= majority;
  return [
    reason(adult ? 'spouse_adult' : 'spouse_minor', adult ? 'supports' : 'blocks', {
      age,
      majority,
    }),
    ...second,
  ];
}

/** A member's own eligibility for regroupement familial, before the sponsor's conditions. */
export function ownReasons(ctx: Context, m: Member): Reason[] {
  const out = onSiteReasons(m);
  switch (m.relation) {
    case 'spouse':
      return [...out, ...spouseReasons(ctx, m)];
    case 'child':
      return [...out, ...childReasons(ctx, m)];
    case 'civil_partner':
    case 'cohabiting_partner':
      return [reason('partner_not_married', 'blocks', { relation: m.relation })];
    default:
      return [reason('relation_not_covered_regroupement', 'blocks', { relation: m.relation })];
  }
}
