/** The session cookie: HttpOnly, SameSite=Lax, Secure behind https, expiring with the session. */
import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './auth';

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
  cookies.set(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
    expires: expiresAt,
  });
}

export function clearSessionCookie(cookies: Cookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
  });
}

export const sessionToken = (cookies: Cookies) => cookies.get(SESSION_COOKIE);
