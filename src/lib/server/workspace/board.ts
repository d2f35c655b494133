/**
 * Across the organisation's families: every deadline of every open case from `today` on, the nearest
 * first, optionally for one worker's cases. Recomputed from the cases' data each time.
 */
import { todayInFrance } from '../today';
import { audit } from './audit';
import { upcomingDeadlines } from './case-file';
import { openCaseContents } from './cases';
import type { Workspace } from './context';
import type { Actor, BoardEntry } from './types';

export async function boardEntries(
  ws: Workspace,
  orgId: string,
  options: { workerId?: string; today: string },
): Promise<BoardEntry[]> {
  const cases = await openCaseContents(ws, orgId, options.workerId);
  return cases
    .flatMap(({ row, content }) =>
      upcomingDeadlines(content, options.today).map((deadline) => ({
        caseId: row.id,
        workerId: row.worker_id,
        sponsorName: content.sponsor.name,
        memberName:
          deadline.memberId === undefined ? null : (content.names[deadline.memberId] ?? null),
        deadline,
      })),
    )
    .sort(
      (a, b) => a.deadline.date.localeCompare(b.deadline.date) || a.caseId.localeCompare(b.caseId),
    );
}

/** The organisation's deadlines board (`workerId`: only that worker's cases). */
export async function deadlinesBoard(
  ws: Workspace,
  actor: Actor,
  options: { workerId?: string; today?: string } = {},
): Promise<BoardEntry[]> {
  const today = options.today ?? todayInFrance(ws.now());
  const entries = await boardEntries(ws, actor.orgId, { ...options, today });
  await audit(ws.db, ws.now(), { orgId: actor.orgId, userId: actor.userId, action: 'board.read' });
  return entries;
}
