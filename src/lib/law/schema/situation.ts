/**
 * The situation a family gives to reunir: the public input vocabulary of an assessment.
 * Names and values are binding (docs/contract.md); unknown facts are left out. The facts themselves
 * are declared in `../facts`; this module adds the checks between facts (dates in order, unique ids).
 */
import { z } from 'zod';
import { order } from '../approximate';
import {
  objectSchema,
  PERMIT_TYPES,
  REGISTRY,
  type Registry,
  RELATIONS,
  SPONSOR_STATUSES,
  ZONES,
} from '../facts';

export {
  ALLOWANCES,
  EU_RESIDENCE_BASES,
  isoDate,
  OTHER_PARENT,
  PARENTAGES,
  PERMIT_TYPES,
  RELATIONS,
  SPONSOR_STATUSES,
  ZONES,
} from '../facts';

/** The schemas of a registry's sponsor and member (tests build them from an extended registry). */
export function entitySchemas<R extends Registry>(registry: R) {
  return { sponsor: objectSchema(registry.sponsor), member: objectSchema(registry.member) };
}

export const SponsorSchema = objectSchema(REGISTRY.sponsor);
export const MemberSchema = objectSchema(REGISTRY.member);

/** `a` is surely before `b` (either may be known only to the month or the year). */
const before = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && order(a, b) === 'before';

export const SituationSchema = z
  .strictObject({
    date: REGISTRY.date.type.schema.optional(),
    sponsor: SponsorSchema,
    members: z.array(MemberSchema).max(40, 'at most 40 family members'),
  })
  .superRefine((s, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    const { sponsor, date } = s;
    if (before(date, sponsor.birthDate))
      issue(['sponsor', 'birthDate'], 'the birth date is after the filing date');
    if (before(sponsor.protectionGrantedDate, sponsor.asylumApplicationDate))
      issue(
        ['sponsor', 'protectionGrantedDate'],
        'protection cannot be granted before the asylum application',
      );
    if (before(sponsor.residenceSince, sponsor.birthDate))
      issue(['sponsor', 'residenceSince'], 'residence cannot start before the birth date');
    if (before(sponsor.permit?.validUntil, sponsor.permit?.validFrom))
      issue(['sponsor', 'permit', 'validUntil'], 'the permit ends before it starts');
    if (before(date, sponsor.permit?.validFrom))
      issue(
        ['sponsor', 'permit', 'validFrom'],
        'the permit starts after the filing date: describe the permit held on that date',
      );
    const seen = new Set<string>();
    s.members.forEach((m, i) => {
      if (seen.has(m.id)) issue(['members', i, 'id'], `the id "${m.id}" is used twice`);
      seen.add(m.id);
      if (before(date, m.birthDate))
        issue(['members', i, 'birthDate'], 'the birth date is after the filing date');
      if (before(m.unionDate, m.birthDate))
        issue(['members', i, 'unionDate'], 'the union date is before the birth date');
    });
  });

export type Situation = z.infer<typeof SituationSchema>;
export type Sponsor = Situation['sponsor'];
export type Member = Situation['members'][number];
export type SponsorStatus = (typeof SPONSOR_STATUSES)[number];
export type PermitType = (typeof PERMIT_TYPES)[number];
export type Zone = (typeof ZONES)[number];
export type Relation = (typeof RELATIONS)[number];
