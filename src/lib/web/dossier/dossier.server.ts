/**
 * The dossier pages of the simulator: documents, steps, deadlines and letters for the result the
 * person just saw. Like the interview, every post carries the whole state (answers and known dates)
 * in one hidden field; the server rebuilds the dossier from it and keeps nothing.
 */
import {
  buildDossier,
  computeDeadlines,
  type Dossier,
  EVENT_KEYS,
  type EventKey,
  FIRST_EVENT_DATE,
  type Events,
  LETTER_KINDS,
  type LetterKind,
  validateEvents,
  explainFigures,
} from '$lib/dossier';
import type { Situation } from '$lib/law';
import { ParameterCoverageError } from '$lib/law/parameters';
import { type DateError, partsOf, readDate } from '$lib/interview/dates';
import {
  type Answers,
  decodeState,
  encodeState,
  type KnownDates,
  type State,
} from '$lib/interview/answers';
import { situationOf } from '$lib/interview/situation';
import { namesOf, resultOf } from '$lib/interview/flow';
import { writeLetter } from '$lib/usecases';

/** Follow-ups of a visa refusal, asked once the refusal itself is a date the family may know. */
const AFTER_REFUSAL: EventKey[] = ['crrvAppealLodged', 'crrvRejectionNotified'];

type LetterStatus =
  /** `late`: the last day of the letter's time limit, when it has passed. */
  | { kind: LetterKind; status: 'ready'; late?: string }
  /** The dates the family would enter for this letter. */
  | { kind: LetterKind; status: 'needs'; events: EventKey[] }
  /** A letter about a silence that has not become a refusal yet: it can be sent from `from`. */
  | { kind: LetterKind; status: 'later'; from: string };

/** A letter's state, with the store figures its explanation states. */
export type LetterState = LetterStatus & { explain: Record<string, number> };

export interface EventError {
  key: EventKey;
  part?: 'day' | 'month' | 'year';
  message: DateError | 'date.beforeCoverage' | 'date.order';
  /** The event this one cannot come before. */
  after?: EventKey;
}

export interface DossierPage {
  /** The encoded state for the hidden field of every form of the page. */
  state: string;
  dossier: Dossier;
  situation: Situation;
  events: Events;
  names: Record<string, string>;
  /** The dates this family may know, in the order of the procedure. */
  asked: EventKey[];
  /** The typed values of the dates form (day, month, year by event). */
  values: Record<string, string>;
  errors: EventError[];
  letters: LetterState[];
  today: string;
}

/** The dates that matter for the family's procedures, known ones included. */
export function askedEvents(dossier: Dossier, situation: Situation, today: string): EventKey[] {
  const relevant = new Set(
    computeDeadlines(situation, dossier.assessment, {}, today).unknownEvents,
  );
  if (relevant.has('visaRefusalNotified')) for (const k of AFTER_REFUSAL) relevant.add(k);
  return EVENT_KEYS.filter((k) => relevant.has(k));
}

function valuesOf(events: KnownDates, keys: readonly EventKey[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const p = partsOf(events[k]);
    out[`ev.${k}.day`] = p.day;
    out[`ev.${k}.month`] = p.month;
    out[`ev.${k}.year`] = p.year;
  }
  return out;
}

/** Which letters this family can use now, which need a date first, and which do not concern it. */
export function lettersFor(
  dossier: Dossier,
  situation: Situation,
  events: Events,
  asked: EventKey[],
  today: string,
): LetterState[] {
  const out: LetterStatus[] = [];
  const documents = dossier.checklist.procedures.flatMap((p) => [
    ...p.sponsor,
    ...p.members.flatMap((m) => m.items),
  ]);
  const possessionEtat = documents.some(
    (d) =>
      d.id === 'money_transfer_statement' ||
      d.fallback === 'possession_etat' ||
      d.fallback === 'money_transfers',
  );
  for (const kind of LETTER_KINDS) {
    if (kind === 'money-transfer-statement' && !possessionEtat) continue;
    const built = writeLetter(
      kind,
      { situation, assessment: dossier.assessment, events, today },
      'fr',
    );
    if (built.ok) {
      const time = built.value.timeliness;
      out.push({
        kind,
        status: 'ready',
        ...(time?.status === 'late' ? { late: time.deadline.date } : {}),
      });
      continue;
    }
    // A letter whose needs are not dates of this family's procedures does not concern it.
    const needed = built.errors
      .map((e) => /^events\.([A-Za-z]+)$/.exec(e.path)?.[1] as EventKey | undefined)
      .filter((k): k is EventKey => k !== undefined && asked.includes(k));
    if (built.errors.some((e) => !e.path.startsWith('events.')) || needed.length === 0) continue;
    // A letter about a silence that has not become a refusal yet: it can be sent from that day.
    const silences: string[] =
      kind === 'crrv-appeal' ? ['visa_implicit_refusal'] : ['implicit_refusal', 'crrv_silence'];
    const silence = dossier.deadlines.deadlines.find(
      (d) => silences.includes(d.id) && d.date > today,
    );
    const given = needed.every((k) => events[k] !== undefined);
    if ((kind === 'implicit-refusal-reasons' || kind === 'crrv-appeal') && given && silence)
      out.push({ kind, status: 'later', from: silence.date });
    else if (!given) out.push({ kind, status: 'needs', events: needed });
  }
  return out.map((l) => ({ ...l, explain: explainFigures(l.kind, today) }));
}

