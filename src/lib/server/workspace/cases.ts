/**
 * Cases: one family each, owned by one organisation. Every query names the actor's organisation, so
 * a case of another organisation is "not found" (404), never "forbidden". The content is encrypted
 * with the case's id and organisation as additional data; every read and change is audited.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../store/schema';
import { todayInFrance } from '../today';
import { audit } from './audit';
import { checkFile, parseCasePatch, parseNewCase, zodProblems } from './case-input';
import { upcomingDeadlines } from './case-file';
import type { Workspace } from './context';
import { decrypt, encrypt } from './crypto';
import {
  type Actor,
  type CaseContent,
  type CaseRecord,
  type CaseSummary,
  done,
  failed,
  NOT_FOUND,
  type Outcome,
} from './types';

interface CaseRow {
  id: string;
  org_id: string;
  worker_id: string | null;
  status: 'open' | 'closed' | 'erased';
  content: string | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
}

/** The additional data of a case's ciphertext: it only opens as this case of this organisation. */
export const caseContext = (orgId: string, caseId: string) => `case:${orgId}:${caseId}`;

export const sealContent = (ws: Workspace, orgId: string, caseId: string, content: CaseContent) =>
  encrypt(ws.keys, JSON.stringify(content), caseContext(orgId, caseId));

export const openContent = (ws: Workspace, row: CaseRow): CaseContent =>
  JSON.parse(decrypt(ws.keys, row.content!, caseContext(row.org_id, row.id))) as CaseContent;

const isId = (id: string) => z.uuid().safeParse(id).success;

function recordOf(ws: Workspace, row: CaseRow): CaseRecord {
  return {
    id: row.id,
    status: row.status === 'closed' ? 'closed' : 'open',
    workerId: row.worker_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    closedAt: row.closed_at?.toISOString() ?? null,
    ...openContent(ws, row),
  };
}

/**
 * The case's row if it is the actor's organisation's and not erased. `forUpdate` (inside a
 * transaction) locks it, so that two changes at once (two notes) apply one after the other.
 */
