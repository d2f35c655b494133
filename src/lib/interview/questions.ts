/**
 * The questions of the guided interview. Routing only: each question says which facts of the
 * situation it answers, for whom it can matter at all (`relevant`), and whether it is asked by default
 * (`ask`). A relevant question that is not asked by default is asked when the engine reports one of
 * its facts missing. Words live in the message catalogs under `interview.q.<id>.*`.
 */
import { ALLOWANCES, OTHER_PARENT, PERMIT_TYPES, RELATIONS, ZONES } from '../law/schema/situation';
import type { Answer, Answers, MemberAnswers } from './answers';

export const STATUSES = [
  'refugee',
  'subsidiary_protection',
  'stateless',
  'resident',
  'eu_citizen',
  'french_citizen',
  'asylum_seeker',
  'no_permit',
] as const;
export const PROTECTION = new Set(['refugee', 'subsidiary_protection', 'stateless']);
export const REDIRECTS = new Set(['french_citizen', 'asylum_seeker', 'no_permit']);
export const ACCOMPANYING = new Set(['talent', 'ict', 'algerian_scientist']);

export const OPTIONS = {
  status: STATUSES,
  permit: PERMIT_TYPES,
  yesno: ['yes', 'no'],
  yesnounknown: ['yes', 'no', 'unknown'],
  euBasis: ['worker', 'self_employed', 'student', 'inactive', 'jobseeker'],
  relation: RELATIONS,
  parentage: ['couple', 'sponsor', 'partner', 'kafala'],
  of: ['sponsor', 'partner'],
  otherParent: OTHER_PARENT,
  location: ['abroad', 'france_lawful', 'france_other'],
  zone: [...ZONES, 'unknown'],
  allowance: ALLOWANCES,
  ties: ['dependent', 'household', 'health'],
} as const;
export type OptionSet = keyof typeof OPTIONS;

export type Field =
  | { kind: 'radio'; name: string; set: OptionSet }
  | { kind: 'checkboxes'; name: string; set: OptionSet }
  | { kind: 'date'; name: string; optional?: boolean }
  | {
      kind: 'number';
      name: string;
      min: number;
      max: number;
      integer?: boolean;
      optional?: boolean;
      unit: 'eur' | 'm2' | 'people';
    }
  | { kind: 'country'; name: string }
  | { kind: 'text'; name: string; maxLength: number }
  | { kind: 'commune'; name: string };

/** What a question's conditions look at: the sponsor's answers and, for a member question, the member. */
export interface Ctx {
  answers: Answers;
  member?: MemberAnswers;
}

export interface Question {
  id: string;
  scope: 'sponsor' | 'member';
  /** Sponsor questions: 1 = before the family members, 2 = after them. */
  phase?: 1 | 2;
  fields: Field[];
  /** Engine facts this question answers: `sponsor.…` paths, or member fact names. */
  facts: string[];
  /** Can this question matter at all here? Only the answers of relevant questions reach the engine. */
  relevant: (c: Ctx) => boolean;
  /** Asked by default when relevant; otherwise asked only when the engine reports a fact missing. */
  ask: (c: Ctx) => boolean;
}

/** The value of one field of a sponsor answer. */
export function sv(a: Answers, q: string, field: string): Answer[string] | undefined {
  return a.s[q]?.[field];
}
export function mv(m: MemberAnswers | undefined, q: string, field: string) {
  return m?.a[q]?.[field];
}

export const status = (a: Answers) => sv(a, 'status', 'status') as string | undefined;
export const isProtection = (a: Answers) => PROTECTION.has(status(a) ?? '');
export const isRedirect = (a: Answers) => REDIRECTS.has(status(a) ?? '');
export const isEu = (a: Answers) => status(a) === 'eu_citizen';
export const isResident = (a: Answers) => status(a) === 'resident';
export const permitType = (a: Answers) => sv(a, 'permit_type', 'type') as string | undefined;
export const isAccompanying = (a: Answers) =>
  isResident(a) && ACCOMPANYING.has(permitType(a) ?? '');
