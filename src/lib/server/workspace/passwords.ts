/** Passwords hashed with argon2id (@node-rs/argon2's defaults: 19 MiB, 2 passes, OWASP's minimum). */
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export const hashPassword = (password: string) => hash(password);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so that both cost the same time. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hash('no account has this password'));
