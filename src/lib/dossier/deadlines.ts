/**
 * A family's calendar: each deadline computed from a known date (an event, the grant of protection, a
 * birth date), with the rule's sources. Pure: `today` is an input and only sets `daysLeft`.
 */
import type { Assessment, ProcedureId } from '../law/schema/assessment';
import type { Situation } from '../law/schema/situation';
import type { Source } from '../law/parameters';
import { parameters } from '../law/parameters';
import { earliest } from '../law/approximate';
import { anniversary, plusDays } from '../law/dates';
import type { EventKey, Events } from './events';
import { before, daysBetween, endOf, lastDay } from './dates';
import {
  type Confidence,
  isUncertain,
  procedureParam,
  type ProcedureParameterId,
} from './parameters';

export const DEADLINE_IDS = [
  'implicit_refusal',
  'implicit_refusal_court',
  'implicit_refusal_reasons',
  'regroupement_appeal',
  'regroupement_appeal_silence',
  'regroupement_court',
  'visa_request',
  'entry',
  'vls_ts_validation',
  'visa_implicit_refusal',
  'crrv_appeal_implicit',
  'crrv_appeal',
  'crrv_silence',
  'crrv_court',
  'prefecture_after_arrival',
  'eu_card_request',
  'eu_renewal_opens',
  'eu_renewal_latest',
  'card_expiry',
  'eu_permanent_request_opens',
  'eu_permanent_request_latest',
  'eu_permanent_residence',
  'age_exception_window',
  'minor_sponsor_window',
  'sponsor_18',
  'age_18',
  'age_19',
  'age_21',
] as const;

export type DeadlineId = (typeof DEADLINE_IDS)[number];

/** last_day: act on or before; happens: something takes effect that day; opens: from that day on. */
export type DeadlineKind = 'last_day' | 'happens' | 'opens';

export interface Deadline {
  id: DeadlineId;
  kind: DeadlineKind;
  date: string;
  daysLeft: number;
  memberId?: string;
  /** The known date it is computed from: an event key, or a path in the situation. */
  basis: { fact: string; date: string };
  sources: Source[];
  confidence: Confidence;
  uncertain: boolean;
  note?: string;
  /**
   * The store's figures its sentences state, by placeholder name (`months`, `years`…); a period whose
   * unit changed over time is an `amount` with its `unit`.
   */
  figures?: Record<string, number | string>;
}

export interface DeadlineList {
  today: string;
  deadlines: Deadline[];
  /** Events that would add deadlines for this family's procedures if they were known. */
  unknownEvents: EventKey[];
}

const RELEVANT: Record<ProcedureId, EventKey[]> = {
  regroupement_familial: [
    'fileCompleteAtOfii',
    'decisionNotified',
    'regroupementRefusalNotified',
    'regroupementAppealLodged',
    'regroupementAppealRejected',
    'visaApplicationLodged',
    'visaIssued',
    'visaRefusalNotified',
    'arrival',
  ],
  reunification_familiale: [
    'visaApplicationLodged',
    'visaRefusalNotified',
    'visaIssued',
    'arrival',
  ],
  famille_ue: ['visaApplicationLodged', 'visaRefusalNotified', 'arrival', 'cardExpiry'],
  famille_accompagnante: ['visaApplicationLodged', 'visaRefusalNotified', 'visaIssued', 'arrival'],
};

type PeriodParameterId = Exclude<
  ProcedureParameterId,
  | 'fees.longStayVisa'
  | 'fees.firstPermitTax'
  | 'fees.protectionFamilyStamp'
  | 'duration.reunificationProcessing'
>;

type Draft = Omit<Deadline, 'daysLeft' | 'uncertain'>;

/** The procedures this family goes through: the sponsor's and every member's own route. */
export function proceduresOf(assessment: Assessment): ProcedureId[] {
  const ids = new Set<ProcedureId>();
  if (assessment.procedure) ids.add(assessment.procedure);
  for (const m of assessment.members)
    if (m.procedure && m.verdict !== 'not_eligible') ids.add(m.procedure);
  return [...ids];
}