export const relation = (m?: MemberAnswers) => mv(m, 'relation', 'relation') as string | undefined;
const isPartnerRelation = (r?: string) =>
  r === 'spouse' || r === 'civil_partner' || r === 'cohabiting_partner';

/** A protection beneficiary's spouse or partner united after the asylum application. */
export function unionAfterAsylum(a: Answers, m: MemberAnswers): boolean {
  const asylum = sv(a, 'asylum_date', 'date');
  const union = mv(m, 'union_date', 'date');
  return (
    isPartnerRelation(relation(m)) &&
    typeof asylum === 'string' &&
    typeof union === 'string' &&
    union > asylum
  );
}

/** Regroupement familial applies: a resident's main route, or a refugee's later spouse. */
export function regroupementRoute(a: Answers): boolean {
  if (isResident(a)) return !isAccompanying(a);
  return isProtection(a) && a.m.some((m) => unionAfterAsylum(a, m));
}

const always = () => true;
const never = () => false;
const notRedirect = (c: Ctx) => status(c.answers) !== undefined && !isRedirect(c.answers);
const protectionOrRegroupement = (c: Ctx) =>
  isProtection(c.answers) || regroupementRoute(c.answers);

export const QUESTIONS: Question[] = [
  // ── About the person in France, before the family ──
  {
    id: 'status',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'status', set: 'status' }],
    facts: [],
    relevant: always,
    ask: always,
  },
  {
    id: 'filing_date',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true }],
    facts: [],
    relevant: notRedirect,
    ask: always,
  },
  {
    id: 'nationality',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'country', name: 'country' }],
    facts: ['sponsor.nationality'],
    relevant: (c) => isResident(c.answers) || isEu(c.answers),
    ask: always,
  },
  {
    id: 'birth_date',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true }],
    facts: ['sponsor.birthDate'],
    relevant: notRedirect,
    ask: (c) => isProtection(c.answers),
  },
  {
    id: 'asylum_date',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true }],
    facts: ['sponsor.asylumApplicationDate'],
    relevant: (c) => isProtection(c.answers),
    ask: always,
  },
  {
    id: 'grant_date',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true }],
    facts: ['sponsor.protectionGrantedDate'],
    relevant: (c) => isProtection(c.answers),
    ask: always,
  },
  {
    id: 'permit_type',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'type', set: 'permit' }],
    facts: ['sponsor.permit.type'],
    relevant: (c) => isResident(c.answers),
    ask: always,
  },
  {
    id: 'permit_dates',
    scope: 'sponsor',
    phase: 1,
    fields: [
      { kind: 'date', name: 'from', optional: true },
      { kind: 'date', name: 'until', optional: true },
    ],
    facts: ['sponsor.permit.validFrom', 'sponsor.permit.validUntil'],
    relevant: (c) => isResident(c.answers) && permitType(c.answers) !== undefined,
    ask: (c) => !isAccompanying(c.answers),
  },
  {
    id: 'residence_since',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true }],
    facts: ['sponsor.residenceSince'],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers) || isEu(c.answers),
    ask: (c) => isResident(c.answers) && !isAccompanying(c.answers),
  },
  {
    id: 'eu_basis',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'basis', set: 'euBasis' }],
    facts: ['sponsor.euResidenceBasis'],
    relevant: (c) => isEu(c.answers),
    ask: always,
  },
  {
    id: 'eu_cover',
    scope: 'sponsor',
    phase: 1,
    fields: [
      { kind: 'radio', name: 'insurance', set: 'yesnounknown' },
      { kind: 'radio', name: 'resources', set: 'yesnounknown' },
    ],
    facts: ['sponsor.healthInsurance', 'sponsor.sufficientResources'],
    relevant: (c) => isEu(c.answers),
    ask: (c) => ['inactive', 'student'].includes(String(sv(c.answers, 'eu_basis', 'basis'))),
  },
  {
    id: 'spouse_in_france',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno' }],
    facts: [],
    relevant: (c) =>
      isProtection(c.answers) || (isResident(c.answers) && !isAccompanying(c.answers)),
    ask: always,
  },

  // ── About each family member ──
  {
    id: 'relation',
    scope: 'member',
    fields: [
      { kind: 'text', name: 'name', maxLength: 60 },
      { kind: 'radio', name: 'relation', set: 'relation' },
    ],
    facts: [],
    relevant: always,
    ask: always,
  },
  {
    id: 'parentage',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'parentage', set: 'parentage' }],
    facts: ['parentage'],
    relevant: (c) => notRedirect(c) && relation(c.member) === 'child',
    ask: always,
  },
  {
    // Franco-Algerian agreement, art. 4: a kafala ordered by an Algerian judge (not a notarial one).
    id: 'kafala_judge',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno' }],
    facts: ['kafalaByAlgerianJudge'],
    relevant: (c) =>
      isResident(c.answers) &&
      sv(c.answers, 'nationality', 'country') === 'DZ' &&
      mv(c.member, 'parentage', 'parentage') === 'kafala',
    ask: always,
  },
  {
    id: 'of',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'of', set: 'of' }],
    facts: ['of'],
    relevant: (c) => notRedirect(c) && ['parent', 'grandparent'].includes(relation(c.member) ?? ''),
    ask: always,
  },
  {
    id: 'm_birth_date',
    scope: 'member',
    fields: [{ kind: 'date', name: 'date' }],
    facts: ['birthDate'],
    relevant: notRedirect,
    ask: always,
  },
  {
    id: 'union_date',
    scope: 'member',
    fields: [{ kind: 'date', name: 'date', optional: true }],
    facts: ['unionDate'],
    relevant: (c) => notRedirect(c) && isPartnerRelation(relation(c.member)),
    ask: (c) => protectionOrRegroupement(c) || isResident(c.answers),
  },
  {
    id: 'married',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno' }],
    facts: ['married'],
    relevant: (c) => notRedirect(c) && ['child', 'sibling'].includes(relation(c.member) ?? ''),
    ask: (c) => isProtection(c.answers),
  },
  {
    id: 'other_parent',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'otherParent' }],
    facts: ['otherParent'],
    relevant: (c) =>
      notRedirect(c) &&
      relation(c.member) === 'child' &&
      mv(c.member, 'parentage', 'parentage') !== 'kafala',
    ask: (c) =>
      protectionOrRegroupement(c) &&
      ['sponsor', 'partner'].includes(String(mv(c.member, 'parentage', 'parentage'))),
  },
  {
    id: 'custody',
    scope: 'member',
    fields: [
      { kind: 'radio', name: 'judgment', set: 'yesnounknown' },
      { kind: 'radio', name: 'consent', set: 'yesnounknown' },
    ],
    facts: ['custodyJudgment', 'otherParentConsent'],
    relevant: (c) =>
      notRedirect(c) &&
      relation(c.member) === 'child' &&
      mv(c.member, 'parentage', 'parentage') !== 'kafala',
    ask: (c) => protectionOrRegroupement(c) && mv(c.member, 'other_parent', 'answer') === 'alive',
  },
  {
    id: 'polygamous',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno' }],
    facts: [],
    relevant: (c) =>
      sv(c.answers, 'spouse_in_france', 'answer') === 'yes' &&
      ['spouse', 'civil_partner', 'child'].includes(relation(c.member) ?? ''),
    ask: always,
  },
  {
    id: 'location',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'location' }],
    facts: ['lawfullyInFrance'],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers),
    ask: (c) => regroupementRoute(c.answers),
  },
  {
    id: 'declared_ofpra',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesnounknown' }],
    facts: ['declaredToOfpra'],
    relevant: (c) =>
      isProtection(c.answers) &&
      !['grandparent', 'other_relative'].includes(relation(c.member) ?? ''),
    ask: (c) =>
      !(c.member !== undefined && unionAfterAsylum(c.answers, c.member)) &&
      relation(c.member) !== 'civil_partner',
  },
  {
    id: 'in_parents_care',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno' }],
    facts: ['inParentsCare'],
    relevant: (c) => isProtection(c.answers) && relation(c.member) === 'sibling',
    ask: never,
  },
  {
    id: 'eu_ties',
    scope: 'member',
    fields: [{ kind: 'checkboxes', name: 'ties', set: 'ties' }],
    facts: ['dependent'],
    relevant: (c) =>
      isEu(c.answers) && ['sibling', 'other_relative'].includes(relation(c.member) ?? ''),
    ask: always,
  },
  {
    id: 'dependent',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesnounknown' }],
    facts: ['dependent'],
    relevant: (c) =>
      isEu(c.answers) && ['child', 'parent', 'grandparent'].includes(relation(c.member) ?? ''),
    ask: (c) => ['parent', 'grandparent'].includes(relation(c.member) ?? ''),
  },

  // ── About the person in France, after the family: money and home ──
  {
    id: 'married_at_asylum',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno' }],
    facts: ['sponsor.married'],
    relevant: (c) => isProtection(c.answers),
    ask: never,
  },
  {
    id: 'parents_in_france',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno' }],
    facts: [],
    relevant: (c) => isProtection(c.answers),
    ask: (c) => c.answers.m.some((m) => relation(m) === 'sibling'),
  },
  {
    id: 'children_in_france',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'number', name: 'count', min: 0, max: 30, integer: true, unit: 'people' }],
    facts: [],
    relevant: (c) => regroupementRoute(c.answers),
    ask: always,
  },
  {
    id: 'income',
    scope: 'sponsor',
    phase: 2,
    fields: [
      { kind: 'number', name: 'net', min: 0, max: 1_000_000, optional: true, unit: 'eur' },
      { kind: 'number', name: 'gross', min: 0, max: 1_000_000, optional: true, unit: 'eur' },
      { kind: 'number', name: 'spouse', min: 0, max: 1_000_000, optional: true, unit: 'eur' },
    ],
    facts: ['sponsor.income.monthlyNetAverage'],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers),
    ask: (c) => regroupementRoute(c.answers),
  },
  {
    id: 'allowances',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'checkboxes', name: 'allowances', set: 'allowance' }],
    facts: [],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers),
    ask: (c) => regroupementRoute(c.answers),
  },
  {
    id: 'housing_commune',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'commune', name: 'commune' }],
    facts: ['sponsor.housing.zone'],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers),
    ask: (c) => regroupementRoute(c.answers),
  },
  {
    id: 'housing_zone',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'radio', name: 'zone', set: 'zone' }],
    facts: ['sponsor.housing.zone'],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers),
    ask: (c) => regroupementRoute(c.answers),
  },
  {
    id: 'housing_surface',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'number', name: 'surface', min: 1, max: 10_000, optional: true, unit: 'm2' }],
    facts: ['sponsor.housing.surfaceM2'],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers),
    ask: (c) => regroupementRoute(c.answers),
  },
  {
    id: 'housing_occupants',
    scope: 'sponsor',
    phase: 2,
    fields: [
      {
        kind: 'number',
        name: 'count',
        min: 1,
        max: 50,
        integer: true,
        optional: true,
        unit: 'people',
      },
    ],
    facts: [],
    relevant: (c) => regroupementRoute(c.answers),
    ask: always,
  },
];

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(
  QUESTIONS.map((q) => [q.id, q]),
);

export function question(id: string): Question | undefined {
  return QUESTION_BY_ID.get(id);
}

export const SPONSOR_PHASE_1 = QUESTIONS.filter((q) => q.scope === 'sponsor' && q.phase === 1);
export const SPONSOR_PHASE_2 = QUESTIONS.filter((q) => q.scope === 'sponsor' && q.phase === 2);
export const MEMBER_QUESTIONS = QUESTIONS.filter((q) => q.scope === 'member');
