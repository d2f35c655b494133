/** The allowed values of the situation's enumerated facts (binding names of the contract). */
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
export const ASCENDANT_OF = ['sponsor', 'partner'] as const;
export const OTHER_PARENT = ['alive', 'deceased', 'deprived_of_rights', 'unknown'] as const;
