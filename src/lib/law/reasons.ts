/**
 * Every reason the engine can give, declared once: its code, the articles that ground it, and the
 * parameters its sentence needs. Codes are a type, so a rule cannot cite a code that is not here; the
 * message catalogs are checked against this table (a sentence for every code, with exactly the
 * placeholders its parameters give). A code always cites the same sources, in every procedure and
 * every language.
 */
const L434_2 = 'CESEDA L434-2';
const L561_2 = 'CESEDA L561-2';
const L561_4 = 'CESEDA L561-4';
const L200_4 = 'CESEDA L200-4';
const L200_5 = 'CESEDA L200-5';
const L233_1 = 'CESEDA L233-1';
const DZ = 'Accord franco-algérien du 27 décembre 1968, art. 4';
const F35308 = 'service-public.fr F35308 (famille accompagnante)';

/** The type of a parameter; a trailing `?` marks one that only some cases give. */
type ParamSpec =
  | 'number'
  | 'string'
  | 'boolean'
  | 'string|null'
  | 'boolean|null'
  | 'number?'
  | 'string?'
  | 'boolean?'
  | 'string|null?';

interface Declaration {
  readonly sources: readonly string[];
  readonly params?: Readonly<Record<string, ParamSpec>>;
}

const age = { age: 'number' } as const;
const maybeAge = { age: 'number?' } as const;
/** An age and the limit it is measured against, under the name of its parameter in the store. */
const ageMajority = { age: 'number', majority: 'number' } as const;
const ageRefugeeChild = { age: 'number', refugeeChildLimit: 'number' } as const;
const ageEuDescendant = { age: 'number', euDescendantLimit: 'number' } as const;
const union = { unionDate: 'string', asylumApplicationDate: 'string' } as const;
const relation = { relation: 'string' } as const;
const residence = {
  residenceMonths: 'number',
  actual: 'number?',
  since: 'string?',
  metOn: 'string?',
} as const;
const income = {
  incomeNet: 'number',
  incomeGross: 'number',
  familySize: 'number',
  coefficient: 'number',
  resources: 'number?',
  /** resources − incomeNet, in euros (negative: how much is missing a month). */
  margin: 'number?',
} as const;

