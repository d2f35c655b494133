/**
 * "Famille accompagnante": spouse and minor children of a talent-permit, ICT or Algerian scientist
 * holder come without the regroupement familial conditions (service-public.fr F35308).
 */
import type { Member } from './schema/situation';
import type { MemberResult, ProcedureResult, Reason } from './schema/assessment';
import { type Context, memberResult, missingFact, reason, rule } from './context';
import { ageOn } from './dates';

function child(ctx: Context, m: Member): Reason[] {
  if (m.birthDate === undefined) return [missingFact('birthDate')];
  const age = ageOn(m.birthDate, ctx.date);
  const majority = rule(ctx, 'ages.majority');
  if (age >= majority) return [reason('accompanying_child_adult', 'blocks', { age, majority })];
  // A kafala placement is not a filiation: whether it counts is for the administration to say.
  if (m.kafala) return [reason('kafala_uncertain', 'uncertain', { age })];
  return [reason('accompanying_child', 'supports', { age })];
}

function own(ctx: Context, m: Member): Reason[] {
  if (m.relation === 'spouse') {
    return m.polygamousUnion
      ? [reason('polygamy', 'blocks')]
      : [reason('accompanying_spouse', 'supports')];
  }
  if (m.relation === 'child') return child(ctx, m);
  return [reason('accompanying_not_covered', 'blocks', { relation: m.relation })];
}

export function assessAccompanying(ctx: Context): {
  procedures: ProcedureResult[];
  members: MemberResult[];
} {
  const members = ctx.situation.members.map((m): MemberResult => {
    const reasons = own(ctx, m);
    return memberResult(ctx, m, reasons, 'famille_accompagnante');
  });
  return {
    procedures: [
      {
        id: 'famille_accompagnante',
        conditions: [],
        memberIds: members.filter((m) => m.procedure).map((m) => m.id),
      },
    ],
    members,
  };
}
