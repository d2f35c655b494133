/**
 * Signing in and sessions. A session is a random 256-bit token: the cookie holds it, the database only
 * its SHA-256, so a copy of the database opens no session. Sessions expire (SESSION_HOURS) and live in
 * the database, so any instance serving it knows them. Sign-in is limited per account (the address
 * typed, known or not): after MAX_FAILURES failures within FAILURE_WINDOW_MINUTES, every attempt is
 * refused (429) until the oldest failure leaves the window. TOTP (RFC 6238), when a member turned it
 * on, is asked for after the password.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as OTPAuth from 'otpauth';
import { z } from 'zod';
import type { Workspace } from './context';
import { decrypt, encrypt } from './crypto';
import { decoyHash, verifyPassword } from './passwords';
import { type Actor, done, failed, type Outcome } from './types';

export const SESSION_COOKIE = 'reunir_session';
export const SESSION_HOURS = 12;
export const MAX_FAILURES = 10;
export const FAILURE_WINDOW_MINUTES = 15;

export const SignInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().min(1).max(254),
  password: z.string().min(1).max(256),
  totp: z
    .string()
    .regex(/^[0-9]{6}$/)
    .optional(),
});

export type SignIn =
  | { ok: true; token: string; expiresAt: Date; actor: Actor }
  /** invalid: wrong address, password or code (never says which); limited: too many failures. */
  | { ok: false; reason: 'invalid' | 'limited' | 'totp_required' };

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

const totpOf = (secret: string) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 });

async function failuresSince(ws: Workspace, email: string, since: Date): Promise<number> {
  const rows = await ws.db
    .selectFrom('sign_in_failures')
    .select('id')
    .where('email', '=', email)
    .where('at', '>', since)
    .limit(MAX_FAILURES)
    .execute();
  return rows.length;
}

export async function signIn(
  ws: Workspace,
  input: { email: string; password: string; totp?: string },
): Promise<SignIn> {
  const email = input.email.trim().toLowerCase();
  const now = ws.now();
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  if ((await failuresSince(ws, email, windowStart)) >= MAX_FAILURES)
    return { ok: false, reason: 'limited' };
  const user = await ws.db
    .selectFrom('users')
    .innerJoin('organisations', 'organisations.id', 'users.org_id')
    .select([
      'users.id',
      'users.email',
      'users.role',
      'users.password_hash',
      'users.totp_secret',
      'users.org_id',
      'organisations.name as org_name',
    ])
    .where('users.email', '=', email)
    .executeTakeFirst();
  const passwordOk = await verifyPassword(
    user?.password_hash ?? (await decoyHash()),
    input.password,
  );
  const fail = async (reason: 'invalid' | 'totp_required'): Promise<SignIn> => {
    await ws.db.insertInto('sign_in_failures').values({ email, at: now }).execute();
    await ws.db.deleteFrom('sign_in_failures').where('at', '<', windowStart).execute();
    return { ok: false, reason };
  };
  if (!user || !passwordOk) return fail('invalid');
  if (user.totp_secret !== null) {
    if (input.totp === undefined) return { ok: false, reason: 'totp_required' };
    const secret = decrypt(ws.keys, user.totp_secret, `totp:${user.id}`);
    if (
      totpOf(secret).validate({ token: input.totp, timestamp: now.getTime(), window: 1 }) === null
    )
      return fail('invalid');
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await ws.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: user.id,
      expires_at: expiresAt,
      created_at: now,
    })
    .execute();
  await ws.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  return {
    ok: true,
    token,
    expiresAt,
    actor: {
      userId: user.id,
      email: user.email,
      role: user.role,
      orgId: user.org_id,
      orgName: user.org_name,
    },
  };
}

/** The person a session token belongs to, or null (unknown, expired, or the member was removed). */
export async function actorFromSession(ws: Workspace, token: string): Promise<Actor | null> {
  if (!token || token.length > 100) return null;
  const row = await ws.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organisations', 'organisations.id', 'users.org_id')
    .select([
      'users.id',
      'users.email',
      'users.role',
      'users.org_id',
      'organisations.name as org_name',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', ws.now())
    .executeTakeFirst();
  return row
    ? { userId: row.id, email: row.email, role: row.role, orgId: row.org_id, orgName: row.org_name }
    : null;
}

export async function signOut(ws: Workspace, token: string): Promise<void> {
  await ws.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

/** Ends every session of the signed-in person (after a password change, a lost device). */
export async function signOutEverywhere(ws: Workspace, actor: Actor): Promise<void> {
  await ws.db.deleteFrom('sessions').where('user_id', '=', actor.userId).execute();
}

/**
 * A new TOTP secret for the signed-in person, not yet in force: show `uri` as a QR code or `secret`
 * to type, then call `enableTotp` with the secret and a code the app shows.
 */
export function newTotpSecret(actor: Actor): { secret: string; uri: string } {
  const secret = new OTPAuth.Secret({ size: 20 }).base32;
  const uri = new OTPAuth.TOTP({
    issuer: 'reunir',
    label: actor.email,
    secret: OTPAuth.Secret.fromBase32(secret),
  }).toString();
  return { secret, uri };
}

export async function enableTotp(
  ws: Workspace,
  actor: Actor,
  secret: string,
  code: string,
): Promise<Outcome<null>> {
  if (!/^[A-Z2-7]{16,64}$/.test(secret) || !/^[0-9]{6}$/.test(code))
    return failed(400, [{ path: 'totp', message: 'expected the secret and a 6-digit code' }]);
  if (totpOf(secret).validate({ token: code, timestamp: ws.now().getTime(), window: 1 }) === null)
    return failed(400, [{ path: 'totp', message: 'this code does not match the secret' }]);
  await ws.db
    .updateTable('users')
    .set({ totp_secret: encrypt(ws.keys, secret, `totp:${actor.userId}`) })
    .where('id', '=', actor.userId)
    .execute();
  return done(null);
}

export async function disableTotp(ws: Workspace, actor: Actor): Promise<void> {
  await ws.db
    .updateTable('users')
    .set({ totp_secret: null })
    .where('id', '=', actor.userId)
    .execute();
}

/** The code an authenticator app shows at `at` (tests, and checking a set-up). */
export const totpCode = (secret: string, at: Date) =>
  totpOf(secret).generate({ timestamp: at.getTime() });
