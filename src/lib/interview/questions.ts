/**
 * The questions of the guided interview. Routing only: each question says which facts of the
 * situation it answers, for whom it can matter at all (`relevant`), and whether it is asked by default
 * (`ask`). A relevant question that is not asked by default is asked when the engine reports one of
 * its facts missing. Words live in the message catalogs under `interview.q.<id>.*`.
 */
import {
  type Assessment,
  type FactName,
  routeOf,
  unionAfterAsylum as unitedAfterAsylum,
} from '../law';
import {
  ALLOWANCES,
  OTHER_PARENT,
  PERMIT_TYPES,
  RELATIONS,
  type PermitType,
  type SponsorStatus,
  ZONES,
} from '../law/schema/situation';
import { type StoreId, valueAt } from '../law/parameters';
import type { Answer, Answers, FieldValue, MemberAnswers } from './answers';

/** The statuses in the order the interview offers them: protection first. */
export const STATUSES = [
  'refugee',
  'subsidiary_protection',
  'stateless',
  'resident',
  'eu_citizen',
  'french_citizen',
  'asylum_seeker',
  'no_permit',
] as const satisfies readonly SponsorStatus[];

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
  /** The allowances, and "none of these" (the person says so rather than leaving the list empty). */
  allowance: [...ALLOWANCES, 'none'],
  ties: ['dependent', 'household', 'health'],
} as const;
export type OptionSet = keyof typeof OPTIONS;

/**
 * How a field's answer becomes facts of the situation: the name of the one fact it gives (converted
 * by the fact's kind: "yes"/"no" to a boolean, "unknown" left out), or a reading of the answer that
 * gives several facts.
 */
export type Writes =
  | FactName
  | {
      facts: readonly FactName[];
      read: (value: FieldValue | undefined) => Partial<Record<FactName, unknown>>;
      /** The answer that gives these facts back (a saved answers file written from facts). */
      write: (facts: Partial<Record<FactName, unknown>>) => FieldValue | undefined;
    };

interface FieldBase {
  name: string;
  /** The facts this field gives; a field without it only helps the person answer. */
  writes?: Writes;
}

export type Field = FieldBase &
  (
    | { kind: 'radio'; set: OptionSet }
    | { kind: 'checkboxes'; set: OptionSet }
    | {
        kind: 'date';
        optional?: boolean;
        /** People may know only the month or the year: the fact it writes takes YYYY-MM or YYYY. */
        approximate?: boolean;
      }
    | {
        kind: 'number';
        min: number;
        max: number;
        integer?: boolean;
        optional?: boolean;
        unit: 'eur' | 'm2' | 'people';
      }
    | { kind: 'country' }
    | { kind: 'text'; maxLength: number }
    | { kind: 'commune' }
  );

/** What a question's conditions look at: the sponsor's answers and, for a member question, the member. */
export interface Ctx {
  answers: Answers;
  member?: MemberAnswers;
}

/** When deciding whether to ask: also what the engine said about the answers (once per request). */
export interface AskCtx extends Ctx {
  engine: Assessment | undefined;
}

interface Declared {
  id: string;
  scope: 'sponsor' | 'member';
  /** Sponsor questions: 1 = before the family members, 2 = after them. */
  phase?: 1 | 2;
  fields: Field[];
  /** Can this question matter at all here? Only the answers of relevant questions reach the engine. */
  relevant: (c: Ctx) => boolean;
  /** Asked by default when relevant; otherwise asked only when the engine reports a fact missing. */
  ask: (c: AskCtx) => boolean;
  /** The store's numbers its hints state: message key → placeholder name → parameter. */
  figures?: Record<string, Record<string, StoreId>>;
}

export interface Question extends Declared {
  /** The facts its fields write (the engine reports facts missing by these names). */
  facts: FactName[];
}

export function writtenFacts(w: Writes): readonly FactName[] {
  return typeof w === 'string' ? [w] : w.facts;
}

/** The value of one field of a sponsor answer. */
export function sponsorValue(a: Answers, q: string, field: string): Answer[string] | undefined {
  return a.sponsor[q]?.[field];
}
export function memberValue(m: MemberAnswers | undefined, q: string, field: string) {
  return m?.answers[q]?.[field];
}

export const status = (a: Answers) =>
  sponsorValue(a, 'status', 'status') as SponsorStatus | undefined;
export const permitType = (a: Answers) =>
  sponsorValue(a, 'permit_type', 'type') as PermitType | undefined;