export const REASONS = {
  // Regroupement familial: sponsor conditions
  residence_duration: { sources: [L434_2, 'CESEDA R434-2'], params: residence },
  residence_duration_algeria: { sources: [DZ], params: residence },
  permit_qualifies: {
    sources: ['CESEDA R434-1'],
    params: {
      type: 'string?',
      validFrom: 'string?',
      validUntil: 'string|null?',
      shortValidity: 'boolean?',
      expired: 'boolean?',
    },
  },
  resources: { sources: ['CESEDA L434-7', 'CESEDA R434-4'], params: income },
  resources_algeria: {
    sources: [DZ, 'CESEDA R434-4'],
    params: {
      ...income,
      coefficientUncertain: 'number?',
      incomeNetWithCoefficient: 'number?',
      incomeGrossWithCoefficient: 'number?',
    },
  },
  resources_exempt_allowance: {
    sources: ['CESEDA L434-8'],
    params: { ...income, allowance: 'string' },
  },
  resources_exempt_elderly: {
    sources: ['CESEDA L434-8'],
    params: {
      ...income,
      exemptionAge: 'number',
      exemptionResidenceYears: 'number',
      exemptionMarriageYears: 'number',
    },
  },
  housing: {
    sources: ['CESEDA L434-7', 'CESEDA R434-5'],
    params: {
      householdSize: 'number',
      zone: 'string?',
      minimumSurfaceM2: 'number?',
      surfaceM2: 'number?',
      short: 'number?',
    },
  },
  // Regroupement familial: members
  spouse_adult: { sources: [L434_2], params: ageMajority },
  spouse_minor: { sources: [L434_2], params: ageMajority },
  partner_not_married: { sources: [L434_2], params: relation },
  child_of_couple_minor: { sources: [L434_2], params: ageMajority },
  child_adult: { sources: [L434_2], params: ageMajority },
  child_one_parent: { sources: ['CESEDA L434-3'], params: { otherParent: 'string?' } },
  child_custody_consent: { sources: ['CESEDA L434-4'] },
  child_one_parent_conditions_not_met: {
    sources: ['CESEDA L434-3', 'CESEDA L434-4'],
    params: { custodyJudgment: 'boolean|null', otherParentConsent: 'boolean|null' },
  },
  child_one_parent_facts_missing: { sources: ['CESEDA L434-3', 'CESEDA L434-4'] },
  child_of_unmarried_partner: { sources: [L434_2, 'CESEDA L434-3', 'CESEDA L434-4'] },
  child_couple_without_spouse: { sources: [L434_2, 'CESEDA L434-3'] },
  kafala_algeria: {
    sources: [DZ, "Conseil d'État, 1er décembre 2010, n° 328063"],
    params: maybeAge,
  },
  kafala_algeria_not_judicial: {
    sources: [DZ, "Conseil d'État, 1er décembre 2010, n° 328063"],
    params: maybeAge,
  },
  kafala_algeria_judge_unknown: { sources: [DZ, "Conseil d'État, 1er décembre 2010, n° 328063"] },
  kafala_uncertain: { sources: [L434_2, 'CESEDA L434-4'], params: maybeAge },
  polygamy: { sources: ['CESEDA L434-9'] },
  polygamy_child_allowed: { sources: ['CESEDA L434-9'], params: { otherParent: 'string|null' } },
  spouse_while_spouse_in_france: { sources: ['CESEDA L434-9', L561_4] },
  child_other_parent_not_described: {
    sources: [L434_2, 'CESEDA L434-3', L561_2, L200_4],
    params: { parentage: 'string|null?' },
  },
  relation_not_covered_regroupement: {
    sources: [L434_2, 'service-public.fr F11166'],
    params: relation,
  },
  on_site_lawful: { sources: ['CESEDA L434-6', 'service-public.fr F11167'] },
  on_site_not_lawful: { sources: ['CESEDA L434-6'] },
  partial_request: { sources: ['CESEDA L434-1'], params: { leftOut: 'string' } },
  not_requested: { sources: ['CESEDA L434-1'] },
  sponsor_conditions_not_met: { sources: ['CESEDA L434-7'], params: { conditions: 'string' } },
  sponsor_conditions_uncertain: { sources: ['CESEDA L434-7'], params: { conditions: 'string' } },
  exemption_spouse_only: { sources: ['CESEDA L434-8'], params: { exemption: 'string' } },
  // Réunification familiale
  reunification_no_conditions: { sources: [L561_4] },
  spouse_union_before_asylum: { sources: [L561_2], params: union },
  spouse_union_same_day: { sources: [L561_2], params: union },
  spouse_union_after_asylum: {
    sources: [L561_2, L434_2, 'ofpra.gouv.fr, réunification familiale'],
    params: union,
  },
  civil_partner_after_asylum: { sources: [L561_2, L434_2], params: union },
  union_date_approximate: { sources: [L561_2, L434_2], params: union },
  cohabitation_before_asylum: { sources: [L561_2], params: union },
  cohabitation_after_asylum: { sources: [L561_2], params: union },
  partner_minor: { sources: [L561_2], params: ageMajority },
  child_of_couple_under_19: { sources: [L561_2], params: ageRefugeeChild },
  child_of_couple_over_19: {
    sources: [L561_2],
    params: { ...ageRefugeeChild, birthday: 'string?' },
  },
  child_age_exception: {
    sources: [L561_2, "Conseil d'État, avis n° 472495 du 29 juin 2023"],
    params: {
      age: 'number',
      birthday: 'string',
      asylumApplicationDate: 'string',
      protectionGrantedDate: 'string',
      deadline: 'string',
    },
  },
  child_age_exception_approximate: {
    sources: [L561_2, "Conseil d'État, avis n° 472495 du 29 juin 2023"],
    params: {
      age: 'number',
      birthday: 'string',
      asylumApplicationDate: 'string',
      protectionGrantedDate: 'string',
    },
  },
  child_married: { sources: [L561_2] },
  child_born_after_protection: {
    sources: [L561_2, L434_2],
    params: { birthDate: 'string', protectionGrantedDate: 'string' },
  },
  child_one_parent_minor: {
    sources: [L561_4, 'CESEDA L434-3', 'CESEDA L434-4'],
    params: ageMajority,
  },
  child_one_parent_adult: { sources: [L561_4, 'CESEDA L434-3'], params: ageMajority },
  kafala_reunification: { sources: [L561_2], params: maybeAge },
  declared_to_ofpra: { sources: ['CESEDA R561-3', 'CESEDA L561-5'] },
  not_declared_to_ofpra: { sources: ['CESEDA R561-3', 'CESEDA L561-5'] },
  parent_of_minor_beneficiary: { sources: [L561_2] },
  minor_at_asylum_approximate: {
    sources: [L561_2],
    params: { asylumApplicationDate: 'string', majorityOn: 'string' },
  },
  parent_beneficiary_now_adult: { sources: [L561_2], params: { minorSponsorWindow: 'number' } },
  parent_of_adult_beneficiary: { sources: [L561_2] },
  parent_of_partner: { sources: [L561_2] },
  sibling_with_parents: { sources: [L561_2], params: age },
  sibling_without_parents: { sources: [L561_2] },
  sibling_not_in_care: { sources: [L561_2] },
  sibling_parent_to_verify: { sources: [L561_2] },
  sibling_adult_or_married: {
    sources: [L561_2],
    params: { age: 'number?', majority: 'number?', married: 'boolean?' },
  },
  parents_in_france: { sources: [L561_2, L434_2] },
  relation_not_covered_reunification: { sources: [L561_2], params: relation },
  polygamy_reunification: { sources: [L561_4, 'CESEDA L434-9'] },
  // Family of an EU/EEA/Swiss citizen
  eu_residence_right: {
    sources: [L233_1],
    params: {
      basis: 'string?',
      healthInsurance: 'boolean|null',
      sufficientResources: 'boolean|null',
    },
  },
  eu_jobseeker: { sources: [L233_1, 'TFUE art. 45', 'CJUE C-710/19, 17 décembre 2020'] },
  eu_spouse: { sources: [L200_4] },
  eu_descendant_under_21: { sources: [L200_4], params: ageEuDescendant },
  eu_descendant_dependent: { sources: [L200_4], params: ageEuDescendant },
  eu_child_dependent: { sources: [L200_4] },
  eu_descendant_not_dependent: {
    sources: [L200_4],
    params: {
      age: 'number?',
      euDescendantLimit: 'number?',
      student: 'boolean?',
      relation: 'string?',
    },
  },
  eu_ascendant_dependent: { sources: [L200_4], params: { of: 'string|null' } },
  eu_ascendant_not_dependent: { sources: [L200_4], params: relation },
  eu_student_no_ascendants: { sources: [L233_1, 'CESEDA L233-2'] },
  eu_student_dependent_child: {
    sources: [L233_1, 'CESEDA L233-2', "Conseil d'État, 24 février 2022, n° 450285"],
  },
  eu_partner: { sources: [L200_5, 'CESEDA L233-3'], params: relation },
  eu_other_relative: { sources: [L200_5, 'CESEDA L233-3'] },
  eu_not_family_member: { sources: [L200_4, L200_5], params: relation },
  eu_sponsor_right_not_met: { sources: [L233_1] },
  eu_sponsor_right_uncertain: { sources: [L233_1] },
  // Famille accompagnante
  accompanying_spouse: { sources: [F35308] },
  accompanying_child: { sources: [F35308], params: age },
  accompanying_child_adult: { sources: [F35308], params: ageMajority },
  accompanying_not_covered: { sources: [F35308], params: relation },
  // Redirects and shared
  french_citizen_family: { sources: ['CESEDA L423-1'] },
  asylum_pending: { sources: [L561_2] },
  no_permit: { sources: ['CESEDA R434-1'] },
  fact_missing: { sources: [], params: { fact: 'string' } },
} as const satisfies Record<string, Declaration>;

