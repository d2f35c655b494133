/**
 * Letters filled from the situation and the known dates. The words live in the dossier catalog
 * (letter.*); what reunir does not know is left as a visible placeholder, never guessed. French is the
 * letter the administration receives; another language gives the same letter for the person to read.
 */
import { translate, type MessageParams } from '../i18n/translate';
import type { Locale } from '../i18n/locales';
import type { Assessment, ProcedureId } from '../law/schema/assessment';
import type { Member, Situation } from '../law/schema/situation';
import type { Problem } from '../law/problem';
import type { Events } from './events';
import { buildChecklist } from './checklist';
import { computeDeadlines, type Deadline, proceduresOf } from './deadlines';
import { endOf } from './dates';
import { procedureParam } from './parameters';
import { valueAt } from '../law/parameters';
import { type Timeliness, timelinessOf } from './timeliness';
import { euros } from './format';
import { formatDate } from '../law-text/format';

export const LETTER_KINDS = [
  'crrv-appeal',
  'regroupement-appeal',
  'implicit-refusal-reasons',
  'refugee-families-office',
  'money-transfer-statement',
  'ofii-cover-letter',
] as const;

export type LetterKind = (typeof LETTER_KINDS)[number];

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}

/** The store's figures, in force on `date`, that the explanation of a letter (`.explain`) states. */
export function explainFigures(kind: LetterKind, date: string): Record<string, number> {
  if (kind === 'crrv-appeal')
    return { months: procedureParam('deadline.implicitVisaRefusal', date).value.amount };
  if (kind === 'implicit-refusal-reasons')
    return { months: procedureParam('deadline.courtAppeal', date).value.amount };
  return {};
}

/**
 * `notice` is a note to the person who sends the letter (a time limit that has passed, an address to
 * check): it is printed apart from the letter's text and is removed before sending.
 */
export type BlockStyle =
  | 'notice'
  | 'sender'
  | 'recipient'
  | 'place_date'
  | 'subject'
  | 'paragraph'
  | 'item'
  | 'heading'
  | 'signature';

export interface Run {
  text: string;
  placeholder?: boolean;
}

export interface LetterBlock {
  style: BlockStyle;
  runs: Run[];
}

export interface Letter {
  kind: LetterKind;
  locale: Locale;
  title: string;
  blocks: LetterBlock[];
  legalBasis: string[];
  placeholders: number;
  /** The deadline this letter answers, when it has one. */
  deadline?: Deadline;
  /** For a letter that relies on a time limit: whether it is sent within it. */
  timeliness?: Timeliness;
  /** Message key: what remains possible when the time limit has passed or cannot be checked. */
  remains?: string;
}

/**
 * Who the people are, for a letter sent with their real names (a case kept by an association): the
 * sponsor's full name and postal address, each member's full name and birth date, by member id. Any
 * part left out stays a placeholder, as in an anonymous letter. The strings are shown as typed.
 */
export interface Identity {
  sponsor?: { fullName?: string; address?: string };
  members?: Record<string, { fullName?: string; birthDate?: string }>;
}

export type LetterResult = { ok: true; letter: Letter } | { ok: false; errors: Problem[] };

const OPEN = '\u0001';
const CLOSE = '\u0002';
const PROTECTED = new Set(['refugee', 'subsidiary_protection', 'stateless']);

function splitRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (const part of text.split(OPEN)) {
    const [inside, after] = part.includes(CLOSE) ? part.split(CLOSE) : [undefined, part];
    if (inside !== undefined) runs.push({ text: inside, placeholder: true });
    if (after) runs.push({ text: after });
  }
  return runs;
}

interface Input {
  situation: Situation;
  assessment: Assessment;
  events: Events;
  today: string;
  locale: Locale;
  /**
   * How the person calls each member (the names typed in the web interview). Without it, a member's
   * id is its name (API and CLI). The name is shown inside the placeholder for the full legal name.
   */
  names?: Record<string, string>;
  /** The real names and address, when the letter is made for a known family. */
  identity?: Identity;
}