/** The procedure the engine's routing gives the answers so far (none before the status). */
const routeOfAnswers = (a: Answers) => {
  const s = status(a);
  return s === undefined ? undefined : routeOf(s, permitType(a));
};
export const isProtection = (a: Answers) =>
  routeOfAnswers(a)?.procedure === 'reunification_familiale';
export const isRedirect = (a: Answers) => (routeOfAnswers(a)?.redirect ?? null) !== null;
export const isEu = (a: Answers) => routeOfAnswers(a)?.procedure === 'famille_ue';
export const isResident = (a: Answers) => status(a) === 'resident';
export const isAccompanying = (a: Answers) =>
  routeOfAnswers(a)?.procedure === 'famille_accompagnante';
export const relation = (m?: MemberAnswers) =>
  memberValue(m, 'relation', 'relation') as string | undefined;
const isPartnerRelation = (r?: string) =>
  r === 'spouse' || r === 'civil_partner' || r === 'cohabiting_partner';

/** A protection beneficiary's spouse or partner united after the asylum application. */
function unionAfterAsylum(a: Answers, m: MemberAnswers): boolean {
  const asylum = sponsorValue(a, 'asylum_date', 'date');
  const union = memberValue(m, 'union_date', 'date');
  return (
    isPartnerRelation(relation(m)) &&
    typeof asylum === 'string' &&
    typeof union === 'string' &&
    unitedAfterAsylum(asylum, union)
  );
}

/** Regroupement familial applies, as the engine says: a resident's main route, or a refugee's later spouse. */
function regroupementRoute(c: AskCtx): boolean {
  return (
    routeOfAnswers(c.answers)?.procedure === 'regroupement_familial' ||
    (c.engine?.procedures.some((p) => p.id === 'regroupement_familial') ?? false)
  );
}

const always = () => true;
const never = () => false;
const notRedirect = (c: Ctx) => status(c.answers) !== undefined && !isRedirect(c.answers);
const residentOrProtection = (c: Ctx) => isResident(c.answers) || isProtection(c.answers);
const protectionOrRegroupement = (c: AskCtx) => isProtection(c.answers) || regroupementRoute(c);

