/**
 * The deadlines board of an association: every deadline of every open case, each computed by the
 * same `buildFile` as the family's own file, on the same `today`. Pure: the cases and the date are
 * inputs.
 */
import type { Deadline } from '../dossier';
import type { Problem } from '../law/problem';
import { buildFile } from './dossier';

/** The window the board shows first, in days from today. */
export const BOARD_WINDOW_DAYS = 30;

export interface BoardCase {
  id: string;
  label: string;
  /** Who follows the case (an account id or name, as the caller has it). */
  worker: string;
  situation: unknown;
  events?: unknown;
  /** A closed case is left off the board. */
  closed?: boolean;
}

/**
 * `soon`: within the window; `overdue`: a last day that has passed; `later`: after the window. A past
 * date that is not a last day (a silence that became a refusal, a period that opened) asks nothing
 * more of the worker and is left off the board (the case's file still shows it).
 */
export type BoardWhen = 'soon' | 'overdue' | 'later';

export interface BoardEntry {
  caseId: string;
  label: string;
  worker: string;
  deadline: Deadline;
  when: BoardWhen;
}

export interface BoardCaseSummary {
  id: string;
  label: string;
  worker: string;
  /** The first deadline from today on, if any. */
  next?: Deadline;
  /** How many of its last days have passed. */
  overdue: number;
  /** Why its file cannot be computed (data that no longer reads), if it cannot. */
  problems?: Problem[];
}

export interface Board {
  today: string;
  /** Within the window (by date), then overdue (most recent first), then later (by date). */
  entries: BoardEntry[];
  /** The open cases, the ones with the nearest next deadline first, those without one last. */
  cases: BoardCaseSummary[];
}

const RANK: Record<BoardWhen, number> = { soon: 0, overdue: 1, later: 2 };

function whenOf(d: Deadline): BoardWhen | undefined {
  if (d.daysLeft < 0) return d.kind === 'last_day' ? 'overdue' : undefined;
  return d.daysLeft <= BOARD_WINDOW_DAYS ? 'soon' : 'later';
}

function byBoardOrder(a: BoardEntry, b: BoardEntry): number {
  if (a.when !== b.when) return RANK[a.when] - RANK[b.when];
  const byDate =
    a.when === 'overdue'
      ? b.deadline.date.localeCompare(a.deadline.date)
      : a.deadline.date.localeCompare(b.deadline.date);
  return byDate || a.label.localeCompare(b.label) || a.caseId.localeCompare(b.caseId);
}

/** The board of these cases on `today`, for one worker when `worker` is given. */
export function buildBoard(
  cases: readonly BoardCase[],
  today: string,
  options: { worker?: string } = {},
): Board {
  const entries: BoardEntry[] = [];
  const summaries: BoardCaseSummary[] = [];
  for (const c of cases) {
    if (c.closed) continue;
    if (options.worker !== undefined && c.worker !== options.worker) continue;
    const base = { id: c.id, label: c.label, worker: c.worker };
    const file = buildFile({ situation: c.situation, events: c.events ?? {} }, today);
    if (!file.ok) {
      summaries.push({ ...base, overdue: 0, problems: file.errors });
      continue;
    }
    const deadlines = file.value.deadlines.deadlines;
    for (const deadline of deadlines) {
      const when = whenOf(deadline);
      if (when) entries.push({ caseId: c.id, label: c.label, worker: c.worker, deadline, when });
    }
    const next = deadlines
      .filter((d) => d.daysLeft >= 0)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    summaries.push({
      ...base,
      ...(next ? { next } : {}),
      overdue: deadlines.filter((d) => whenOf(d) === 'overdue').length,
    });
  }
  summaries.sort(
    (a, b) =>
      (a.next ? 0 : 1) - (b.next ? 0 : 1) ||
      (a.next && b.next ? a.next.date.localeCompare(b.next.date) : 0) ||
      a.label.localeCompare(b.label),
  );
  return { today, entries: entries.sort(byBoardOrder), cases: summaries };
}
