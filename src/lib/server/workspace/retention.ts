/**
 * Closed cases are purged once their organisation's retention period has passed since they were
 * closed: content deleted, the row kept as `erased` with its audit trail and a `case.purge` line.
 * Runs at start and periodically (hooks.server.ts); the instant is an input, so it can be tested.
 */
import { sql } from 'kysely';
import { audit } from './audit';
import type { Workspace } from './context';

/** Purges what is due at `now`; returns the ids of the purged cases. */
export async function purgeExpiredCases(ws: Workspace, now = ws.now()): Promise<string[]> {
  const due = await ws.db
    .selectFrom('cases')
    .innerJoin('organisations', 'organisations.id', 'cases.org_id')
    .select(['cases.id', 'cases.org_id'])
    .where('cases.status', '=', 'closed')
    .where(
      'cases.closed_at',
      '<=',
      sql<Date>`${now}::timestamptz - make_interval(days => organisations.retention_days)`,
    )
    .execute();
  const purged: string[] = [];
  for (const c of due)
    await ws.db.transaction().execute(async (tx) => {
      const done = await tx
        .updateTable('cases')
        .set({ status: 'erased', content: null, worker_id: null, updated_at: now })
        .where('id', '=', c.id)
        .where('status', '=', 'closed')
        .executeTakeFirst();
      // another instance may have purged it in the meantime: one audit line per purge
      if (done.numUpdatedRows === 0n) return;
      await audit(tx, now, { orgId: c.org_id, userId: null, caseId: c.id, action: 'case.purge' });
      purged.push(c.id);
    });
  return purged;
}
