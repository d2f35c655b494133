/**
 * Organisations and their members. A person belongs to one organisation, as `admin` (manages the
 * members and the retention period, reads the audit log) or `worker`. `createUser` is the bootstrap
 * (the `reunir users add` command): it creates the organisation when it does not exist yet.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Problem } from '../../law/problem';
import { audit } from './audit';
import type { Workspace } from './context';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords';
import {
  ADMINS_ONLY,
  type Actor,
  done,
  failed,
  type Member,
  type Organisation,
  type Outcome,
  ROLES,
} from './types';

export const NewMemberSchema = z.strictObject({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .regex(/^[^\s@]+@[^\s@]+$/, 'expected an e-mail address'),
  role: z.enum(ROLES),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(MAX_PASSWORD_LENGTH),
});
export type NewMember = z.input<typeof NewMemberSchema>;

export const OrganisationNameSchema = z.string().trim().min(1).max(200);
export const RetentionSchema = z.strictObject({
  retentionDays: z.number().int().min(1).max(36500),
});

const problemsOf = (error: z.ZodError): Problem[] =>
  error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));

async function insertUser(
  ws: Workspace,
  orgId: string,
  member: z.output<typeof NewMemberSchema>,
): Promise<Outcome<Member>> {
  const taken = await ws.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', member.email)
    .executeTakeFirst();
  if (taken)
    return failed(409, [{ path: 'email', message: 'this address already has an account' }]);
  const id = randomUUID();
  const createdAt = ws.now();
  await ws.db
    .insertInto('users')
    .values({
      id,
      org_id: orgId,
      email: member.email,
      role: member.role,
      password_hash: await hashPassword(member.password),
      totp_secret: null,
      created_at: createdAt,
    })
    .execute();
  return done({
    userId: id,
    email: member.email,
    role: member.role,
    totp: false,
    createdAt: createdAt.toISOString(),
  });
}

/** Bootstrap: a member of the organisation named `org`, created first if needed. */
export async function createUser(
  ws: Workspace,
  input: { org: string; email: string; role: string; password: string },
): Promise<Outcome<Member & { orgId: string; orgCreated: boolean }>> {
  const name = OrganisationNameSchema.safeParse(input.org);
  const member = NewMemberSchema.safeParse({
    email: input.email,
    role: input.role,
    password: input.password,
  });
  if (!name.success || !member.success)
    return failed(400, [
      ...(name.success ? [] : problemsOf(name.error).map((p) => ({ ...p, path: 'org' }))),
      ...(member.success ? [] : problemsOf(member.error)),
    ]);
  let org = await ws.db
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', name.data)
    .executeTakeFirst();
  const orgCreated = !org;
  if (!org) {
    org = { id: randomUUID() };
    await ws.db
      .insertInto('organisations')
      .values({ id: org.id, name: name.data, retention_days: 365, created_at: ws.now() })
      .execute();
  }
  const added = await insertUser(ws, org.id, member.data);
  if (!added.ok) return added;
  await audit(ws.db, ws.now(), { orgId: org.id, userId: null, action: 'member.add' });
  return done({ ...added.value, orgId: org.id, orgCreated });
}

export async function getOrganisation(ws: Workspace, actor: Actor): Promise<Organisation> {
  const org = await ws.db
    .selectFrom('organisations')
    .select(['id', 'name', 'retention_days'])
    .where('id', '=', actor.orgId)
    .executeTakeFirstOrThrow();
  return { id: org.id, name: org.name, retentionDays: org.retention_days };
}

/** The organisation's members (every member may see who the others are, to assign cases). */
export async function listMembers(ws: Workspace, actor: Actor): Promise<Member[]> {
  const rows = await ws.db
    .selectFrom('users')
    .select(['id', 'email', 'role', 'totp_secret', 'created_at'])
    .where('org_id', '=', actor.orgId)
    .orderBy('email')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    email: r.email,
    role: r.role,
    totp: r.totp_secret !== null,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function addMember(
  ws: Workspace,
  actor: Actor,
  input: unknown,
): Promise<Outcome<Member>> {
  if (actor.role !== 'admin') return ADMINS_ONLY;
  const member = NewMemberSchema.safeParse(input);
  if (!member.success) return failed(400, problemsOf(member.error));
  const added = await insertUser(ws, actor.orgId, member.data);
  if (added.ok)
    await audit(ws.db, ws.now(), {
      orgId: actor.orgId,
      userId: actor.userId,
      action: 'member.add',
    });
  return added;
}

/** Removes a member (their sessions and calendar feed end; their cases lose their worker). */
export async function removeMember(
  ws: Workspace,
  actor: Actor,
  userId: string,
): Promise<Outcome<null>> {
  if (actor.role !== 'admin') return ADMINS_ONLY;
  if (userId === actor.userId)
    return failed(409, [{ path: 'id', message: 'an administrator cannot remove themselves' }]);
  if (!z.uuid().safeParse(userId).success)
    return failed(404, [{ path: 'id', message: 'no such member' }]);
  const removed = await ws.db.transaction().execute(async (tx) => {
    const found = await tx
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('org_id', '=', actor.orgId)
      .executeTakeFirst();
    if (!found) return false;
    await tx.deleteFrom('users').where('id', '=', userId).execute();
    await audit(tx, ws.now(), {
      orgId: actor.orgId,
      userId: actor.userId,
      action: 'member.remove',
    });
    return true;
  });
  return removed ? done(null) : failed(404, [{ path: 'id', message: 'no such member' }]);
}

/** How long closed cases are kept before they are purged. */
export async function setRetention(
  ws: Workspace,
  actor: Actor,
  input: unknown,
): Promise<Outcome<Organisation>> {
  if (actor.role !== 'admin') return ADMINS_ONLY;
  const parsed = RetentionSchema.safeParse(input);
  if (!parsed.success) return failed(400, problemsOf(parsed.error));
  await ws.db
    .updateTable('organisations')
    .set({ retention_days: parsed.data.retentionDays })
    .where('id', '=', actor.orgId)
    .execute();
  await audit(ws.db, ws.now(), {
    orgId: actor.orgId,
    userId: actor.userId,
    action: 'organisation.retention',
  });
  return done(await getOrganisation(ws, actor));
}

export { problemsOf };
