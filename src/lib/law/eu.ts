/**
 * Family of an EU/EEA/Swiss citizen exercising free movement (Directive 2004/38/EC; CESEDA L200-4,
 * L200-5, L233-1 ff.).
 */
import type { Member } from './schema/situation';
import type { Condition, MemberResult, ProcedureResult, Reason } from './schema/assessment';
import {
  type Context,
  conditionEffect,
  missingFact,
  need,
  memberResult,
  reason,
  rule,
  verdictOf,
} from './context';
import { ageOn } from './dates';
import { sourcesOf } from './reasons';
import { isPartner } from './one-parent';

function residenceRight(ctx: Context): Condition {
  const s = ctx.situation.sponsor;
  const base = {
    id: 'eu_residence_right',
    sources: sourcesOf('eu_residence_right'),
    reason: 'eu_residence_right',
  };
  switch (s.euResidenceBasis) {
    case undefined:
      need(ctx, 'sponsor.euResidenceBasis');
      return { ...base, status: 'unknown' };
    case 'worker':
    case 'self_employed':
      return { ...base, status: 'met', actual: s.euResidenceBasis };
    case 'jobseeker':
      return {
        ...base,
        status: 'to_verify',
        actual: 'jobseeker',
        reason: 'eu_jobseeker',
        sources: sourcesOf('eu_jobseeker'),
      };
    default: {
      const { healthInsurance: hi, sufficientResources: sr } = s;
      const params = {
        basis: s.euResidenceBasis,
        healthInsurance: hi ?? null,
        sufficientResources: sr ?? null,
      };
      if (hi === false || sr === false)
        return { ...base, status: 'not_met', actual: s.euResidenceBasis, params };
      if (hi === undefined) need(ctx, 'sponsor.healthInsurance');
      if (sr === undefined) need(ctx, 'sponsor.sufficientResources');
      const status = hi && sr ? 'met' : 'unknown';
      return { ...base, status, actual: s.euResidenceBasis, params };
    }
  }
}

/**
 * Dependency, household membership or serious health care: examined case by case (L200-5, L233-3).
 * A tie that is not given leaves the answer open (docs/law/eu-family.md); all three denied, the relative is not
 * covered.
 */
function otherTies(
  m: Member,
  notCovered: 'eu_descendant_not_dependent' | 'eu_ascendant_not_dependent' | 'eu_not_family_member',
): Reason[] {
  if (m.dependent || m.memberOfHousehold || m.seriousHealthCare)
    return [reason('eu_other_relative', 'uncertain')];
  const unknown: Reason[] = [];
  if (m.dependent === undefined) unknown.push(missingFact('dependent'));
  if (m.memberOfHousehold === undefined) unknown.push(missingFact('memberOfHousehold'));
  if (m.seriousHealthCare === undefined) unknown.push(missingFact('seriousHealthCare'));
  if (unknown.length) return unknown;
  return [reason(notCovered, 'blocks', { relation: m.relation })];
}

function descendant(ctx: Context, m: Member, student: boolean, spouse: boolean): Reason[] {
  if (m.kafala) return otherTies(m, 'eu_not_family_member');
  if (m.parentage === 'partner' && !spouse) {
    // The partner's child is the spouse's descendant only if the partner is the married spouse.
    if (ctx.situation.members.some(isPartner)) return otherTies(m, 'eu_not_family_member');
    return [reason('child_other_parent_not_described', 'uncertain'), missingFact('partner')];
  }
  if (student) {
    if (m.dependent === undefined) return [missingFact('dependent')];
    return m.dependent
      ? [reason('eu_student_dependent_child', 'supports')]
      : [reason('eu_descendant_not_dependent', 'blocks', { student: true })];
  }
  const limit = rule(ctx, 'ages.euDescendantLimit');
  // Under 21 or dependent (L200-4 3°): a dependent child comes whatever its age.
  if (m.birthDate === undefined) {
    if (m.dependent) return [reason('eu_child_dependent', 'supports')];
    return [missingFact('birthDate')];
  }
  const age = ageOn(m.birthDate, ctx.date);
  if (age < limit)
    return [reason('eu_descendant_under_21', 'supports', { age, euDescendantLimit: limit })];
  if (m.dependent)
    return [reason('eu_descendant_dependent', 'supports', { age, euDescendantLimit: limit })];
  return otherTies(m, 'eu_descendant_not_dependent').map((r) =>
    r.code === 'eu_descendant_not_dependent'
      ? { ...r, params: { age, euDescendantLimit: limit } }
      : r,
  );
}

function ascendant(m: Member, student: boolean, spouse: boolean): Reason[] {
  if (student) return [reason('eu_student_no_ascendants', 'blocks')];
  // L200-4 4° names the spouse's ascendants, not an unmarried partner's (those fall under L200-5).
  if (m.of === 'partner' && !spouse) return otherTies(m, 'eu_not_family_member');
  if (m.dependent) return [reason('eu_ascendant_dependent', 'supports', { of: m.of ?? null })];
  return otherTies(m, 'eu_ascendant_not_dependent');
}

function own(ctx: Context, m: Member, student: boolean, spouse: boolean): Reason[] {
  switch (m.relation) {
    case 'spouse':
      return [reason('eu_spouse', 'supports')];
    case 'civil_partner':
    case 'cohabiting_partner':
      return [reason('eu_partner', 'uncertain', { relation: m.relation })];
    case 'child':
      return descendant(ctx, m, student, spouse);
    case 'parent':
    case 'grandparent':
      return ascendant(m, student, spouse);
    default:
      return otherTies(m, 'eu_not_family_member');
  }
}

export function assessEuFamily(ctx: Context): {
  procedures: ProcedureResult[];
  members: MemberResult[];
} {
  const right = residenceRight(ctx);
  const student = ctx.situation.sponsor.euResidenceBasis === 'student';
  const spouse = ctx.situation.members.some((m) => m.relation === 'spouse');
  const effect = conditionEffect(right.status);
  const members = ctx.situation.members.map((m): MemberResult => {
    const reasons = own(ctx, m, student, spouse);
    if (verdictOf(reasons) !== 'not_eligible') {
      if (effect === 'blocks') reasons.push(reason('eu_sponsor_right_not_met', 'blocks'));
      if (effect === 'uncertain') reasons.push(reason('eu_sponsor_right_uncertain', 'uncertain'));
    }
    return memberResult(ctx, m, reasons, 'famille_ue');
  });
  return {
    procedures: [
      {
        id: 'famille_ue',
        conditions: [right],
        memberIds: members.filter((m) => m.procedure).map((m) => m.id),
      },
    ],
    members,
  };
}
