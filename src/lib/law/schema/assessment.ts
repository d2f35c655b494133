/**
 * The assessment reunir returns: binding names and values of the public contract, plus reunir's own
 * additions (reason parameters, missing facts, warnings, reference months).
 */
import { z } from 'zod';

export const PROCEDURES = [
  'reunification_familiale',
  'regroupement_familial',
  'famille_ue',
  'famille_accompagnante',
] as const;
export const REDIRECTS = ['conjoint_de_francais', 'asylum_first', 'permit_first'] as const;
export const VERDICTS = ['eligible', 'not_eligible', 'to_verify'] as const;
export const CONDITION_STATUSES = ['met', 'not_met', 'unknown', 'exempt', 'to_verify'] as const;

const params = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .describe('Values a sentence needs: ages, dates (YYYY-MM-DD), amounts (euros), counts');

export const ReasonSchema = z.object({
  code: z.string().describe('Stable code; every language renders it from its message catalog'),
  effect: z
    .enum(['supports', 'blocks', 'uncertain', 'info'])
    .describe('How the reason weighs on the verdict'),
  sources: z.array(z.string()),
  params: params.optional(),
});

export const ConditionSchema = z.object({
  id: z.string(),
  status: z.enum(CONDITION_STATUSES),
  required: z
    .union([z.string(), z.number()])
    .optional()
    .describe(
      'What the law asks, without words: a duration (ISO 8601, P18M), an amount in euros (net), a surface in m²',
    ),
  actual: z
    .union([z.string(), z.number()])
    .optional()
    .describe('What the situation has, in the same form as required, or a code (permit type)'),
  sources: z.array(z.string()),
  reason: z.string().optional().describe('Code of the explanation of this status'),
  params: params.optional(),
});

export const ReferenceMonthSchema = z.object({
  month: z.string().describe('YYYY-MM'),
  smicFrom: z.string().describe('Date the SMIC in force on the 1st of that month took effect'),
  monthlyNet: z.number(),
  monthlyGross: z.number(),
});

export const ThresholdsSchema = z.object({
  familySize: z.number().int(),
  coefficient: z.number(),
  incomeNet: z.number(),
  incomeGross: z.number(),
  minimumSurfaceM2: z.number(),
  householdSize: z.number().int(),
  zone: z.string().nullable(),
  membersCounted: z
    .array(z.string())
    .describe('The members counted in the family size, whatever their route'),
  referenceMonths: z.array(ReferenceMonthSchema),
});

export const ProcedureResultSchema = z.object({
  id: z.enum(PROCEDURES),
  conditions: z.array(ConditionSchema),
  thresholds: ThresholdsSchema.optional(),
  memberIds: z.array(z.string()).describe('The members who would come through this procedure'),
});

export const MemberResultSchema = z.object({
  id: z.string(),
  relation: z.string(),
  verdict: z.enum(VERDICTS),
  procedure: z.enum(PROCEDURES).nullable(),
  reasons: z.array(ReasonSchema),
});

export const MissingFactSchema = z.object({
  fact: z
    .string()
    .describe('Path of the fact in the situation, e.g. sponsor.residenceSince or birthDate'),
  memberId: z.string().optional(),
});

export const WarningSchema = z.object({ code: z.string(), params: params.optional() });

export const AssessmentSchema = z.object({
  date: z.string(),
  rulesVersion: z.string(),
  procedure: z.enum(PROCEDURES).nullable(),
  redirect: z.enum(REDIRECTS).nullable(),
  procedures: z.array(ProcedureResultSchema),
  members: z.array(MemberResultSchema),
  missing: z.array(MissingFactSchema),
  warnings: z.array(WarningSchema),
});

export type Reason = z.infer<typeof ReasonSchema>;
export type Condition = z.infer<typeof ConditionSchema>;
export type ConditionStatus = (typeof CONDITION_STATUSES)[number];
export type Thresholds = z.infer<typeof ThresholdsSchema>;
export type ProcedureResult = z.infer<typeof ProcedureResultSchema>;
export type MemberResult = z.infer<typeof MemberResultSchema>;
export type MissingFact = z.infer<typeof MissingFactSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type ProcedureId = (typeof PROCEDURES)[number];
export type Redirect = (typeof REDIRECTS)[number];
export type Verdict = (typeof VERDICTS)[number];
