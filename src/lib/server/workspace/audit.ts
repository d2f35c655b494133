/**
 * The audit log: who read or changed which case, and when. Append-only (the database refuses UPDATE and
 * DELETE on the table) and content-free: an action name, ids and an instant, never a name or a note.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import type { Workspace } from './context';
import { ADMINS_ONLY, type Actor, type AuditLine, done, NOT_FOUND, type Outcome } from './types';

export const AUDIT_ACTIONS = [
  'case.create',
  'case.read',
  'case.update',
  'case.export',
  'case.erase',
  'case.purge',
  'case.audit',
  'cases.list',
  'board.read',
  'calendar.read',
  'member.add',
  'member.remove',
  'organisation.retention',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export async function audit(
  db: Kysely<Database>,
  at: Date,
  entry: { orgId: string; userId: string | null; caseId?: string | null; action: AuditAction },
): Promise<void> {
  await db
    .insertInto('audit')
    .values({
      org_id: entry.orgId,
      user_id: entry.userId,
      case_id: entry.caseId ?? null,
      action: entry.action,
      at,
    })
    .execute();
}

const line = (r: {
  id: number | string;
  user_id: string | null;
  case_id: string | null;
  action: string;
  at: Date;
}): AuditLine => ({
  id: Number(r.id),
  userId: r.user_id,
  caseId: r.case_id,
  action: r.action,
  at: r.at.toISOString(),
});

/** A case's audit trail, oldest first (administrators only); kept after the case is erased. */
export async function caseAudit(
  ws: Workspace,
  actor: Actor,
  caseId: string,
): Promise<Outcome<AuditLine[]>> {
  const found = await ws.db
    .selectFrom('cases')
    .select('id')
    .where('id', '=', caseId)
    .where('org_id', '=', actor.orgId)
    .executeTakeFirst();
  if (!found) return NOT_FOUND;
  if (actor.role !== 'admin') return ADMINS_ONLY;
  const rows = await ws.db
    .selectFrom('audit')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  await audit(ws.db, ws.now(), {
    orgId: actor.orgId,
    userId: actor.userId,
    caseId,
    action: 'case.audit',
  });
  return done(rows.map(line));
}

/** The organisation's whole audit log, newest first (administrators only). */
export async function organisationAudit(
  ws: Workspace,
  actor: Actor,
  options: { limit?: number } = {},
): Promise<Outcome<AuditLine[]>> {
  if (actor.role !== 'admin') return ADMINS_ONLY;
  const rows = await ws.db
    .selectFrom('audit')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .orderBy('id', 'desc')
    .limit(Math.min(Math.max(options.limit ?? 500, 1), 5000))
    .execute();
  return done(rows.map(line));
}
