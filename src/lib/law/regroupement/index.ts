/**
 * Regroupement familial (CESEDA L434-1 ff.): the members' own eligibility, the partial-request rule,
 * then the sponsor's conditions computed for the members who would actually come.
 */
import type { Member } from '../schema/situation';
import type { Condition, MemberResult, ProcedureResult, Reason } from '../schema/assessment';
import { type Context, conditionEffect, memberResult, reason, rule, verdictOf } from '../context';
import {
  elderlyExemption,
  housingCondition,
  permitCondition,
  residenceCondition,
  resourcesCondition,
  thresholds,
  countedMembers,
} from './conditions';
import { ownReasons } from './members';
import { applyPartialRequest } from '../partial';

export interface RouteResult {
  procedure: ProcedureResult;
  members: MemberResult[];
}

function sponsorReasons(conditions: Condition[]): Reason[] {
  const notMet = conditions.filter((c) => c.status === 'not_met').map((c) => c.id);
  const open = conditions.filter((c) => conditionEffect(c.status) === 'uncertain').map((c) => c.id);
  if (notMet.length)
    return [reason('sponsor_conditions_not_met', 'blocks', { conditions: notMet.join(',') })];
  if (open.length)
    return [reason('sponsor_conditions_uncertain', 'uncertain', { conditions: open.join(',') })];
  return [];
}

/**
 * `family`: the members this procedure is asked for. `alsoComing`: members who would come by another
 * route (a refugee's children by réunification while the spouse comes by regroupement); they live in the
 * same dwelling and on the same resources, so the thresholds count them too (docs/law/resources-and-housing.md, R434-5).
 */
export function assessRegroupement(
  ctx: Context,
  family: Member[],
  alsoComing: Member[] = [],
): RouteResult {
  const own = applyPartialRequest(
    family,
    family.map((m) => ownReasons(ctx, m)),
  );
  const counted = family.filter(
    (m, i) => m.requested !== false && verdictOf(own[i] ?? []) !== 'not_eligible',
  );
  const t = thresholds(ctx, [...counted, ...alsoComing]);
  const resources = resourcesCondition(ctx, t);
  const conditions = [
    residenceCondition(ctx),
    permitCondition(ctx),
    resources,
    housingCondition(ctx, t),
  ];

  // L434-8: the elderly sponsor's exemption covers the spouse only.
  const countedSpouse = countedMembers(ctx, counted).find((m) => m.relation === 'spouse');
  const resourcesOpen = resources.status !== 'met' && resources.status !== 'exempt';
  const exemption = resourcesOpen ? elderlyExemption(ctx, countedSpouse) : 'no';
  const childrenCounted = counted.some((m) => m.relation === 'child');
  if (exemption !== 'no' && !childrenCounted) {
    // The sentence states the exemption's figures as the store gives them on the assessment date.
    const elderly = rule(ctx, 'regroupement.exemptionAge');
    Object.assign(resources, {
      status: exemption === 'yes' ? 'exempt' : exemption === 'uncertain' ? 'to_verify' : 'unknown',
      reason: 'resources_exempt_elderly',
      params: {
        ...resources.params,
        exemptionAge: elderly.age,
        exemptionResidenceYears: elderly.residenceYears,
        exemptionMarriageYears: elderly.marriageYears,
      },
    } satisfies Partial<Condition>);
  }

  const members = family.map((m, i): MemberResult => {
    let conds = conditions;
    const extra: Reason[] = [];
    if (exemption !== 'no' && childrenCounted && m === countedSpouse) {
      // The spouse is exempt; if the children fail the resource rule, the spouse would come alone.
      conds = conditions.filter((c) => c !== resources);
      extra.push(reason('exemption_spouse_only', 'uncertain', { exemption }));
    }
    const reasons = [...(own[i] ?? [])];
    if (verdictOf(reasons) !== 'not_eligible') reasons.push(...extra, ...sponsorReasons(conds));
    return memberResult(ctx, m, reasons, 'regroupement_familial');
  });
  return {
    procedure: {
      id: 'regroupement_familial',
      conditions,
      thresholds: t,
      memberIds: members.filter((m) => m.procedure).map((m) => m.id),
    },
    members,
  };
}
