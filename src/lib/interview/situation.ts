/**
 * From the interview's answers to the engine's Situation. Only the answers of questions that can
 * matter for this person reach the engine (an answer kept from before a change of status stays in
 * the answers, so nothing is lost, but is not used). "I don't know" leaves the fact out.
 */
import type { Member, Situation, Sponsor } from '../law';
import type { Answer, Answers, MemberAnswers } from './answers';
import { type Ctx, MEMBER_QUESTIONS, QUESTIONS, type Question, relation } from './questions';

type Values = Record<string, Answer>;

/** The answers of the relevant questions, by question id. */
function relevantAnswers(questions: Question[], ctx: Ctx, given: Values): Values {
  const out: Values = {};
  for (const q of questions) {
    const a = given[q.id];
    if (a !== undefined && q.relevant(ctx)) out[q.id] = a;
  }
  return out;
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' && v !== 'unknown' ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const bool = (v: unknown) => (v === 'yes' ? true : v === 'no' ? false : undefined);

/** Drops undefined properties so that the strict schemas see only given facts. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function sponsorOf(a: Answers): { sponsor: Sponsor; date?: string } {
  const v = relevantAnswers(
    QUESTIONS.filter((q) => q.scope === 'sponsor'),
    { answers: a },
    a.s,
  );
  const status = str(v.status?.status) as Sponsor['status'];
  const permitType = str(v.permit_type?.type) as NonNullable<Sponsor['permit']>['type'] | undefined;
  const net = num(v.income?.net);
  const gross = num(v.income?.gross);
  const spouse = num(v.income?.spouse);
  const income =
    net !== undefined || gross !== undefined || spouse !== undefined
      ? clean({
          monthlyNetAverage: net,
          monthlyGrossAverage: gross,
          spouseMonthlyNetAverage: spouse,
        })
      : undefined;
  const zone = str(v.housing_zone?.zone) as NonNullable<Sponsor['housing']>['zone'];
  const surface = num(v.housing_surface?.surface);
  const occupants = num(v.housing_occupants?.count);
  const housing =
    zone !== undefined || surface !== undefined || occupants !== undefined
      ? clean({ zone, surfaceM2: surface, occupants })
      : undefined;
  const allowances = v.allowances?.allowances;
  const basis = str(v.eu_basis?.basis) as Sponsor['euResidenceBasis'];
  const sponsor: Sponsor = clean({
    status,
    nationality: str(v.nationality?.country),
    birthDate: str(v.birth_date?.date),
    residenceSince: str(v.residence_since?.date),
    asylumApplicationDate: str(v.asylum_date?.date),
    protectionGrantedDate: str(v.grant_date?.date),
    permit: permitType
      ? clean({
          type: permitType,
          validFrom: str(v.permit_dates?.from),
          validUntil: str(v.permit_dates?.until),
        })
      : undefined,
    income,
    allowances: Array.isArray(allowances) ? (allowances as Sponsor['allowances']) : undefined,
    housing,
    minorChildrenInFrance: num(v.children_in_france?.count),
    spouseInFrance: bool(v.spouse_in_france?.answer),
    parentsInFrance: bool(v.parents_in_france?.answer),
    married: bool(v.married_at_asylum?.answer),
    euResidenceBasis: basis,
    healthInsurance: bool(v.eu_cover?.insurance),
    sufficientResources: bool(v.eu_cover?.resources),
  });
  return { sponsor, date: str(v.filing_date?.date) };
}

/** A member the engine can assess: at least the relation is known. */
export function memberOf(a: Answers, m: MemberAnswers): Member | undefined {
  const rel = relation(m) as Member['relation'] | undefined;
  if (rel === undefined) return undefined;
  const v = relevantAnswers(MEMBER_QUESTIONS, { answers: a, member: m }, m.a);
  const parentage = str(v.parentage?.parentage);
  const location = str(v.location?.answer);
  const ties = v.eu_ties?.ties;
  const tie = (t: string) => (Array.isArray(ties) ? ties.includes(t) : undefined);
  const dependent = v.eu_ties ? tie('dependent') : bool(v.dependent?.answer);
  return clean({
    id: m.k,
    relation: rel,
    parentage: parentage === 'kafala' ? undefined : (parentage as Member['parentage'] | undefined),
    kafala: parentage === 'kafala' ? true : undefined,
    kafalaByAlgerianJudge: bool(v.kafala_judge?.answer),
    of: str(v.of?.of) as Member['of'],
    birthDate: str(v.m_birth_date?.date),
    married: bool(v.married?.answer),
    unionDate: str(v.union_date?.date),
    livesAbroad: location === undefined ? undefined : location === 'abroad',
    lawfullyInFrance:
      location === 'france_lawful' ? true : location === 'france_other' ? false : undefined,
    declaredToOfpra: bool(v.declared_ofpra?.answer),
    otherParent: str(v.other_parent?.answer) as Member['otherParent'],
    custodyJudgment: bool(v.custody?.judgment),
    otherParentConsent: bool(v.custody?.consent),
    inParentsCare: bool(v.in_parents_care?.answer),
    polygamousUnion: bool(v.polygamous?.answer),
    dependent,
    memberOfHousehold: v.eu_ties ? tie('household') : undefined,
    seriousHealthCare: v.eu_ties ? tie('health') : undefined,
  });
}

/**
 * The situation described by the answers, or undefined before the status is known. Members whose
 * relation is not known yet are left out.
 */
export function situationOf(a: Answers): Situation | undefined {
  const { sponsor, date } = sponsorOf(a);
  if (sponsor.status === undefined) return undefined;
  const members = a.m.map((m) => memberOf(a, m)).filter((m): m is Member => m !== undefined);
  return date === undefined ? { sponsor, members } : { date, sponsor, members };
}