export type Built =
  | { ok: true; page: DossierPage }
  /** The answers do not give a result (yet): the person goes back to the interview. */
  | { ok: false };

/**
 * The dossier for a state. Known dates that the engine refuses (order, or before its parameters)
 * are reported as errors of the dates form and left out of the deadlines.
 */
export function buildPage(
  state: State,
  today: string,
  extra: { values?: Record<string, string>; errors?: EventError[] } = {},
): Built {
  const result = resultOf(state.answers, today);
  const situation = situationOf(state.answers);
  if ('problems' in result || !situation) return { ok: false };
  const known = state.answers.dates ?? {};
  const checked = validateEvents(known);
  const errors: EventError[] = [...(extra.errors ?? [])];
  let events: Events = {};
  if (checked.ok) {
    const early = EVENT_KEYS.filter((k) => (checked.events[k] ?? '9999') < FIRST_EVENT_DATE);
    for (const key of early) errors.push({ key, message: 'date.beforeCoverage', part: 'year' });
    events = Object.fromEntries(
      Object.entries(checked.events).filter(([k]) => !early.includes(k as EventKey)),
    );
  } else {
    for (const e of checked.errors) {
      const key = e.path.split('.')[1] as EventKey;
      const after = /^is before ([A-Za-z]+)/.exec(e.message)?.[1] as EventKey | undefined;
      if (EVENT_KEYS.includes(key)) errors.push({ key, message: 'date.order', after });
    }
  }
  let dossier: Dossier;
  try {
    dossier = buildDossier({ situation, events, assessment: result.assessment, today });
  } catch (e) {
    if (!(e instanceof ParameterCoverageError)) throw e;
    events = {};
    dossier = buildDossier({ situation, events, assessment: result.assessment, today });
  }
  const asked = askedEvents(dossier, situation, today);
  for (const k of EVENT_KEYS) if (known[k] !== undefined && !asked.includes(k)) asked.push(k);
  return {
    ok: true,
    page: {
      state: encodeState(state),
      dossier,
      situation,
      events,
      names: namesOf(state.answers),
      asked,
      values: extra.values ?? valuesOf(known, asked),
      errors: dedupe(errors),
      letters: lettersFor(dossier, situation, events, asked, today),
      today,
    },
  };
}

function dedupe(errors: EventError[]): EventError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.key) ? false : (seen.add(e.key), true)));
}

/**
 * The dates form: each date read like the interview's dates (empty = not known). Valid dates are
 * kept in the state even when another one has an error, so nothing typed is lost.
 */
export function withDates(
  state: State,
  form: FormData,
): { state: State; values: Record<string, string>; errors: EventError[] } {
  const values: Record<string, string> = {};
  const errors: EventError[] = [];
  const known: KnownDates = { ...(state.answers.dates ?? {}) };
  const keys = EVENT_KEYS.filter((k) => form.has(`ev.${k}.day`));
  for (const key of keys) {
    const raw = (part: string) => String(form.get(`ev.${key}.${part}`) ?? '').slice(0, 20);
    const parts = { day: raw('day'), month: raw('month'), year: raw('year') };
    values[`ev.${key}.day`] = parts.day;
    values[`ev.${key}.month`] = parts.month;
    values[`ev.${key}.year`] = parts.year;
    const read = readDate(parts, true);
    if (!read.ok) {
      errors.push({ key, message: read.error, ...(read.part ? { part: read.part } : {}) });
      continue;
    }
    if (read.iso === null) delete known[key];
    else known[key] = read.iso;
  }
  const answers: Answers = { ...state.answers, dates: known };
  if (Object.keys(known).length === 0) delete answers.dates;
  return { state: { ...state, answers }, values, errors };
}

/** A post's state, or undefined when it is absent or damaged. */
export function stateOf(form: FormData): State | undefined {
  return decodeState(form.get('state'));
}

/**
 * The dossier with the names people gave instead of the interview's member keys (m1, m2…), for the
 * files a person keeps: the calendar and the summary. Only the words change, never a result.
 */
export function namedDossier(page: DossierPage, unnamed: (n: number) => string): Dossier {
  const { assessment, deadlines } = page.dossier;
  const ids = assessment.members.map((m) => m.id);
  const name = (id: string) => page.names[id]?.trim() || unnamed(ids.indexOf(id) + 1);
  return {
    ...page.dossier,
    assessment: {
      ...assessment,
      members: assessment.members.map((m) => ({ ...m, id: name(m.id) })),
      missing: assessment.missing.map((f) =>
        f.memberId === undefined ? f : { ...f, memberId: name(f.memberId) },
      ),
      procedures: assessment.procedures.map((p) => ({
        ...p,
        memberIds: p.memberIds.map(name),
      })),
    },
    deadlines: {
      ...deadlines,
      deadlines: deadlines.deadlines.map((d) =>
        d.memberId ? { ...d, memberId: name(d.memberId) } : d,
      ),
    },
  };
}