export type ReasonCode = keyof typeof REASONS;
export const REASON_CODES = Object.keys(REASONS) as ReasonCode[];

type ValueOf<S extends ParamSpec> = S extends 'number' | 'number?'
  ? number
  : S extends 'string' | 'string?'
    ? string
    : S extends 'boolean' | 'boolean?'
      ? boolean
      : S extends 'string|null' | 'string|null?'
        ? string | null
        : boolean | null;

type Optional<P> = { [K in keyof P]: P[K] extends `${string}?` ? K : never }[keyof P];

type Required<P> = Exclude<keyof P, Optional<P>>;

type ParamsFrom<P> = {
  -readonly [K in Exclude<keyof P, Optional<P>>]: ValueOf<P[K] & ParamSpec>;
} & {
  -readonly [K in Optional<P>]?: ValueOf<P[K] & ParamSpec>;
};

/** Whether every parameter of a reason may be left out. */
export type AllOptional<C extends ReasonCode> = (typeof REASONS)[C] extends { params: infer P }
  ? [Required<P>] extends [never]
    ? true
    : false
  : true;

/** The parameters a reason's sentence receives. */
export type ReasonParams<C extends ReasonCode> = (typeof REASONS)[C] extends {
  params: infer P;
}
  ? ParamsFrom<P>
  : Record<string, never>;

/** The parameter names a reason may give (its catalog sentence uses only these). */
export function paramNames(code: ReasonCode): string[] {
  const d: Declaration = REASONS[code];
  return Object.keys(d.params ?? {});
}

/**
 * Conditions: the sponsor-level checks of a procedure. Each is explained by a reason code, which
 * carries the articles.
 */
export const CONDITION_IDS = [
  'residence_duration',
  'permit',
  'resources',
  'housing',
  'eu_residence_right',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/** Warnings about the assessment as a whole, with the parameters their sentence needs. */
export const WARNINGS = {
  parameters_may_be_outdated: { verifiedOn: 'string' },
  smic_single_source: { from: 'string' },
} as const;
export type WarningCode = keyof typeof WARNINGS;

export function sourcesOf(code: ReasonCode): string[] {
  return [...REASONS[code].sources];
}
