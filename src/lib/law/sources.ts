/**
 * The articles behind every reason and condition code. A code always cites the same sources, in every
 * procedure and every language; messages explain them, this table grounds them.
 */
const L434_2 = 'CESEDA L434-2';
const L561_2 = 'CESEDA L561-2';
const L561_4 = 'CESEDA L561-4';
const L200_4 = 'CESEDA L200-4';
const L200_5 = 'CESEDA L200-5';
const L233_1 = 'CESEDA L233-1';
const DZ = 'Accord franco-algérien du 27 décembre 1968, art. 4';
const F35308 = 'service-public.fr F35308 (famille accompagnante)';

export const SOURCES: Record<string, string[]> = {
  // Regroupement familial: sponsor conditions
  residence_duration: [L434_2, 'CESEDA R434-2'],
  residence_duration_algeria: [DZ],
  permit_qualifies: ['CESEDA R434-1'],
  resources: ['CESEDA L434-7', 'CESEDA R434-4'],
  resources_algeria: [DZ, 'CESEDA R434-4'],
  resources_exempt_allowance: ['CESEDA L434-8'],
  resources_exempt_elderly: ['CESEDA L434-8'],
  housing: ['CESEDA L434-7', 'CESEDA R434-5'],
  // Regroupement familial: members
  spouse_adult: [L434_2],
  spouse_minor: [L434_2],
  partner_not_married: [L434_2],
  child_of_couple_minor: [L434_2],
  child_adult: [L434_2],
  child_one_parent: ['CESEDA L434-3'],
  child_custody_consent: ['CESEDA L434-4'],
  child_one_parent_conditions_not_met: ['CESEDA L434-3', 'CESEDA L434-4'],
  child_one_parent_facts_missing: ['CESEDA L434-3', 'CESEDA L434-4'],
  child_of_unmarried_partner: [L434_2, 'CESEDA L434-3', 'CESEDA L434-4'],
  child_couple_without_spouse: [L434_2, 'CESEDA L434-3'],
  kafala_algeria: [DZ, "Conseil d'État, 1er décembre 2010, n° 328063"],
  kafala_algeria_not_judicial: [DZ, "Conseil d'État, 1er décembre 2010, n° 328063"],
  kafala_algeria_judge_unknown: [DZ, "Conseil d'État, 1er décembre 2010, n° 328063"],
  kafala_uncertain: [L434_2, 'CESEDA L434-4'],
  polygamy: ['CESEDA L434-9'],
  polygamy_child_allowed: ['CESEDA L434-9'],
  spouse_while_spouse_in_france: ['CESEDA L434-9', L561_4],
  child_other_parent_not_described: [L434_2, 'CESEDA L434-3', L561_2, L200_4],
  relation_not_covered_regroupement: [L434_2, 'service-public.fr F11166'],
  on_site_lawful: ['CESEDA L434-6', 'service-public.fr F11167'],
  on_site_not_lawful: ['CESEDA L434-6'],
  partial_request: ['CESEDA L434-1'],
  not_requested: ['CESEDA L434-1'],
  sponsor_conditions_not_met: ['CESEDA L434-7'],
  sponsor_conditions_uncertain: ['CESEDA L434-7'],
  exemption_spouse_only: ['CESEDA L434-8'],
  // Réunification familiale
  reunification_no_conditions: [L561_4],
  spouse_union_before_asylum: [L561_2],
  spouse_union_same_day: [L561_2],
  spouse_union_after_asylum: [L561_2, L434_2, 'ofpra.gouv.fr, réunification familiale'],
  civil_partner_after_asylum: [L561_2, L434_2],
  cohabitation_before_asylum: [L561_2],
  cohabitation_after_asylum: [L561_2],
  partner_minor: [L561_2],
  child_of_couple_under_19: [L561_2],
  child_of_couple_over_19: [L561_2],
  child_age_exception: [L561_2, "Conseil d'État, avis n° 472495 du 29 juin 2023"],
  child_married: [L561_2],
  child_born_after_protection: [L561_2, L434_2],
  child_one_parent_minor: [L561_4, 'CESEDA L434-3', 'CESEDA L434-4'],
  child_one_parent_adult: [L561_4, 'CESEDA L434-3'],
  kafala_reunification: [L561_2],
  declared_to_ofpra: ['CESEDA R561-3', 'CESEDA L561-5'],
  not_declared_to_ofpra: ['CESEDA R561-3', 'CESEDA L561-5'],
  parent_of_minor_beneficiary: [L561_2],
  parent_beneficiary_now_adult: [L561_2],
  parent_of_adult_beneficiary: [L561_2],
  parent_of_partner: [L561_2],
  sibling_with_parents: [L561_2],
  sibling_without_parents: [L561_2],
  sibling_not_in_care: [L561_2],
  sibling_parent_to_verify: [L561_2],
  sibling_adult_or_married: [L561_2],
  parents_in_france: [L561_2, L434_2],
  relation_not_covered_reunification: [L561_2],
  polygamy_reunification: [L561_4, 'CESEDA L434-9'],
  // Family of an EU/EEA/Swiss citizen
  eu_residence_right: [L233_1],
  eu_jobseeker: [L233_1, 'TFUE art. 45', 'CJUE C-710/19, 17 décembre 2020'],
  eu_spouse: [L200_4],
  eu_descendant_under_21: [L200_4],
  eu_descendant_dependent: [L200_4],
  eu_child_dependent: [L200_4],
  eu_descendant_not_dependent: [L200_4],
  eu_ascendant_dependent: [L200_4],
  eu_ascendant_not_dependent: [L200_4],
  eu_student_no_ascendants: [L233_1, 'CESEDA L233-2'],
  eu_student_dependent_child: [
    L233_1,
    'CESEDA L233-2',
    "Conseil d'État, 24 février 2022, n° 450285",
  ],
  eu_partner: [L200_5, 'CESEDA L233-3'],
  eu_other_relative: [L200_5, 'CESEDA L233-3'],
  eu_not_family_member: [L200_4, L200_5],
  eu_sponsor_right_not_met: [L233_1],
  eu_sponsor_right_uncertain: [L233_1],
  // Famille accompagnante
  accompanying_spouse: [F35308],
  accompanying_child: [F35308],
  accompanying_child_adult: [F35308],
  accompanying_not_covered: [F35308],
  // Redirects and shared
  french_citizen_family: ['CESEDA L423-1'],
  asylum_pending: [L561_2],
  no_permit: ['CESEDA R434-1'],
  fact_missing: [],
};

export function sourcesOf(code: string): string[] {
  return SOURCES[code] ?? [];
}