const DECLARED: Declared[] = [
  // ── About the person in France, before the family ──
  {
    id: 'status',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'status', set: 'status', writes: 'sponsor.status' }],
    relevant: always,
    ask: always,
    figures: {
      'interview.opt.status.refugee.hint': { years: 'card.residentYears' },
      'interview.opt.status.subsidiary_protection.hint': { years: 'card.subsidiaryYears' },
    },
  },
  {
    id: 'filing_date',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true, writes: 'date' }],
    relevant: notRedirect,
    ask: always,
  },
  {
    id: 'nationality',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'country', name: 'country', writes: 'sponsor.nationality' }],
    relevant: (c) => isResident(c.answers) || isEu(c.answers),
    ask: always,
  },
  {
    id: 'birth_date',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true, writes: 'sponsor.birthDate' }],
    relevant: notRedirect,
    ask: (c) => isProtection(c.answers),
  },
  {
    id: 'asylum_date',
    scope: 'sponsor',
    phase: 1,
    fields: [
      {
        kind: 'date',
        name: 'date',
        optional: true,
        approximate: true,
        writes: 'sponsor.asylumApplicationDate',
      },
    ],
    relevant: (c) => isProtection(c.answers),
    ask: always,
  },
  {
    id: 'grant_date',
    scope: 'sponsor',
    phase: 1,
    fields: [
      {
        kind: 'date',
        name: 'date',
        optional: true,
        approximate: true,
        writes: 'sponsor.protectionGrantedDate',
      },
    ],
    relevant: (c) => isProtection(c.answers),
    ask: always,
  },
  {
    id: 'permit_type',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'type', set: 'permit', writes: 'sponsor.permit.type' }],
    relevant: (c) => isResident(c.answers),
    ask: always,
  },
  {
    id: 'permit_dates',
    scope: 'sponsor',
    phase: 1,
    fields: [
      { kind: 'date', name: 'from', optional: true, writes: 'sponsor.permit.validFrom' },
      { kind: 'date', name: 'until', optional: true, writes: 'sponsor.permit.validUntil' },
    ],
    relevant: (c) => isResident(c.answers) && permitType(c.answers) !== undefined,
    ask: (c) => !isAccompanying(c.answers),
  },
  {
    id: 'residence_since',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'date', name: 'date', optional: true, writes: 'sponsor.residenceSince' }],
    relevant: (c) => isResident(c.answers) || isProtection(c.answers) || isEu(c.answers),
    ask: (c) => isResident(c.answers) && !isAccompanying(c.answers),
  },
  {
    id: 'eu_basis',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'basis', set: 'euBasis', writes: 'sponsor.euResidenceBasis' }],
    relevant: (c) => isEu(c.answers),
    ask: always,
  },
  {
    id: 'eu_cover',
    scope: 'sponsor',
    phase: 1,
    fields: [
      {
        kind: 'radio',
        name: 'insurance',
        set: 'yesnounknown',
        writes: 'sponsor.healthInsurance',
      },
      {
        kind: 'radio',
        name: 'resources',
        set: 'yesnounknown',
        writes: 'sponsor.sufficientResources',
      },
    ],
    relevant: (c) => isEu(c.answers),
    ask: (c) =>
      ['inactive', 'student'].includes(String(sponsorValue(c.answers, 'eu_basis', 'basis'))),
  },
  {
    id: 'spouse_in_france',
    scope: 'sponsor',
    phase: 1,
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno', writes: 'sponsor.spouseInFrance' }],
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
      { kind: 'radio', name: 'relation', set: 'relation', writes: 'relation' },
    ],
    relevant: always,
    ask: always,
  },
  {
    id: 'parentage',
    scope: 'member',
    fields: [
      {
        kind: 'radio',
        name: 'parentage',
        set: 'parentage',
        // A kafala is not a filiation: the answer "kafala" is its own fact.
        writes: {
          facts: ['parentage', 'kafala'],
          read: (v) =>
            v === 'kafala'
              ? { kafala: true }
              : { parentage: typeof v === 'string' ? v : undefined },
          write: (f) =>
            f.kafala === true
              ? 'kafala'
              : typeof f.parentage === 'string'
                ? f.parentage
                : undefined,
        },
      },
    ],
    relevant: (c) => notRedirect(c) && relation(c.member) === 'child',
    ask: always,
  },
  {
    // Franco-Algerian agreement, art. 4: a kafala ordered by an Algerian judge (not a notarial one).
    id: 'kafala_judge',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno', writes: 'kafalaByAlgerianJudge' }],
    relevant: (c) =>
      isResident(c.answers) &&
      sponsorValue(c.answers, 'nationality', 'country') === 'DZ' &&
      memberValue(c.member, 'parentage', 'parentage') === 'kafala',
    ask: always,
  },
  {
    id: 'of',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'of', set: 'of', writes: 'of' }],
    relevant: (c) => notRedirect(c) && ['parent', 'grandparent'].includes(relation(c.member) ?? ''),
    ask: always,
  },
  {
    id: 'm_birth_date',
    scope: 'member',
    fields: [{ kind: 'date', name: 'date', writes: 'birthDate' }],
    relevant: notRedirect,
    ask: always,
  },
  {
    id: 'union_date',
    scope: 'member',
    fields: [
      { kind: 'date', name: 'date', optional: true, approximate: true, writes: 'unionDate' },
    ],
    relevant: (c) => notRedirect(c) && isPartnerRelation(relation(c.member)),
    ask: (c) => protectionOrRegroupement(c) || isResident(c.answers),
  },
  {
    id: 'married',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno', writes: 'married' }],
    relevant: (c) => notRedirect(c) && ['child', 'sibling'].includes(relation(c.member) ?? ''),
    ask: (c) => isProtection(c.answers),
  },
  {
    id: 'other_parent',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'otherParent', writes: 'otherParent' }],
    relevant: (c) =>
      notRedirect(c) &&
      relation(c.member) === 'child' &&
      memberValue(c.member, 'parentage', 'parentage') !== 'kafala',
    ask: (c) =>
      protectionOrRegroupement(c) &&
      ['sponsor', 'partner'].includes(String(memberValue(c.member, 'parentage', 'parentage'))),
  },
  {
    id: 'custody',
    scope: 'member',
    fields: [
      { kind: 'radio', name: 'judgment', set: 'yesnounknown', writes: 'custodyJudgment' },
      { kind: 'radio', name: 'consent', set: 'yesnounknown', writes: 'otherParentConsent' },
    ],
    relevant: (c) =>
      notRedirect(c) &&
      relation(c.member) === 'child' &&
      memberValue(c.member, 'parentage', 'parentage') !== 'kafala',
    ask: (c) =>
      protectionOrRegroupement(c) && memberValue(c.member, 'other_parent', 'answer') === 'alive',
  },
  {
    id: 'polygamous',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno', writes: 'polygamousUnion' }],
    relevant: (c) =>
      sponsorValue(c.answers, 'spouse_in_france', 'answer') === 'yes' &&
      ['spouse', 'civil_partner', 'child'].includes(relation(c.member) ?? ''),
    ask: always,
  },
  {
    id: 'location',
    scope: 'member',
    fields: [
      {
        kind: 'radio',
        name: 'answer',
        set: 'location',
        writes: {
          facts: ['livesAbroad', 'lawfullyInFrance'],
          read: (v) =>
            typeof v !== 'string'
              ? {}
              : {
                  livesAbroad: v === 'abroad',
                  lawfullyInFrance:
                    v === 'france_lawful' ? true : v === 'france_other' ? false : undefined,
                },
          write: (f) =>
            f.livesAbroad === true
              ? 'abroad'
              : f.lawfullyInFrance === true
                ? 'france_lawful'
                : f.lawfullyInFrance === false
                  ? 'france_other'
                  : undefined,
        },
      },
    ],
    relevant: residentOrProtection,
    ask: regroupementRoute,
  },
  {
    id: 'declared_ofpra',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesnounknown', writes: 'declaredToOfpra' }],
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
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno', writes: 'inParentsCare' }],
    relevant: (c) => isProtection(c.answers) && relation(c.member) === 'sibling',
    ask: never,
  },
  {
    id: 'eu_ties',
    scope: 'member',
    fields: [
      {
        kind: 'checkboxes',
        name: 'ties',
        set: 'ties',
        writes: {
          facts: ['dependent', 'memberOfHousehold', 'seriousHealthCare'],
          read: (v) =>
            Array.isArray(v)
              ? {
                  dependent: v.includes('dependent'),
                  memberOfHousehold: v.includes('household'),
                  seriousHealthCare: v.includes('health'),
                }
              : {},
          write: (f) =>
            f.dependent === undefined &&
            f.memberOfHousehold === undefined &&
            f.seriousHealthCare === undefined
              ? undefined
              : [
                  ...(f.dependent === true ? ['dependent'] : []),
                  ...(f.memberOfHousehold === true ? ['household'] : []),
                  ...(f.seriousHealthCare === true ? ['health'] : []),
                ],
        },
      },
    ],
    relevant: (c) =>
      isEu(c.answers) && ['sibling', 'other_relative'].includes(relation(c.member) ?? ''),
    ask: always,
  },
  {
    id: 'dependent',
    scope: 'member',
    fields: [{ kind: 'radio', name: 'answer', set: 'yesnounknown', writes: 'dependent' }],
    relevant: (c) =>
      isEu(c.answers) && ['child', 'parent', 'grandparent'].includes(relation(c.member) ?? ''),
    ask: (c) => ['parent', 'grandparent'].includes(relation(c.member) ?? ''),
  },

  // ── About the person in France, after the family: money and home ──
  {
    id: 'married_at_asylum',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno', writes: 'sponsor.married' }],
    relevant: (c) => isProtection(c.answers),
    ask: never,
    figures: { 'interview.q.married_at_asylum.hint': { majority: 'ages.majority' } },
  },
  {
    id: 'parents_in_france',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'radio', name: 'answer', set: 'yesno', writes: 'sponsor.parentsInFrance' }],
    relevant: (c) => isProtection(c.answers),
    ask: (c) => c.answers.members.some((m) => relation(m) === 'sibling'),
  },
  {
    id: 'children_in_france',
    scope: 'sponsor',
    phase: 2,
    fields: [
      {
        kind: 'number',
        name: 'count',
        min: 0,
        max: 30,
        integer: true,
        unit: 'people',
        writes: 'sponsor.minorChildrenInFrance',
      },
    ],
    relevant: residentOrProtection,
    ask: regroupementRoute,
    figures: { 'interview.q.children_in_france.hint': { majority: 'ages.majority' } },
  },
  {
    id: 'income',
    scope: 'sponsor',
    phase: 2,
    fields: [
      {
        kind: 'number',
        name: 'net',
        min: 0,
        max: 1_000_000,
        optional: true,
        unit: 'eur',
        writes: 'sponsor.income.monthlyNetAverage',
      },
      {
        kind: 'number',
        name: 'gross',
        min: 0,
        max: 1_000_000,
        optional: true,
        unit: 'eur',
        writes: 'sponsor.income.monthlyGrossAverage',
      },
      {
        kind: 'number',
        name: 'spouse',
        min: 0,
        max: 1_000_000,
        optional: true,
        unit: 'eur',
        writes: 'sponsor.income.spouseMonthlyNetAverage',
      },
    ],
    relevant: residentOrProtection,
    ask: regroupementRoute,
  },
  {
    id: 'allowances',
    scope: 'sponsor',
    phase: 2,
    fields: [
      {
        kind: 'checkboxes',
        name: 'allowances',
        set: 'allowance',
        writes: {
          facts: ['sponsor.allowances'],
          read: (v) =>
            Array.isArray(v) ? { 'sponsor.allowances': v.filter((x) => x !== 'none') } : {},
          write: (f) => {
            const list = f['sponsor.allowances'];
            if (!Array.isArray(list)) return undefined;
            return list.length ? list.map(String) : ['none'];
          },
        },
      },
    ],
    relevant: residentOrProtection,
    ask: regroupementRoute,
  },
  {
    // The commune only helps find the zone: the zone question that follows gives the fact.
    id: 'housing_commune',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'commune', name: 'commune' }],
    relevant: residentOrProtection,
    ask: regroupementRoute,
  },
  {
    id: 'housing_zone',
    scope: 'sponsor',
    phase: 2,
    fields: [{ kind: 'radio', name: 'zone', set: 'zone', writes: 'sponsor.housing.zone' }],
    relevant: residentOrProtection,
    ask: regroupementRoute,
  },
  {
    id: 'housing_surface',
    scope: 'sponsor',
    phase: 2,
    fields: [
      {
        kind: 'number',
        name: 'surface',
        min: 1,
        max: 10_000,
        optional: true,
        unit: 'm2',
        writes: 'sponsor.housing.surfaceM2',
      },
    ],
    relevant: residentOrProtection,
    ask: regroupementRoute,
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
        writes: 'sponsor.housing.occupants',
      },
    ],
    relevant: residentOrProtection,
    ask: regroupementRoute,
  },
];

