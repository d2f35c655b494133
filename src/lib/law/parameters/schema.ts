/**
 * The one shape of a dated parameter, checked when the store loads (and so in every test run): a file
 * holds `verifiedOn` and parameters; a parameter has a description, a unit and values in date order;
 * a value has its start date, its sources (with a Légifrance link where one exists) and a confidence
 * mark on one scale. The value itself is checked against the schema of its parameter id.
 */
import { z } from 'zod';

/**
 * V: read in the official text; V2: secondary sources that agree; I: inferred; U: could not be checked
 * (shown, and always shown as uncertain); single_source: one source only so far.
 */
export const confidenceSchema = z.enum(['V', 'V2', 'I', 'U', 'single_source']);
export type Confidence = z.infer<typeof confidenceSchema>;

/**
 * What a source is: a code or a decree (and a law) is published on Légifrance, so it carries a link
 * there or says why it has none yet (`urlPending`).
 */
export const sourceKindSchema = z.enum([
  'code',
  'decree',
  'law',
  'treaty',
  'eu_law',
  'case_law',
  'administration',
  'secondary',
]);
export type SourceKind = z.infer<typeof sourceKindSchema>;

/** The kinds of text Légifrance publishes. */
export const PUBLISHED_ON_LEGIFRANCE: ReadonlySet<SourceKind> = new Set(['code', 'decree', 'law']);

export const onLegifrance = (url: string | undefined): boolean =>
  url !== undefined && url.startsWith('https://www.legifrance.gouv.fr/');

export const sourceSchema = z
  .strictObject({
    ref: z.string().min(3),
    kind: sourceKindSchema,
    url: z.url().optional(),
    /** Why a text published on Légifrance has no link yet (an identifier not checked, for instance). */
    urlPending: z.string().min(10).optional(),
  })
  .refine((s) => !(s.url && s.urlPending), {
    message: 'a source has a url or a urlPending, not both',
  })
  .refine((s) => !PUBLISHED_ON_LEGIFRANCE.has(s.kind) || onLegifrance(s.url) || s.urlPending, {
    message: 'a code, decree or law links to Légifrance or says why not (urlPending)',
  });
export type Source = z.infer<typeof sourceSchema>;

const isoDate = z.iso.date();
const count = z.number().int().nonnegative();
const amount = z.number().nonnegative();

const period = z.strictObject({
  amount: count,
  unit: z.enum(['days', 'months']),
  /** true when the day of the event is the first day of the period (a period that is not "franc"). */
  dayOneIsEventDay: z.boolean(),
});

/**
 * The schema of the value of every parameter, by id. A file may hold no other id. A schema may add
 * what a formula gives from the stored fields (a transform): the store holds its output.
 */
export const VALUE_SCHEMAS = {
  // SMIC (smic.json): only base values; the monthly amounts are computed (see ./index.ts).
  smic: z.strictObject({ hourlyGross: amount, publishedMonthlyNet: amount.optional() }),
  'smic.weeklyHours': amount,
  'smic.netRatio': z.number().gt(0).lt(1),
  // Rules of the law engine (rules.json).
  'regroupement.residenceMonths': count,
  'regroupement.residenceMonthsAlgeria': count,
  'regroupement.permitMinimumValidityYears': count,
  'regroupement.incomeCoefficients': z.strictObject({
    upTo3: amount,
    upTo5: amount,
    from6: amount,
  }),
  'regroupement.incomeReferenceMonths': count,
  'regroupement.housingSurface': z.strictObject({
    base: z.strictObject({ A_bis: count, A: count, B1: count, B2: count, C: count }),
    basePersons: count,
    stepUpTo8: count,
    stepBeyond8: count,
    stepLimitPersons: count,
  }),
  'regroupement.exemptionAge': z.strictObject({
    age: count,
    residenceYears: count,
    marriageYears: count,
  }),
  'ages.majority': count,
  'ages.refugeeChildLimit': count,
  'reunification.exceptionWindowMonths': count,
  'ages.euDescendantLimit': count,
  // Procedures: fees, deadlines, durations (procedure.json).
  'fees.longStayVisa': amount,
  // what is paid is the tax plus the stamp duty: computed, not stored
  'fees.firstPermitTax': z
    .strictObject({ tax: amount, stamp: amount, reducedTax: amount })
    .transform((v) => ({ ...v, total: v.tax + v.stamp })),
  // the family of a refugee or a subsidiary-protection beneficiary pays the stamp duty only
  'fees.protectionFamilyStamp': amount,
  'deadline.implicitRefusalRegroupement': period,
  'deadline.crrvAppeal': period,
  'deadline.crrvSilence': period,
  'deadline.implicitVisaRefusal': period,
  'deadline.crrvAppealImplicit': period,
  'deadline.gracieuxSilence': period,
  'deadline.minorSponsorWindow': period,
  'deadline.courtAppeal': period,
  'deadline.reasonsReply': period,
  'deadline.visaAfterApproval': period,
  'deadline.entryAfterVisa': period,
  'deadline.vlsTsValidation': period,
  'deadline.prefectureAfterArrival': period,
  'deadline.euCardAfterEntry': period,
  'deadline.euRenewalWindow': period,
  'deadline.euRenewalLatest': period,
  'deadline.euPermanentResidence': period,
  'deadline.visaSilence': period,
  'deadline.reasonableTimeAppeal': period,
  'duration.mayorOpinion': period,
  'duration.reunificationProcessing': z.strictObject({
    minMonths: count,
    civilStatusMinMonths: count,
    usualMonths: count,
    reportedYears: count,
  }),
  'duration.euCardIssue': period,
  // Validity of the cards the guide describes (cards.json).
  'card.residentYears': count,
  'card.temporaryMaxYears': count,
  'card.multiYearMaxYears': count,
  'card.subsidiaryYears': count,
  'card.vpfYears': count,
  'card.refugeeSpouseMarriageYears': count,
  'eu.cardMaxYears': count,
  'eu.permanentCardYears': count,
  'eu.partnerCommonLifeYears': count,
  'eu.cohabitantCommonLifeYears': count,
  'visa.passportValidityAfterMonths': count,
} as const;

export type StoreId = keyof typeof VALUE_SCHEMAS;
export type StoreValues = { [K in StoreId]: z.output<(typeof VALUE_SCHEMAS)[K]> };

export const datedValueSchema = z.strictObject({
  from: isoDate,
  value: z.unknown(),
  sources: z.array(sourceSchema).min(1),
  confidence: confidenceSchema,
  note: z.string().min(3).optional(),
  /** The day this value's sources were last checked, when it is later than its file's `verifiedOn`. */
  verifiedOn: isoDate.optional(),
});

export const parameterSchema = z.strictObject({
  description: z.string().min(10),
  unit: z.string().min(1),
  values: z
    .array(datedValueSchema)
    .min(1)
    .refine((vs) => vs.every((v, i) => i === 0 || vs[i - 1]!.from < v.from), {
      message: 'values must be in strictly increasing date order',
    }),
});

export const parameterFileSchema = z.strictObject({
  verifiedOn: isoDate,
  parameters: z.record(z.string(), parameterSchema),
});
export type ParameterFile = z.infer<typeof parameterFileSchema>;

/** A parameter as it is served (`GET /api/v1/parameters`): its file's verification date, its values. */
export const servedParameterSchema = parameterSchema.extend({
  verifiedOn: isoDate,
  /** With a date: the value in force on it (its own verification date or its file's), or null. */
  inForce: datedValueSchema.extend({ verifiedOn: isoDate }).nullable().optional(),
});
export type ServedParameter = z.infer<typeof servedParameterSchema>;
