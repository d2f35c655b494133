/**
 * The pages of the guided interview as data: for a state, which page to show and what it holds (the
 * question and the values typed, the member list, the check rows, the result). The views in
 * `src/lib/web/` draw them.
 */
import type { Assessment, Problem } from '../law';
import { nextActions, type NextActions } from '../dossier/next';
import { type Answers, encodeState, type Mode, type State } from './answers';
import { partsOf } from './dates';
import { type CommuneChoice, type FieldError, inputName, type RawValues } from './parse';
import {
  hintFigures,
  labelFigures,
  type MessageFigures,
  type Question,
  question,
  relation,
} from './questions';
import { readingOf } from './reading';
import { answerOf, memberComplete, nextStep, type QuestionStep, steps } from './routing';

export interface MemberSummary {
  index: number;
  key: string;
  name: string;
  relation: string | undefined;
  complete: boolean;
}

export interface CheckRow {
  question: string;
  /** The member's place in the list, for a member's question. */
  memberIndex?: number;
  answer: Record<string, unknown>;
}

interface Base {
  /** The encoded state, for what the page hands on (the dossier, the answers kept on the device). */
  state: string;
  /**
   * The address (query string) of the page before this one, for the page's Back link; null before
   * the first question (the start page). Set by `pageAt`.
   */
  back?: string | null;
  answers: Answers;
  mode: Mode;
}

export type View =
  | (Base & {
      view: 'question';
      question: string;
      memberIndex?: number;
      member?: MemberSummary;
      errors: FieldError[];
      values: RawValues;
      choices?: CommuneChoice[];
      /** The store's figures its hints and option labels state, on today's date, by message key. */
      figures: MessageFigures;
    })
  | (Base & { view: 'members'; members: MemberSummary[]; errors: FieldError[] })
  | (Base & {
      view: 'check';
      sponsor: CheckRow[];
      members: { member: MemberSummary; rows: CheckRow[] }[];
      problems: Problem[];
      /** The store's figures the option labels state, on today's date, by message key. */
      figures: MessageFigures;
    })
  | (Base & {
      view: 'result' | 'print';
      assessment: Assessment;
      names: Record<string, string>;
      /** The first steps and the nearest deadline, for the first screen of the result. */
      next: NextActions | null;
    });

export function summaries(a: Answers, today: string): MemberSummary[] {
  return a.members.map((m, index) => ({
    index,
    key: m.key,
    name: typeof m.answers.relation?.name === 'string' ? m.answers.relation.name : '',
    relation: relation(m),
    complete: memberComplete(a, index, today),
  }));
}

/** What the person typed before, as the form's raw values. */
export function valuesOf(q: Question, answer: Record<string, unknown> | undefined): RawValues {
  const out: RawValues = {};
  if (!answer) return out;
  for (const f of q.fields) {
    const v = answer[f.name];
    if (f.kind === 'date') {
      const p = partsOf(typeof v === 'string' ? v : null);
      out[inputName(f.name, 'day')] = p.day;
      out[inputName(f.name, 'month')] = p.month;
      out[inputName(f.name, 'year')] = p.year;
      if (f.approximate && p.year && !p.day) out[inputName(f.name, 'approx')] = 'yes';
    } else if (f.kind === 'commune') {
      out[inputName(f.name, 'q')] = typeof answer.name === 'string' ? answer.name : '';
    } else if (f.kind === 'country') {
      out[inputName(f.name)] = v === null ? 'unknown' : typeof v === 'string' ? v : '';
    } else if (Array.isArray(v)) out[inputName(f.name)] = v;
    else if (v !== null && v !== undefined) out[inputName(f.name)] = String(v);
  }
  return out;
}

/** The page for a state. */
export function render(state: State, today: string, extra: Partial<View> = {}): View {
  const base: Base = { state: encodeState(state), answers: state.answers, mode: state.mode };
  const { answers: a, step } = state;
  if ('page' in step) {
    if (step.page === 'members') {
      return {
        ...base,
        view: 'members',
        members: summaries(a, today),
        errors: [],
        ...extra,
      } as View;
    }
    if (step.page === 'check') return { ...base, ...checkView(a, today) };
    const reading = readingOf(a, today);
    if (!reading.assessment) {
      return { ...base, ...checkView(a, today), problems: reading.problems };
    }
    return {
      ...base,
      view: (extra as { view?: string }).view === 'print' ? 'print' : 'result',
      assessment: reading.assessment,
      names: namesOf(a),
      next: nextActions(reading.situation, reading.assessment, a.dates ?? {}, today),
    };
  }
  const q = question(step.question);
  const members = summaries(a, today);
  const member = step.member === undefined ? undefined : members[step.member];
  if (!q) return render({ ...state, step: nextStep(a, today) }, today);
  return {
    ...base,
    view: 'question',
    question: q.id,
    ...(step.member === undefined ? {} : { memberIndex: step.member }),
    ...(member ? { member } : {}),
    errors: [],
    values: valuesOf(q, answerOf(a, q.id, step.member)),
    figures: hintFigures(q, today),
    ...extra,
  } as View;
}

export function namesOf(a: Answers): Record<string, string> {
  return Object.fromEntries(
    a.members.map((m) => [
      m.key,
      typeof m.answers.relation?.name === 'string' ? m.answers.relation.name : '',
    ]),
  );
}

function checkView(a: Answers, today: string) {
  const all = steps(a, today);
  const rows = (member?: number): CheckRow[] =>
    all
      .filter((s): s is QuestionStep => 'question' in s && s.member === member)
      .filter((s) => answerOf(a, s.question, s.member) !== undefined)
      .map((s) => ({
        question: s.question,
        ...(member === undefined ? {} : { memberIndex: member }),
        answer: answerOf(a, s.question, member) ?? {},
      }));
  const members = summaries(a, today);
  return {
    view: 'check' as const,
    sponsor: rows(),
    members: members.map((member) => ({ member, rows: rows(member.index) })),
    problems: [] as Problem[],
    figures: labelFigures(today),
  };
}

/** The assessment of the answers, or the problems that keep the engine from giving one. */
export function resultOf(
  a: Answers,
  today: string,
): { assessment: Assessment } | { problems: Problem[] } {
  const reading = readingOf(a, today);
  return reading.assessment ? { assessment: reading.assessment } : { problems: reading.problems };
}