export const QUESTIONS: Question[] = DECLARED.map((q) => ({
  ...q,
  facts: q.fields.flatMap((f) => (f.writes ? writtenFacts(f.writes) : [])),
}));

export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(
  QUESTIONS.map((q) => [q.id, q]),
);

export function question(id: string): Question | undefined {
  return QUESTION_BY_ID.get(id);
}

/**
 * The store's numbers that option labels state, wherever a label is drawn (the question, the check
 * page, expert mode): message key → placeholder name → parameter.
 */
export const OPTION_FIGURES: Readonly<Record<string, Readonly<Record<string, StoreId>>>> = {
  'interview.opt.permit.temporary': { years: 'card.temporaryMaxYears' },
  'interview.opt.permit.multi_year': { years: 'card.multiYearMaxYears' },
  'interview.opt.permit.resident': { years: 'card.residentYears' },
};

/** Store figures by message key, as the store gives them on `date`. */
export type MessageFigures = Record<string, Record<string, number>>;

function figuresOn(
  declared: Readonly<Record<string, Readonly<Record<string, StoreId>>>>,
  date: string,
): MessageFigures {
  return Object.fromEntries(
    Object.entries(declared).map(([key, ids]) => [
      key,
      Object.fromEntries(
        Object.entries(ids).map(([name, id]) => [name, valueAt(id, date).value as number]),
      ),
    ]),
  );
}

/** The figures of every option label, on `date`. */
export function labelFigures(date: string): MessageFigures {
  return figuresOn(OPTION_FIGURES, date);
}

/** The figures of a question's hints and of its options' labels, on `date`, by message key. */
export function hintFigures(q: Question, date: string): MessageFigures {
  const sets = q.fields.flatMap((f) => ('set' in f ? [`interview.opt.${f.set}.`] : []));
  const labels = Object.fromEntries(
    Object.entries(OPTION_FIGURES).filter(([key]) => sets.some((s) => key.startsWith(s))),
  );
  return figuresOn({ ...q.figures, ...labels }, date);
}

export const SPONSOR_PHASE_1 = QUESTIONS.filter((q) => q.scope === 'sponsor' && q.phase === 1);
export const SPONSOR_PHASE_2 = QUESTIONS.filter((q) => q.scope === 'sponsor' && q.phase === 2);
export const MEMBER_QUESTIONS = QUESTIONS.filter((q) => q.scope === 'member');
