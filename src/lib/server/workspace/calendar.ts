/**
 * A worker's private calendar feed: the deadlines of the cases they follow, as an `.ics` file at a
 * secret URL a calendar application subscribes to. The URL's token is random, stored hashed, one per
 * worker; making a new one revokes the old one.
 */
import { randomBytes } from 'node:crypto';
import type { DeadlineList } from '../../dossier';
import type { Locale } from '../../i18n';
import { deadlinesIcs } from '../ics';
import { todayInFrance } from '../today';
import { audit } from './audit';
import { hashToken } from './auth';
import { boardEntries } from './board';
import type { Workspace } from './context';
import type { Actor } from './types';

/** A case's short reference, as the calendar shows it: the first part of its id. */
export const caseReference = (caseId: string) => caseId.slice(0, 8);

/** A new feed token for the actor (the previous one stops working). Shown once: keep the URL. */
export async function createCalendarToken(ws: Workspace, actor: Actor): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await ws.db.transaction().execute(async (tx) => {
    await tx.deleteFrom('calendar_tokens').where('user_id', '=', actor.userId).execute();
    await tx
      .insertInto('calendar_tokens')
      .values({ token_hash: hashToken(token), user_id: actor.userId, created_at: ws.now() })
      .execute();
  });
  return token;
}

export async function revokeCalendarToken(ws: Workspace, actor: Actor): Promise<void> {
  await ws.db.deleteFrom('calendar_tokens').where('user_id', '=', actor.userId).execute();
}

export async function hasCalendarToken(ws: Workspace, actor: Actor): Promise<boolean> {
  const row = await ws.db
    .selectFrom('calendar_tokens')
    .select('user_id')
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The feed behind a token, or null when the token is unknown or revoked. Event titles carry the
 * deadline, never a family's name (a calendar is often synchronised to other services).
 */
export async function calendarFeed(
  ws: Workspace,
  token: string,
  options: { locale?: Locale; today?: string } = {},
): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const owner = await ws.db
    .selectFrom('calendar_tokens')
    .innerJoin('users', 'users.id', 'calendar_tokens.user_id')
    .select(['users.id', 'users.org_id'])
    .where('calendar_tokens.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!owner) return null;
  const today = options.today ?? todayInFrance(ws.now());
  const entries = await boardEntries(ws, owner.org_id, { workerId: owner.id, today });
  const list: DeadlineList = {
    today,
    // a member is shown by the case's short reference and the member's id, never by name
    deadlines: entries.map((e) => ({
      ...e.deadline,
      ...(e.deadline.memberId === undefined
        ? {}
        : { memberId: `${caseReference(e.caseId)}/${e.deadline.memberId}` }),
    })),
    unknownEvents: [],
  };
  await audit(ws.db, ws.now(), { orgId: owner.org_id, userId: owner.id, action: 'calendar.read' });
  return deadlinesIcs(
    list,
    options.locale ?? 'fr',
    entries.map((e) => e.caseId),
  );
}
