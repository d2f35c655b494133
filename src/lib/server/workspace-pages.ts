/**
 * What the workspace's web pages share: the signed-in member or the way to the sign-in page, the
 * administrators' pages, a per-session token in every form (on top of SvelteKit's origin check), the
 * real names a case gives its letters, and signing in from a form.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { error, redirect, type Cookies } from '@sveltejs/kit';
import type { Identity } from '$lib/dossier';
import {
  FAILURE_WINDOW_MINUTES,
  sessionToken,
  setSessionCookie,
  signIn,
  workspace,
} from '$lib/server/workspace';
import type { Actor, CaseRecord } from '$lib/server/workspace/types';

/** The sign-in page, coming back to `next` (a path of this site) once signed in. */
export function loginPath(lang: string, next?: string): string {
  return next ? `/${lang}/login?next=${encodeURIComponent(next)}` : `/${lang}/login`;
}

/** A workspace path to come back to: only this site's own workspace paths, never another site. */
export function safeNext(lang: string, next: string | null): string {
  return next && /^\/[a-z]{2}\/cases(\/[\w/-]*)?(\?[\w=&-]*)?$/.test(next)
    ? next
    : `/${lang}/cases`;
}

/** The signed-in member, or a redirect to the sign-in page that comes back here. */
export function member(locals: App.Locals, url: URL, lang: string): Actor {
  if (!locals.actor) redirect(303, loginPath(lang, url.pathname + url.search));
  return locals.actor;
}

/** An administrator of the organisation, or 403 for a worker (and the sign-in page when signed out). */
export function administrator(locals: App.Locals, url: URL, lang: string): Actor {
  const actor = member(locals, url, lang);
  if (actor.role !== 'admin') error(403, 'ws.error.forbidden');
  return actor;
}

/**
 * The form token of this session: derived from the session's secret token (which the page never
 * shows and a script cannot read, the cookie being HttpOnly), so a form made by another site cannot
 * carry it.
 */
export function csrfToken(cookies: Cookies): string {
  return createHash('sha256')
    .update(`reunir-form:${sessionToken(cookies) ?? ''}`)
    .digest('base64url');
}

/** Refuses (403) a workspace form post that does not carry this session's token. */
export function checkCsrf(form: FormData, cookies: Cookies): void {
  const sent = Buffer.from(String(form.get('csrf') ?? ''));
  const expected = Buffer.from(csrfToken(cookies));
  if (sent.length !== expected.length || !timingSafeEqual(sent, expected))
    error(403, 'ws.error.csrf');
}

/** The real names and address a case gives its letters (empty ones stay placeholders). */
export function identityOf(record: Pick<CaseRecord, 'sponsor' | 'names'>): Identity {
  return {
    sponsor: { fullName: record.sponsor.name, address: record.sponsor.address },
    members: Object.fromEntries(
      Object.entries(record.names).map(([id, fullName]) => [id, { fullName }]),
    ),
  };
}

/** Message keys by field name. */
export type FieldErrors = Record<string, string>;

/** A form field's text, trimmed and cut to `max` characters. */
export function text(form: FormData, name: string, max = 1000): string {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
}

export interface SignInForm {
  email: string;
  /** Ask for the 6-digit code (the account has TOTP, or the code was wrong). */
  totp: boolean;
  errors: FieldErrors;
  /** Too many failures: the minutes to wait, shown as a sentence. */
  limited?: number;
}

/**
 * Signs in with the posted email, password and code: the session cookie is set and the actor
 * returned, or the form to show again (the error is never more precise than "wrong address,
 * password or code", so that no one learns which addresses have an account).
 */
export async function signInWith(
  form: FormData,
  cookies: Cookies,
  url: URL,
): Promise<{ ok: true; actor: Actor } | { ok: false; form: SignInForm }> {
  const email = text(form, 'email', 254);
  const password = typeof form.get('password') === 'string' ? String(form.get('password')) : '';
  const code = text(form, 'totp', 20).replace(/\s/g, '');
  const errors: FieldErrors = {};
  if (!email) errors.email = 'ws.error.required';
  if (!password) errors.password = 'ws.error.required';
  if (code && !/^[0-9]{6}$/.test(code)) errors.totp = 'ws.login.error.totp';
  if (Object.keys(errors).length) return { ok: false, form: { email, totp: code !== '', errors } };
  const ws = await workspace();
  const result = await signIn(ws, {
    email,
    password: password.slice(0, 256),
    ...(code ? { totp: code } : {}),
  });
  if (result.ok) {
    setSessionCookie(cookies, url, result.token, result.expiresAt);
    return { ok: true, actor: result.actor };
  }
  if (result.reason === 'limited')
    return {
      ok: false,
      form: { email, totp: code !== '', errors: {}, limited: FAILURE_WINDOW_MINUTES },
    };
  if (result.reason === 'totp_required')
    return { ok: false, form: { email, totp: true, errors: { totp: 'ws.login.error.totp' } } };
  return {
    ok: false,
    form: { email, totp: code !== '', errors: { password: 'ws.login.error.invalid' } },
  };
}
