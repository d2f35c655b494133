/**
 * A case's assessment and file (steps, deadlines, documents), recomputed from its data and a date by
 * the simulator's use cases every time they are asked for: never stored, so they always follow the
 * rules in force and the case's latest data.
 */
import type { Deadline, Dossier } from '../../dossier';
import type { Problem } from '../../law/problem';
import { buildFile } from '../../usecases';
import type { CaseContent } from './types';

export type CaseFile = { ok: true; value: Dossier } | { ok: false; errors: Problem[] };

/** The file of the case on `today` (YYYY-MM-DD), or the problems that prevent it. */
export const caseFile = (content: CaseContent, today: string): CaseFile =>
  buildFile({ situation: content.situation, events: content.events }, today);

/** The deadlines from `today` on, the nearest first. */
export function upcomingDeadlines(content: CaseContent, today: string): Deadline[] {
  const file = caseFile(content, today);
  if (!file.ok) return [];
  return file.value.deadlines.deadlines
    .filter((d) => d.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
}