/** A typed value, or undefined when it is empty or only spaces. */
function given(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

class Writer {
  readonly blocks: LetterBlock[] = [];
  remains?: string;
  constructor(
    readonly kind: LetterKind,
    readonly input: Input,
  ) {}
  t(key: string, params: MessageParams = {}): string {
    return translate(this.input.locale, key, params);
  }
  /** A visible gap the person fills in by hand. */
  ph(code: string, params: MessageParams = {}): string {
    const what = this.t(`letter.ph.${code}`, params);
    return `${OPEN}${this.t('letter.placeholder', { what })}${CLOSE}`;
  }
  /** The placeholder for a member's full name, showing the name the person gave (isolated, U+2068). */
  memberName(id: string): string {
    const real = this.realName(id);
    if (real) return real;
    const names = this.input.names;
    const label = (names ? names[id] : id)?.trim();
    return label
      ? this.ph('member_name_of', { label: `\u2068${label}\u2069` })
      : this.ph('member_name');
  }
  /** A member's full legal name when the case gives it, isolated (U+2068) in its own direction. */
  realName(id: string): string | undefined {
    const name = given(this.input.identity?.members?.[id]?.fullName);
    return name ? `\u2068${name}\u2069` : undefined;
  }
  /** The sponsor's full name or postal address when the case gives it, else its placeholder. */
  sponsor(field: 'fullName' | 'address', code: string): string {
    const value = given(this.input.identity?.sponsor?.[field]);
    if (!value) return this.ph(code);
    // each line of an address keeps its own direction
    return value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => `\u2068${line}\u2069`)
      .join('\n');
  }
  /** A member's birth date: the situation's, else the one the case gives. */
  birth(id: string): string | undefined {
    const m = this.input.situation.members.find((x) => x.id === id) as Member | undefined;
    return m?.birthDate ?? given(this.input.identity?.members?.[id]?.birthDate);
  }
  date(iso: string | undefined, code: string): string {
    return iso ? formatDate(this.input.locale, iso) : this.ph(code);
  }
  add(style: BlockStyle, key: string, params: MessageParams = {}): void {
    this.blocks.push({ style, runs: splitRuns(this.t(key, params)) });
  }
  /** Sender, recipient, place and date, subject and salutation. */
  head(recipientKey: string, recipientParams: MessageParams, subjectParams: MessageParams = {}) {
    this.add('sender', 'letter.sender', {
      name: this.sponsor('fullName', 'name'),
      address: this.sponsor('address', 'address'),
    });
    this.add('recipient', recipientKey, recipientParams);
    this.add('place_date', 'letter.place_date', {
      place: this.ph('place'),
      date: formatDate(this.input.locale, this.input.today),
    });
    this.add('subject', `letter.${this.kind}.subject`, subjectParams);
  }
  /** A note to the sender, printed apart and removed before sending. */
  notice(key: string, params: MessageParams = {}): void {
    this.blocks.push({ style: 'notice', runs: splitRuns(this.t(key, params)) });
  }
  members(procedure?: ProcedureId) {
    for (const r of this.input.assessment.members) {
      if (r.verdict === 'not_eligible' || !r.procedure) continue;
      if (procedure && r.procedure !== procedure) continue;
      this.add('item', 'letter.member', {
        name: this.memberName(r.id),
        relation: r.relation,
        birth: this.date(this.birth(r.id), 'birth_date'),
      });
    }
  }
  close(closing = 'letter.closing', signatory = 'letter.signature') {
    this.add('paragraph', closing);
    this.add('signature', signatory, { signature: this.ph('signature') });
  }
  /** The warning that opens a letter sent after its time limit, or whose limit is unknown. */
  timeLimit(t: Timeliness, remains: string) {
    if (t.status !== 'on_time') this.remains = remains;
    if (t.status === 'late')
      this.notice('letter.notice.late', {
        title: this.t(`deadline.${t.deadline.id}.title`, { ...t.deadline.figures, member: '' }),
        date: formatDate(this.input.locale, t.deadline.date),
        remains: this.t(remains),
      });
    else if (t.status === 'unknown')
      this.notice('letter.notice.unknown', { remains: this.t(remains) });
  }
}

function procedureFor(assessment: Assessment): ProcedureId | undefined {
  return assessment.procedure ?? proceduresOf(assessment)[0];
}

function need(path: string, message: string): Problem {
  return { path, message };
}