async function findRow(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<CaseRow | undefined> {
  if (!isId(id)) return undefined;
  const query = db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where('org_id', '=', actor.orgId)
    .where('status', '!=', 'erased');
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst();
}

async function workerOfOrg(db: Kysely<Database>, actor: Actor, workerId: string) {
  return db
    .selectFrom('users')
    .select('id')
    .where('id', '=', workerId)
    .where('org_id', '=', actor.orgId)
    .executeTakeFirst();
}

const noWorker = failed(400, [{ path: 'workerId', message: 'not a member of this organisation' }]);

/** Creates a case (the worker defaults to the actor). `today`: for a situation without a date. */
export async function createCase(
  ws: Workspace,
  actor: Actor,
  input: unknown,
  today = todayInFrance(ws.now()),
): Promise<Outcome<CaseRecord>> {
  const parsed = parseNewCase(input);
  if (!parsed.success) return failed(400, zodProblems(parsed.error));
  const data = parsed.data;
  const file = checkFile(data.situation, data.events, today);
  if (!file.ok) return failed(400, file.errors);
  const workerId = data.workerId === undefined ? actor.userId : data.workerId;
  if (workerId !== null && !(await workerOfOrg(ws.db, actor, workerId))) return noWorker;
  const id = randomUUID();
  const now = ws.now();
  const content: CaseContent = {
    situation: file.situation,
    events: file.events,
    names: data.names ?? {},
    sponsor: data.sponsor ?? { name: '', address: '' },
    documents: data.documents ?? [],
    notes: data.note
      ? [{ id: randomUUID(), at: now.toISOString(), authorId: actor.userId, text: data.note }]
      : [],
  };
  const row: CaseRow = {
    id,
    org_id: actor.orgId,
    worker_id: workerId,
    status: 'open',
    content: sealContent(ws, actor.orgId, id, content),
    created_at: now,
    updated_at: now,
    closed_at: null,
  };
  await ws.db.transaction().execute(async (tx) => {
    await tx.insertInto('cases').values(row).execute();
    await audit(tx, now, {
      orgId: actor.orgId,
      userId: actor.userId,
      caseId: id,
      action: 'case.create',
    });
  });
  return done(recordOf(ws, row));
}

/** One case of the actor's organisation, or 404. The read is audited. */
export async function getCase(
  ws: Workspace,
  actor: Actor,
  id: string,
): Promise<Outcome<CaseRecord>> {
  const row = await findRow(ws.db, actor, id);
  if (!row) return NOT_FOUND;
  await audit(ws.db, ws.now(), {
    orgId: actor.orgId,
    userId: actor.userId,
    caseId: id,
    action: 'case.read',
  });
  return done(recordOf(ws, row));
}

/**
 * Changes a case: the fields sent replace the case's (`situation` and `events` are checked together),
 * `note` adds a note, `status` closes or reopens it.
 */
export async function updateCase(
  ws: Workspace,
  actor: Actor,
  id: string,
  patch: unknown,
  today = todayInFrance(ws.now()),
): Promise<Outcome<CaseRecord>> {
  const parsed = parseCasePatch(patch);
  if (!parsed.success) return failed(400, zodProblems(parsed.error));
  const data = parsed.data;
  return ws.db.transaction().execute(async (tx): Promise<Outcome<CaseRecord>> => {
    const row = await findRow(tx, actor, id, true);
    if (!row) return NOT_FOUND;
    const content = openContent(ws, row);
    if (data.situation !== undefined || data.events !== undefined) {
      const file = checkFile(
        data.situation ?? content.situation,
        data.events ?? content.events,
        today,
      );
      if (!file.ok) return failed(400, file.errors);
      content.situation = file.situation;
      content.events = file.events;
    }
    if (data.names) content.names = data.names;
    if (data.sponsor) content.sponsor = data.sponsor;
    if (data.documents) content.documents = data.documents;
    const now = ws.now();
    if (data.note)
      content.notes.push({
        id: randomUUID(),
        at: now.toISOString(),
        authorId: actor.userId,
        text: data.note,
      });
    let workerId = row.worker_id;
    if (data.workerId !== undefined) {
      if (data.workerId !== null && !(await workerOfOrg(tx, actor, data.workerId))) return noWorker;
      workerId = data.workerId;
    }
    const status = data.status ?? (row.status === 'closed' ? 'closed' : 'open');
    const closedAt = status === 'closed' ? (row.status === 'closed' ? row.closed_at : now) : null;
    const updated: CaseRow = {
      ...row,
      worker_id: workerId,
      status,
      content: sealContent(ws, actor.orgId, id, content),
      updated_at: now,
      closed_at: closedAt,
    };
    await tx
      .updateTable('cases')
      .set({
        worker_id: updated.worker_id,
        status: updated.status,
        content: updated.content,
        updated_at: now,
        closed_at: closedAt,
      })
      .where('id', '=', id)
      .where('org_id', '=', actor.orgId)
      .execute();
    await audit(tx, now, {
      orgId: actor.orgId,
      userId: actor.userId,
      caseId: id,
      action: 'case.update',
    });
    return done(recordOf(ws, updated));
  });
}

/** Erases a case's content for good; the row stays as `erased` with its audit trail. */
export async function eraseCase(ws: Workspace, actor: Actor, id: string): Promise<Outcome<null>> {
  return ws.db.transaction().execute(async (tx): Promise<Outcome<null>> => {
    const row = await findRow(tx, actor, id, true);
    if (!row) return NOT_FOUND;
    const now = ws.now();
    await tx
      .updateTable('cases')
      .set({ status: 'erased', content: null, worker_id: null, updated_at: now })
      .where('id', '=', id)
      .where('org_id', '=', actor.orgId)
      .execute();
    await audit(tx, now, {
      orgId: actor.orgId,
      userId: actor.userId,
      caseId: id,
      action: 'case.erase',
    });
    return done(null);
  });
}

/** The organisation's cases with each one's next deadline (open ones by default; `workerId` filters). */
export async function listCases(
  ws: Workspace,
  actor: Actor,
  options: { status?: 'open' | 'closed'; workerId?: string; today?: string } = {},
): Promise<CaseSummary[]> {
  const today = options.today ?? todayInFrance(ws.now());
  let query = ws.db
    .selectFrom('cases')
    .selectAll()
    .where('org_id', '=', actor.orgId)
    .where('status', '=', options.status ?? 'open');
  if (options.workerId !== undefined) {
    if (!isId(options.workerId)) return [];
    query = query.where('worker_id', '=', options.workerId);
  }
  const rows = await query.orderBy('updated_at', 'desc').execute();
  await audit(ws.db, ws.now(), { orgId: actor.orgId, userId: actor.userId, action: 'cases.list' });
  return rows
    .map((row) => {
      const content = openContent(ws, row);
      return {
        id: row.id,
        status: row.status === 'closed' ? ('closed' as const) : ('open' as const),
        workerId: row.worker_id,
        sponsorName: content.sponsor.name,
        updatedAt: row.updated_at.toISOString(),
        nextDeadline: upcomingDeadlines(content, today)[0] ?? null,
      };
    })
    .sort((a, b) => (a.nextDeadline?.date ?? '9999').localeCompare(b.nextDeadline?.date ?? '9999'));
}

/** Rows of open cases with their content, for the board and the calendar (no audit line here). */
export async function openCaseContents(
  ws: Workspace,
  orgId: string,
  workerId?: string,
): Promise<{ row: CaseRow; content: CaseContent }[]> {
  let query = ws.db
    .selectFrom('cases')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('status', '=', 'open');
  if (workerId !== undefined) {
    if (!isId(workerId)) return [];
    query = query.where('worker_id', '=', workerId);
  }
  const rows = await query.execute();
  return rows.map((row) => ({ row, content: openContent(ws, row) }));
}

export { findRow, recordOf, type CaseRow };