export function computeDeadlines(
  situation: Situation,
  assessment: Assessment,
  events: Events,
  today: string,
): DeadlineList {
  const procedures = new Set(proceduresOf(assessment));
  const out: Draft[] = [];

  const period = (
    id: DeadlineId,
    param: PeriodParameterId,
    fact: EventKey | string,
    date: string,
    kind: DeadlineKind,
    compute: 'last' | 'end' | 'before',
    memberId?: string,
  ): string => {
    const p = procedureParam(param, date);
    const v = p.value;
    const day =
      compute === 'last' ? lastDay(date, v) : compute === 'end' ? endOf(date, v) : before(date, v);
    out.push({
      id,
      kind,
      date: day,
      ...(memberId ? { memberId } : {}),
      basis: { fact, date },
      sources: p.sources,
      confidence: p.confidence,
      ...(p.note ? { note: p.note } : {}),
    });
    return day;
  };

  const e = events;
  if (procedures.has('regroupement_familial')) {
    if (e.fileCompleteAtOfii && !e.decisionNotified && !e.regroupementRefusalNotified) {
      const refusal = period(
        'implicit_refusal',
        'deadline.implicitRefusalRegroupement',
        'fileCompleteAtOfii',
        e.fileCompleteAtOfii,
        'happens',
        'end',
      );
      const court = procedureParam('deadline.courtAppeal', refusal);
      out.push({
        id: 'implicit_refusal_court',
        kind: 'last_day',
        date: lastDay(refusal, court.value),
        basis: { fact: 'fileCompleteAtOfii', date: e.fileCompleteAtOfii },
        sources: [
          ...court.sources,
          {
            ref: 'CESEDA R434-26',
            kind: 'code',
            url: 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&query=%22R434-26%22%20CESEDA',
          },
        ],
        confidence: court.confidence,
      });
      const reasons = procedureParam('deadline.reasonsReply', refusal);
      out.push({
        id: 'implicit_refusal_reasons',
        kind: 'last_day',
        date: lastDay(refusal, court.value),
        basis: { fact: 'fileCompleteAtOfii', date: e.fileCompleteAtOfii },
        figures: { months: court.value.amount },
        sources: reasons.sources,
        confidence: reasons.confidence,
      });
    }
    if (e.regroupementRefusalNotified) gracieux(period, out, e);
    if (e.decisionNotified && !e.visaApplicationLodged)
      period(
        'visa_request',
        'deadline.visaAfterApproval',
        'decisionNotified',
        e.decisionNotified,
        'last_day',
        'last',
      );
    if (e.arrival)
      period(
        'vls_ts_validation',
        'deadline.vlsTsValidation',
        'arrival',
        e.arrival,
        'last_day',
        'last',
      );
  }

  if (
    e.visaIssued &&
    !e.arrival &&
    (procedures.has('regroupement_familial') || procedures.has('reunification_familiale'))
  )
    period('entry', 'deadline.entryAfterVisa', 'visaIssued', e.visaIssued, 'last_day', 'last');

  if (e.visaApplicationLodged && !e.visaIssued && !e.visaRefusalNotified) {
    const arises = period(
      'visa_implicit_refusal',
      'deadline.implicitVisaRefusal',
      'visaApplicationLodged',
      e.visaApplicationLodged,
      'happens',
      'end',
    );
    if (!e.crrvAppealLodged) {
      period(
        'crrv_appeal_implicit',
        'deadline.crrvAppealImplicit',
        'visaApplicationLodged',
        arises,
        'last_day',
        'last',
      );
      const last = out.at(-1);
      const { amount, unit } = procedureParam('deadline.crrvAppealImplicit', arises).value;
      if (last)
        Object.assign(last, {
          basis: { fact: 'visaApplicationLodged', date: e.visaApplicationLodged },
          figures: { amount, unit },
        });
    }
  }

  if (e.visaRefusalNotified && !e.crrvAppealLodged)
    period(
      'crrv_appeal',
      'deadline.crrvAppeal',
      'visaRefusalNotified',
      e.visaRefusalNotified,
      'last_day',
      'last',
    );
  if (e.crrvAppealLodged && !e.crrvRejectionNotified) {
    const silence = period(
      'crrv_silence',
      'deadline.crrvSilence',
      'crrvAppealLodged',
      e.crrvAppealLodged,
      'happens',
      'end',
    );
    const court = procedureParam('deadline.courtAppeal', silence);
    out.push({
      id: 'crrv_court',
      kind: 'last_day',
      date: lastDay(silence, court.value),
      basis: { fact: 'crrvAppealLodged', date: e.crrvAppealLodged },
      sources: [
        ...court.sources,
        {
          ref: 'Code de justice administrative R312-18 (tribunal administratif de Nantes)',
          kind: 'code',
          url: 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&query=%22R312-18%22%20Code%20de%20justice%20administrative',
        },
      ],
      confidence: court.confidence,
    });
  }
  if (e.crrvRejectionNotified) {
    const court = procedureParam('deadline.courtAppeal', e.crrvRejectionNotified);
    out.push({
      id: 'crrv_court',
      kind: 'last_day',
      date: lastDay(e.crrvRejectionNotified, court.value),
      basis: { fact: 'crrvRejectionNotified', date: e.crrvRejectionNotified },
      sources: [
        ...court.sources,
        {
          ref: 'Code de justice administrative R312-18 (tribunal administratif de Nantes)',
          kind: 'code',
          url: 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&query=%22R312-18%22%20Code%20de%20justice%20administrative',
        },
      ],
      confidence: court.confidence,
    });
  }

  if (procedures.has('reunification_familiale') && e.arrival)
    period(
      'prefecture_after_arrival',
      'deadline.prefectureAfterArrival',
      'arrival',
      e.arrival,
      'last_day',
      'last',
    );

  if (procedures.has('famille_ue')) {
    if (e.arrival) {
      period(
        'eu_card_request',
        'deadline.euCardAfterEntry',
        'arrival',
        e.arrival,
        'last_day',
        'last',
      );
      const permanent = period(
        'eu_permanent_residence',
        'deadline.euPermanentResidence',
        'arrival',
        e.arrival,
        'happens',
        'end',
      );
      const residence = out.at(-1)!;
      const years = inYears(procedureParam('deadline.euPermanentResidence', e.arrival).value);
      residence.figures = { years };
      window(
        period,
        out,
        'eu_permanent_request',
        permanent,
        { fact: 'arrival', date: e.arrival },
        {
          years,
        },
      );
    }
    if (e.cardExpiry) {
      window(period, out, 'eu_renewal', e.cardExpiry, { fact: 'cardExpiry', date: e.cardExpiry });
      out.push({
        id: 'card_expiry',
        kind: 'happens',
        date: e.cardExpiry,
        basis: { fact: 'cardExpiry', date: e.cardExpiry },
        sources: [
          {
            ref: 'service-public.fr F2653 (2019)',
            kind: 'administration',
            url: 'https://www.service-public.fr/particuliers/vosdroits/F2653',
          },
        ],
        confidence: 'V',
      });
    }
  }

  out.push(...ageCliffs(situation, assessment, events));
  if (procedures.has('reunification_familiale'))
    out.push(...minorSponsor(situation, assessment, events));

  const given = new Set(Object.keys(events));
  const unknownEvents = [...new Set([...procedures].flatMap((p) => RELEVANT[p]))].filter(
    (k) => !given.has(k),
  );
  const deadlines = out
    .map((d) => ({
      ...d,
      daysLeft: daysBetween(today, d.date),
      uncertain: isUncertain(d.confidence),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return { today, deadlines, unknownEvents };
}

type PeriodFn = (
  id: DeadlineId,
  param: PeriodParameterId,
  fact: EventKey | string,
  date: string,
  kind: DeadlineKind,
  compute: 'last' | 'end' | 'before',
) => string;

/**
 * The court period after a refusal of regroupement familial, and what a recours gracieux sent in time
 * does to it (CRPA L411-2): a new period of 2 months from the prefect's answer, or from his implicit
 * rejection 2 months after the recours. A recours sent after the last day interrupts nothing.
 */
function gracieux(period: PeriodFn, out: Draft[], e: Events): void {
  const refusal = e.regroupementRefusalNotified!;
  const court = procedureParam('deadline.courtAppeal', refusal);
  const last = lastDay(refusal, court.value);
  const inTime = e.regroupementAppealLodged !== undefined && e.regroupementAppealLodged <= last;
  if (!inTime) {
    period(
      'regroupement_appeal',
      'deadline.courtAppeal',
      'regroupementRefusalNotified',
      refusal,
      'last_day',
      'last',
    );
    return;
  }
  if (e.regroupementAppealRejected) {
    period(
      'regroupement_court',
      'deadline.courtAppeal',
      'regroupementAppealRejected',
      e.regroupementAppealRejected,
      'last_day',
      'last',
    );
    return;
  }
  const silence = period(
    'regroupement_appeal_silence',
    'deadline.gracieuxSilence',
    'regroupementAppealLodged',
    e.regroupementAppealLodged!,
    'happens',
    'end',
  );
  const silenceDeadline = out.at(-1);
  if (silenceDeadline)
    silenceDeadline.figures = {
      months: procedureParam('deadline.courtAppeal', silence).value.amount,
    };
  period(
    'regroupement_court',
    'deadline.courtAppeal',
    'regroupementAppealLodged',
    silence,
    'last_day',
    'last',
  );
  const d = out.at(-1);
  if (d) d.basis = { fact: 'regroupementAppealLodged', date: e.regroupementAppealLodged! };
}

/** A period the store gives in months (or years), as the whole years a sentence states. */
function inYears(p: { amount: number; unit: string }): number {
  return p.unit === 'months' ? p.amount / 12 : p.amount;
}

/**
 * A request window before `end`: it opens `deadline.euRenewalWindow` before and the last safe day is
 * `deadline.euRenewalLatest` before; both sentences state the two bounds (`opens`, `latest`) and any
 * `extra` figure.
 */
function window(
  period: PeriodFn,
  out: Draft[],
  prefix: 'eu_renewal' | 'eu_permanent_request',
  end: string,
  basis: Draft['basis'],
  extra: Record<string, number> = {},
): void {
  period(`${prefix}_opens`, 'deadline.euRenewalWindow', basis.fact, end, 'opens', 'before');
  period(`${prefix}_latest`, 'deadline.euRenewalLatest', basis.fact, end, 'last_day', 'before');
  const figures = {
    opens: procedureParam('deadline.euRenewalWindow', end).value.amount,
    latest: procedureParam('deadline.euRenewalLatest', end).value.amount,
    ...extra,
  };
  for (const d of out.slice(-2)) Object.assign(d, { basis, figures });
}

function ruleSources(id: keyof typeof parameters.rules, date: string): Source[] {
  const values = parameters.rules[id].values;
  let found = values[0];
  for (const v of values) if (v.from <= date) found = v;
  return found?.sources ?? [];
}

/**
 * The days a child stops qualifying because of age: the filing or visa application must come before.
 * Only members the assessment did not exclude, and only while the date that fixes the age is unknown.
 */
function ageCliffs(situation: Situation, assessment: Assessment, events: Events): Draft[] {
  const out: Draft[] = [];
  const rule = (
    id:
      | 'ages.majority'
      | 'ages.refugeeChildLimit'
      | 'ages.euDescendantLimit'
      | 'reunification.exceptionWindowMonths',
  ) => parameters.rules[id].values.at(-1)?.value as number;
  situation.members.forEach((m, i) => {
    const result = assessment.members.find((r) => r.id === m.id);
    if (
      !result ||
      result.verdict === 'not_eligible' ||
      !result.procedure ||
      m.relation !== 'child' ||
      !m.birthDate
    )
      return;
    const fact = `members[${i}].birthDate`;
    /** A birthday of the member: the day before `age` (last_day) or the day itself (happens). */
    const push = (id: DeadlineId, kind: DeadlineKind, age: number, sources: Source[]) => {
      const birthday = anniversary(m.birthDate!, age);
      out.push({
        id,
        kind,
        date: kind === 'last_day' ? plusDays(birthday, -1) : birthday,
        memberId: m.id,
        basis: { fact, date: m.birthDate! },
        figures: { age },
        sources,
        confidence: 'V',
      });
    };
    switch (result.procedure) {
      case 'regroupement_familial':
      case 'famille_accompagnante':
        if (!events.fileCompleteAtOfii || result.procedure === 'famille_accompagnante')
          push(
            'age_18',
            'last_day',
            rule('ages.majority'),
            ruleSources('ages.majority', situation.date ?? assessment.date),
          );
        break;
      case 'reunification_familiale': {
        if (events.visaApplicationLodged) break;
        const exception = result.reasons.find((r) => r.code === 'child_age_exception');
        const grant = situation.sponsor.protectionGrantedDate;
        if (exception && grant) {
          const window = rule('reunification.exceptionWindowMonths');
          // A grant date known only to the month or the year: the window from its first possible day.
          out.push({
            id: 'age_exception_window',
            kind: 'last_day',
            date: endOf(earliest(grant), {
              amount: window,
              unit: 'months',
              dayOneIsEventDay: false,
            }),
            memberId: m.id,
            basis: { fact: 'sponsor.protectionGrantedDate', date: grant },
            figures: { age: rule('ages.refugeeChildLimit'), months: window },
            sources: ruleSources('reunification.exceptionWindowMonths', earliest(grant)),
            confidence: 'V',
          });
        } else if (m.parentage === 'couple') {
          push(
            'age_19',
            'last_day',
            rule('ages.refugeeChildLimit'),
            ruleSources('ages.refugeeChildLimit', assessment.date),
          );
        } else {
          push(
            'age_18',
            'last_day',
            rule('ages.majority'),
            ruleSources('ages.majority', assessment.date),
          );
        }
        break;
      }
      case 'famille_ue':
        push(
          'age_21',
          'happens',
          rule('ages.euDescendantLimit'),
          ruleSources('ages.euDescendantLimit', assessment.date),
        );
        break;
    }
  });
  return out;
}

/**
 * A minor protection beneficiary who asks for the parents: the request should come within 3 months of
 * the grant (CJEU C-550/16) and, to be safe, before the sponsor's 18th birthday. Only while no visa
 * application is known.
 */
function minorSponsor(situation: Situation, assessment: Assessment, events: Events): Draft[] {
  if (events.visaApplicationLodged) return [];
  const parents = assessment.members.some(
    (r) =>
      r.relation === 'parent' &&
      r.procedure === 'reunification_familiale' &&
      r.verdict !== 'not_eligible',
  );
  if (!parents) return [];
  const out: Draft[] = [];
  const { protectionGrantedDate: grant, birthDate } = situation.sponsor;
  if (grant) {
    const p = procedureParam('deadline.minorSponsorWindow', earliest(grant));
    out.push({
      id: 'minor_sponsor_window',
      kind: 'last_day',
      date: endOf(earliest(grant), p.value),
      basis: { fact: 'sponsor.protectionGrantedDate', date: grant },
      figures: { months: p.value.amount },
      sources: p.sources,
      confidence: p.confidence,
      ...(p.note ? { note: p.note } : {}),
    });
  }
  if (birthDate) {
    const majority = parameters.rules['ages.majority'].values.at(-1)?.value as number;
    out.push({
      id: 'sponsor_18',
      kind: 'last_day',
      date: plusDays(anniversary(birthDate, majority), -1),
      basis: { fact: 'sponsor.birthDate', date: birthDate },
      figures: { age: majority },
      sources: [
        {
          ref: 'CESEDA L561-2 (parents of a minor protection beneficiary)',
          kind: 'code',
          url: 'https://www.legifrance.gouv.fr/search/code?tab_selection=code&query=%22L561-2%22%20CESEDA',
        },
        ...ruleSources('ages.majority', assessment.date),
      ],
      confidence: 'V2',
    });
  }
  return out;
}