export function buildLetter(kind: LetterKind, input: Input): LetterResult {
  const { situation, assessment, events: e, today } = input;
  const w = new Writer(kind, input);
  const procedure = procedureFor(assessment);
  const procedures = new Set(proceduresOf(assessment));
  const sponsor = situation.sponsor;
  const deadlines = computeDeadlines(situation, assessment, e, today).deadlines;
  const errors: Problem[] = [];
  let deadline: Deadline | undefined;
  let timeliness: Timeliness | undefined;
  let basis: string[] = [];
  const find = (id: string) => deadlines.find((d) => d.id === id);

  /** The months before filing whose resources count (CESEDA R434-4), as the store gives them. */
  const incomeMonths = valueAt('regroupement.incomeReferenceMonths', e.fileCompleteAtOfii ?? today)
    .value as number;
  /** The sponsor's known facts; in an appeal, resources are those of the months before filing. */
  const facts = (appeal = false) => {
    if (sponsor.residenceSince)
      w.add('item', 'letter.fact.residence', { date: w.date(sponsor.residenceSince, 'date') });
    if (sponsor.permit?.type)
      w.add('item', 'letter.fact.permit', {
        type: sponsor.permit.type,
        until: w.date(sponsor.permit.validUntil, 'permit_end'),
      });
    if (sponsor.income?.monthlyNetAverage !== undefined)
      w.add('item', appeal ? 'letter.fact.income_filed' : 'letter.fact.income', {
        amount: euros(sponsor.income.monthlyNetAverage, input.locale),
        filed: w.date(e.fileCompleteAtOfii, 'filing_date'),
        months: incomeMonths,
      });
    if (sponsor.housing?.surfaceM2 !== undefined)
      w.add('item', 'letter.fact.housing', {
        surfaceM2: sponsor.housing.surfaceM2,
        zone: sponsor.housing.zone ?? '?',
      });
  };

  switch (kind) {
    case 'crrv-appeal': {
      const lodged = e.visaApplicationLodged;
      const implicit = !e.visaRefusalNotified && lodged !== undefined && !e.visaIssued;
      if (!e.visaRefusalNotified && !implicit)
        errors.push(
          need('events.visaRefusalNotified', 'the date the visa refusal was notified'),
          need(
            'events.visaApplicationLodged',
            'or the date the visa application was lodged (consulate silent since)',
          ),
        );
      if (!procedure)
        errors.push(
          need('situation', 'no procedure applies to this family: there is no visa to appeal'),
        );
      if (errors.length) break;
      const arises = implicit
        ? endOf(lodged!, procedureParam('deadline.implicitVisaRefusal', lodged!).value)
        : undefined;
      if (arises && arises > today) {
        errors.push(
          need(
            'events.visaApplicationLodged',
            `no implicit refusal yet: the consulate's silence becomes a refusal on ${arises}; this appeal can be sent from that day`,
          ),
        );
        break;
      }
      deadline = find(implicit ? 'crrv_appeal_implicit' : 'crrv_appeal');
      timeliness = timelinessOf(deadline, today);
      const period = procedureParam(
        implicit ? 'deadline.crrvAppealImplicit' : 'deadline.crrvAppeal',
        arises ?? e.visaRefusalNotified!,
      );
      basis = [
        'CESEDA D312-3',
        'CESEDA D312-4',
        ...procedureBasis(procedure!),
        'Code civil art. 47',
        'CESEDA L811-2',
        ...(procedure === 'reunification_familiale' ? ['CESEDA R561-3'] : []),
        ...(implicit ? ['CRPA L112-3', 'CRPA L112-6'] : []),
      ];
      w.timeLimit(timeliness, `letter.remains.crrv.${procedure}`);
      w.notice('letter.crrv-appeal.check_address');
      const refusalDate = implicit ? arises : e.visaRefusalNotified;
      w.head(
        'letter.crrv-appeal.recipient',
        {},
        {
          implicit: implicit ? 'yes' : 'no',
          date: w.date(refusalDate, 'date'),
        },
      );
      w.add('paragraph', 'letter.salutation');
      w.add(
        'paragraph',
        implicit ? 'letter.crrv-appeal.intro.implicit' : 'letter.crrv-appeal.intro',
        {
          date: w.date(e.visaRefusalNotified, 'date'),
          lodged: w.date(lodged, 'date'),
          arises: w.date(arises, 'date'),
          consulate: w.ph('consulate'),
          reference: w.ph('visa_reference'),
        },
      );
      w.members();
      w.add('item', 'letter.member_other', { other: w.ph('other_applicant') });
      w.add('paragraph', 'letter.crrv-appeal.mandate');
      w.add('paragraph', `letter.route.${procedure}`, {
        status: sponsor.status,
        grant: w.date(sponsor.protectionGrantedDate, 'grant_date'),
        approval: w.date(e.decisionNotified, 'date'),
      });
      if (implicit)
        w.add('paragraph', 'letter.crrv-appeal.no_reasons', { arguments: w.ph('arguments') });
      else
        w.add('paragraph', 'letter.grounds', {
          reasons: w.ph('refusal_reasons'),
          arguments: w.ph('arguments'),
        });
      w.add('paragraph', 'letter.crrv-appeal.article47');
      if (procedure === 'reunification_familiale') {
        w.add('paragraph', 'letter.crrv-appeal.civil_status');
        w.add('paragraph', 'letter.crrv-appeal.ofpra');
      }
      w.add('paragraph', 'letter.family_life');
      w.add('paragraph', 'letter.crrv-appeal.new_evidence');
      w.add('paragraph', 'letter.crrv-appeal.request');
      if (timeliness.status === 'on_time')
        w.add(
          'paragraph',
          implicit ? 'letter.crrv-appeal.in_time.implicit' : 'letter.crrv-appeal.in_time',
          {
            amount: period.value.amount,
            unit: period.value.unit,
          },
        );
      else
        w.add(
          'paragraph',
          implicit
            ? 'letter.crrv-appeal.not_opposable.implicit'
            : 'letter.crrv-appeal.not_opposable',
          { keep: w.ph('keep_if_true') },
        );
      w.add('heading', 'letter.enclosures');
      if (!implicit) w.add('item', 'letter.crrv-appeal.enclosure.decision');
      for (const item of [
        'lodging',
        'notification',
        'mandate',
        ...(procedure === 'reunification_familiale' ? ['protection'] : []),
      ])
        w.add('item', `letter.crrv-appeal.enclosure.${item}`);
      w.add('item', 'letter.enclosure.passports');
      w.add('item', 'letter.enclosure.family_ties');
      w.add('item', 'letter.enclosure.translations');
      w.add('item', 'letter.enclosure.other', { other: w.ph('other_documents') });
      w.close('letter.closing', 'letter.signature_applicants');
      break;
    }
    case 'regroupement-appeal': {
      if (!procedures.has('regroupement_familial'))
        errors.push(need('situation', 'this family does not go through regroupement familial'));
      if (!e.regroupementRefusalNotified)
        errors.push(
          need(
            'events.regroupementRefusalNotified',
            'the date the refusal of regroupement familial was notified',
          ),
        );
      if (errors.length) break;
      deadline = find('regroupement_appeal') ?? find('regroupement_court');
      // A recours gracieux already sent: this letter would be a second one, which keeps nothing open.
      timeliness =
        e.regroupementAppealLodged !== undefined
          ? { status: 'unknown' }
          : timelinessOf(deadline, today);
      basis = [
        'CRPA L411-2',
        'CJA R421-1',
        'CESEDA L434-1',
        'CESEDA L434-2',
        'CESEDA L434-7',
        'CESEDA R434-4',
        'CESEDA R434-5',
        'CEDH art. 8',
        'CIDE art. 3-1',
      ];
      w.timeLimit(timeliness, 'letter.remains.regroupement');
      w.head(
        'letter.regroupement-appeal.recipient',
        { department: w.ph('department') },
        {
          date: w.date(e.regroupementRefusalNotified, 'date'),
        },
      );
      w.add('paragraph', 'letter.salutation_prefect');
      w.add('paragraph', 'letter.regroupement-appeal.intro', {
        date: w.date(e.regroupementRefusalNotified, 'date'),
        reference: w.ph('ofii_reference'),
        filed: w.date(e.fileCompleteAtOfii, 'date'),
      });
      w.members('regroupement_familial');
      w.add('paragraph', 'letter.facts_intro');
      facts(true);
      w.add('paragraph', 'letter.grounds', {
        reasons: w.ph('refusal_reasons'),
        arguments: w.ph('arguments'),
      });
      w.add('paragraph', 'letter.regroupement-appeal.grounds_hint', { hint: w.ph('per_ground') });
      w.add('paragraph', 'letter.regroupement-appeal.discretion');
      w.add('paragraph', 'letter.family_life');
      w.add('paragraph', 'letter.regroupement-appeal.request');
      if (timeliness.status === 'on_time') w.add('paragraph', 'letter.regroupement-appeal.in_time');
      w.add('heading', 'letter.enclosures');
      for (const item of ['decision', 'receipt', 'resources', 'housing', 'permit'])
        w.add('item', `letter.regroupement-appeal.enclosure.${item}`, { months: incomeMonths });
      w.add('item', 'letter.enclosure.other', { other: w.ph('other_documents') });
      w.close('letter.closing_prefect');
      break;
    }
    case 'implicit-refusal-reasons': {
      const crrv = e.crrvAppealLodged && !e.crrvRejectionNotified;
      const ofii = e.fileCompleteAtOfii && !e.decisionNotified && !e.regroupementRefusalNotified;
      if (!crrv && !ofii) {
        errors.push(
          need(
            'events.fileCompleteAtOfii',
            'the date the complete regroupement file reached OFII (prefect silent since)',
          ),
          need(
            'events.crrvAppealLodged',
            'or the date the appeal to the visa appeals commission was sent (commission silent since)',
          ),
        );
        break;
      }
      const start = crrv ? e.crrvAppealLodged! : e.fileCompleteAtOfii!;
      const arises = crrv
        ? endOf(start, procedureParam('deadline.crrvSilence', start).value)
        : endOf(start, procedureParam('deadline.implicitRefusalRegroupement', start).value);
      if (arises > today) {
        errors.push(
          need(
            crrv ? 'events.crrvAppealLodged' : 'events.fileCompleteAtOfii',
            `no implicit refusal yet: the silence becomes a refusal on ${arises}; this letter can be sent from that day`,
          ),
        );
        break;
      }
      deadline = find(crrv ? 'crrv_court' : 'implicit_refusal_reasons');
      timeliness = timelinessOf(deadline, today);
      basis = ['CRPA L232-4', crrv ? 'CESEDA D312-3' : 'CESEDA R434-26'];
      const who = crrv ? 'crrv' : 'prefect';
      w.timeLimit(timeliness, `letter.remains.reasons.${who}`);
      w.head(
        `letter.implicit-refusal-reasons.recipient.${who}`,
        { department: w.ph('department') },
        {},
      );
      w.add('paragraph', who === 'prefect' ? 'letter.salutation_prefect' : 'letter.salutation');
      w.add('paragraph', `letter.implicit-refusal-reasons.intro.${who}`, {
        start: w.date(start, 'date'),
        arises: w.date(arises, 'date'),
        reference: w.ph(crrv ? 'visa_reference' : 'ofii_reference'),
      });
      w.members(crrv ? undefined : 'regroupement_familial');
      w.add('paragraph', 'letter.implicit-refusal-reasons.request');
      if (timeliness.status === 'on_time')
        w.add('paragraph', 'letter.implicit-refusal-reasons.in_time');
      w.close(who === 'prefect' ? 'letter.closing_prefect' : 'letter.closing');
      break;
    }
    case 'refugee-families-office': {
      if (!PROTECTED.has(sponsor.status))
        errors.push(
          need(
            'sponsor.status',
            'this letter is for refugees, subsidiary-protection beneficiaries and stateless persons',
          ),
        );
      if (errors.length) break;
      basis = ['CESEDA L561-5', 'CESEDA R561-1', 'CESEDA R561-3'];
      w.notice('letter.refugee-families-office.check_address');
      w.head('letter.refugee-families-office.recipient', {});
      w.add('paragraph', 'letter.salutation');
      w.add('paragraph', 'letter.refugee-families-office.intro', {
        status: sponsor.status,
        grant: w.date(sponsor.protectionGrantedDate, 'grant_date'),
        ofpra: w.ph('ofpra_number'),
      });
      w.add('paragraph', 'letter.refugee-families-office.lodged', {
        lodged: w.date(e.visaApplicationLodged, 'date'),
        consulate: w.ph('consulate'),
        references: w.ph('visa_references'),
      });
      w.members('reunification_familiale');
      w.add('paragraph', 'letter.refugee-families-office.status');
      w.add('paragraph', 'letter.refugee-families-office.address', {
        address: w.ph('new_address'),
      });
      w.add('heading', 'letter.enclosures');
      for (const item of ['permit', 'address', 'possession', 'lodging'])
        w.add('item', `letter.refugee-families-office.enclosure.${item}`);
      w.close();
      break;
    }
    case 'money-transfer-statement': {
      basis = [
        'CESEDA L561-5 (preuve par tout moyen, possession d’état)',
        'Code civil art. 311-1 (possession d’état, filiation)',
        'Code pénal art. 441-7',
      ];
      w.notice('letter.money-transfer-statement.language');
      w.add('heading', 'letter.money-transfer-statement.subject');
      w.add('paragraph', 'letter.money-transfer-statement.identity', {
        name: w.ph('witness_name'),
        birth: w.ph('birth_date'),
        address: w.ph('address'),
        relationship: w.ph('relationship'),
      });
      w.add('paragraph', 'letter.money-transfer-statement.facts', {
        sender: w.sponsor('fullName', 'sponsor_name'),
        beneficiary: w.ph('member_name'),
        from: w.ph('period_start'),
        to: w.ph('period_end'),
        service: w.ph('transfer_service'),
      });
      w.add('paragraph', 'letter.money-transfer-statement.why', { why: w.ph('why_not_own_name') });
      w.add('paragraph', 'letter.money-transfer-statement.receipts');
      w.add('paragraph', 'letter.money-transfer-statement.penal');
      w.add('place_date', 'letter.place_date', {
        place: w.ph('place'),
        date: formatDate(input.locale, today),
      });
      w.add('signature', 'letter.signature', { signature: w.ph('signature') });
      w.add('item', 'letter.money-transfer-statement.enclosure');
      break;
    }
    case 'ofii-cover-letter': {
      if (!procedures.has('regroupement_familial'))
        errors.push(need('situation', 'this family does not go through regroupement familial'));
      if (errors.length) break;
      basis = [
        'CESEDA L434-1',
        'CESEDA L434-2',
        'CESEDA L434-3',
        'CESEDA L434-4',
        'CESEDA L434-7',
        'CESEDA R434-4',
        'CESEDA R434-5',
      ];
      w.head('letter.ofii-cover-letter.recipient', { department: w.ph('department') });
      w.add('paragraph', 'letter.salutation');
      w.add('paragraph', 'letter.ofii-cover-letter.intro');
      w.members('regroupement_familial');
      w.add('paragraph', 'letter.facts_intro');
      facts();
      w.add('heading', 'letter.enclosures');
      const list = buildChecklist(situation, assessment).procedures.find(
        (p) => p.id === 'regroupement_familial',
      );
      for (const item of list?.sponsor ?? [])
        w.add('item', 'letter.enclosure.item', { name: w.t(`doc.${item.id}.name`) });
      for (const m of list?.members ?? []) {
        const items = m.items.filter((i) => i.destination !== 'consulate');
        if (!items.length) continue;
        w.add('item', 'letter.enclosure.member_items', {
          name: w.realName(m.id) ?? w.ph('member_name'),
          relation: m.relation,
          birth: w.date(w.birth(m.id), 'birth_date'),
          items: items.map((i) => w.t(`doc.${i.id}.name`)).join(', '),
        });
      }
      w.add('paragraph', 'letter.ofii-cover-letter.receipt');
      w.close();
      break;
    }
  }
  if (errors.length) return { ok: false, errors };
  const placeholders = w.blocks.flatMap((b) => b.runs).filter((r) => r.placeholder).length;
  return {
    ok: true,
    letter: {
      kind,
      locale: input.locale,
      title: w.t(`letter.${kind}.title`),
      blocks: w.blocks,
      legalBasis: basis,
      placeholders,
      ...(deadline ? { deadline } : {}),
      ...(timeliness ? { timeliness } : {}),
      ...(w.remains ? { remains: w.remains } : {}),
    },
  };
}

function procedureBasis(procedure: ProcedureId): string[] {
  return {
    reunification_familiale: ['CESEDA L561-2', 'CESEDA L561-5'],
    regroupement_familial: ['CESEDA L434-1', 'CESEDA L434-2'],
    famille_ue: ['CESEDA L200-4', 'CESEDA L233-1'],
    famille_accompagnante: ['service-public.fr F35308'],
  }[procedure];
}
