/**
 * The situation a family gives to reunir: the public input vocabulary of an assessment.
 * Names and values are binding (docs/contract.md); unknown facts are left out.
 */
import { z } from 'zod';

export const isoDate = z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD' });

export const SPONSOR_STATUSES = [
  'resident',
  'refugee',
  'subsidiary_protection',
  'stateless',
  'eu_citizen',
  'french_citizen',
  'asylum_seeker',
  'no_permit',
] as const;

export const PERMIT_TYPES = [
  'temporary',
  'multi_year',
  'resident',
  'eu_long_term',
  'algerian_certificate',
  'renewal_receipt',
  'first_receipt',
  'protection_receipt',
  'vls_ts',
  'aps',
  'talent',
  'ict',
  'algerian_scientist',
  'other',
] as const;

export const ALLOWANCES = [
  'aah',
  'asi',
  'rsa',
  'family_benefits',
  'aspa',
  'ata',
  'ass',
  'aer',
] as const;
export const ZONES = ['A_bis', 'A', 'B1', 'B2', 'C'] as const;
export const EU_RESIDENCE_BASES = [
  'worker',
  'self_employed',
  'inactive',
  'student',
  'jobseeker',
] as const;
export const RELATIONS = [
  'spouse',
  'civil_partner',
  'cohabiting_partner',
  'child',
  'parent',
  'grandparent',
  'sibling',
  'other_relative',
] as const;
export const PARENTAGES = ['couple', 'sponsor', 'partner'] as const;
export const OTHER_PARENT = ['alive', 'deceased', 'deprived_of_rights', 'unknown'] as const;

const money = z.number().finite().min(0, 'an amount cannot be negative').max(1_000_000);

export const PermitSchema = z.strictObject({
  type: z.enum(PERMIT_TYPES),
  validFrom: isoDate.optional(),
  validUntil: isoDate.optional(),
});

export const SponsorSchema = z.strictObject({
  status: z.enum(SPONSOR_STATUSES),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected a two-letter ISO 3166-1 country code, such as MA or DZ')
    .optional(),
  birthDate: isoDate.optional(),
  residenceSince: isoDate.optional(),
  asylumApplicationDate: isoDate.optional(),
  protectionGrantedDate: isoDate.optional(),
  permit: PermitSchema.optional(),
  income: z
    .strictObject({
      monthlyNetAverage: money.optional(),
      monthlyGrossAverage: money.optional(),
      spouseMonthlyNetAverage: money.optional(),
    })
    .optional(),
  allowances: z.array(z.enum(ALLOWANCES)).optional(),
  housing: z
    .strictObject({
      zone: z.enum(ZONES).optional(),
      surfaceM2: z
        .number()
        .finite()
        .positive('a surface must be more than 0')
        .max(10_000)
        .optional(),
      occupants: z.number().int().min(1).max(50).optional(),
    })
    .optional(),
  minorChildrenInFrance: z.number().int().min(0).max(30).optional(),
  spouseInFrance: z.boolean().optional(),
  parentsInFrance: z.boolean().optional(),
  married: z.boolean().optional(),
  euResidenceBasis: z.enum(EU_RESIDENCE_BASES).optional(),
  healthInsurance: z.boolean().optional(),
  sufficientResources: z.boolean().optional(),
});

export const MemberSchema = z.strictObject({
  // No control or bidirectional-override character: an id is printed in terminals and calendars.
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[^\p{Cc}\u202a-\u202e\u2066-\u2069]*$/u, 'an id cannot hold control characters'),
  relation: z.enum(RELATIONS),
  parentage: z.enum(PARENTAGES).optional(),
  of: z.enum(['sponsor', 'partner']).optional(),
  birthDate: isoDate.optional(),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected a two-letter ISO 3166-1 country code')
    .optional(),
  married: z.boolean().optional(),
  unionDate: isoDate.optional(),
  livesAbroad: z.boolean().optional(),
  lawfullyInFrance: z.boolean().optional(),
  requested: z.boolean().optional(),
  declaredToOfpra: z.boolean().optional(),
  otherParent: z.enum(OTHER_PARENT).optional(),
  custodyJudgment: z.boolean().optional(),
  otherParentConsent: z.boolean().optional(),
  kafala: z.boolean().optional(),
  kafalaByAlgerianJudge: z
    .boolean()
    .optional()
    .describe('Algerian sponsor: the kafala was ordered by an Algerian judge (not a notary)'),
  inParentsCare: z.boolean().optional(),
  polygamousUnion: z.boolean().optional(),
  dependent: z.boolean().optional(),
  memberOfHousehold: z.boolean().optional(),
  seriousHealthCare: z.boolean().optional(),
});

const before = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a < b;

export const SituationSchema = z
  .strictObject({
    date: isoDate.optional(),
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
