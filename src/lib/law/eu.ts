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

/** Dependency, household membership or serious health care: examined case by case (L200-5, L233-3). */
function otherTies(
  ctx: Context,
  m: Member,
  notCovered: 'eu_descendant_not_dependent' | 'eu_ascendant_not_dependent' | 'eu_not_family_member',
): Reason[] {
  if (m.dependent || m.memberOfHousehold || m.seriousHealthCare)
    return [reason('eu_other_relative', 'uncertain')];
  if (m.dependent === undefined) return [missingFact(ctx, 'dependent', m)];
  return [reason(notCovered, 'blocks', { relation: m.relation })];
}

function descendant(ctx: Context, m: Member, student: boolean, spouse: boolean): Reason[] {
  if (m.kafala || (m.parentage === 'partner' && !spouse))
    return otherTies(ctx, m, 'eu_not_family_member');
  if (student) {
    if (m.dependent === undefined) return [missingFact(ctx, 'dependent', m)];
    return m.dependent
      ? [reason('eu_student_dependent_child', 'supports')]
      : [reason('eu_descendant_not_dependent', 'blocks', { student: true })];
  }
  if (m.birthDate === undefined) return [missingFact(ctx, 'birthDate', m)];
  const age = ageOn(m.birthDate, ctx.date);
  const limit = rule(ctx, 'ages.euDescendantLimit');
  if (age < limit) return [reason('eu_descendant_under_21', 'supports', { age, limit })];
  if (m.dependent) return [reason('eu_descendant_dependent', 'supports', { age, limit })];
  if (m.dependent === false && !m.memberOfHousehold && !m.seriousHealthCare) {
    return [reason('eu_descendant_not_dependent', 'blocks', { age, limit })];
  }
  return otherTies(ctx, m, 'eu_descendant_not_dependent');
}

function ascendant(ctx: Context, m: Member, student: boolean, spouse: boolean): Reason[] {
  if (student) return [reason('eu_student_no_ascendants', 'blocks')];
  // L200-4 4° names the spouse's ascendants, not an unmarried partner's (those fall under L200-5).
  if (m.of === 'partner' && !spouse) return otherTies(ctx, m, 'eu_not_family_member');
  if (m.dependent) return [reason('eu_ascendant_dependent', 'supports', { of: m.of ?? null })];
  return otherTies(ctx, m, 'eu_ascendant_not_dependent');
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
      return ascendant(ctx, m, student, spouse);
    default:
      return otherTies(ctx, m, 'eu_not_family_member');
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
    return memberResult(m, reasons, 'famille_ue');
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
