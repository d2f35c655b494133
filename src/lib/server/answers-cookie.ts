/**
 * The interview's answers between two pages live in the person's browser, in a session cookie: the
 * server reads it on each request of the simulator and forgets it. Compact JSON, deflated and written
 * in base64url, cut into pieces of at most 3,900 characters (a browser keeps 4 KB per cookie) and at
 * most three pieces (a family of 40 with 60-letter names takes one; answers as long as accepted,
 * two), so that the request stays below Node's 16 KB of headers. Scoped to the simulator of one
 * language (`Path=/fr/simulator`), `SameSite=Lax`, `HttpOnly`, no expiry (gone when the browser
 * closes), never logged. A second cookie of the same kind carries, for one page only, what
 * was typed in a form that came back with errors, so that the page showing them is a GET too; a third
 * the few answers of the "my visa was refused" path.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';
import { type Answers, answersFromJson, answersJson } from '$lib/interview/answers';
import { type Refusal, RefusalSchema } from '$lib/interview/refusal';
import { LOCALES } from '$lib/i18n';

export const ANSWERS_COOKIE = 'reunir_answers';
export const FLASH_COOKIE = 'reunir_flash';
/** The answers of the "my visa was refused" path (src/lib/interview/refusal.ts). */
export const REFUSAL_COOKIE = 'reunir_refusal';
const PIECE = 3900;
const PIECES = 3;
/** The largest JSON text a cookie is read into (a zip bomb stops there). */
const MAX_JSON = 64 * 1024;

const pieceName = (i: number) => (i === 0 ? ANSWERS_COOKIE : `${ANSWERS_COOKIE}_${i}`);

function options(lang: string, secure: boolean) {
  return { path: `/${lang}/simulator`, httpOnly: true, sameSite: 'lax' as const, secure };
}

function pack(text: string): string {
  return deflateRawSync(Buffer.from(text, 'utf8'), { level: 9 }).toString('base64url');
}

function unpack(packed: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(packed)) return undefined;
  try {
    return inflateRawSync(Buffer.from(packed, 'base64url'), {
      maxOutputLength: MAX_JSON,
    }).toString('utf8');
  } catch {
    return undefined;
  }
}

/** The answers the browser sent, or undefined when there are none (or they are damaged). */
export function readAnswers(cookies: Cookies): Answers | undefined {
  let packed = '';
  for (let i = 0; i < PIECES; i++) {
    const piece = cookies.get(pieceName(i));
    if (piece === undefined) break;
    packed += piece;
  }
  const text = packed ? unpack(packed) : undefined;
  return text === undefined ? undefined : answersFromJson(text);
}

/**
 * Keeps the answers in the browser for this language's simulator. False when they do not fit (more
 * than the four pieces): the caller says so instead of losing them silently.
 */
export function writeAnswers(
  cookies: Cookies,
  lang: string,
  answers: Answers,
  secure: boolean,
): boolean {
  const packed = pack(answersJson(answers));
  const count = Math.ceil(packed.length / PIECE);
  if (count > PIECES) return false;
  for (let i = 0; i < PIECES; i++) {
    if (i < count)
      cookies.set(pieceName(i), packed.slice(i * PIECE, (i + 1) * PIECE), options(lang, secure));
    else if (cookies.get(pieceName(i)) !== undefined)
      cookies.delete(pieceName(i), options(lang, secure));
  }
  return true;
}

/** "Forget my answers": the answers and any pending form of every language's simulator. */
export function forgetAnswers(cookies: Cookies, secure: boolean): void {
  for (const lang of LOCALES) {
    for (let i = 0; i < PIECES; i++) cookies.delete(pieceName(i), options(lang, secure));
    cookies.delete(FLASH_COOKIE, options(lang, secure));
    cookies.delete(REFUSAL_COOKIE, options(lang, secure));
  }
}

/** The "my visa was refused" answers, or undefined. */
export function readRefusal(cookies: Cookies): Refusal | undefined {
  const packed = cookies.get(REFUSAL_COOKIE);
  const text = packed === undefined ? undefined : unpack(packed);
  if (text === undefined) return undefined;
  try {
    const parsed = RefusalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeRefusal(cookies: Cookies, lang: string, r: Refusal, secure: boolean): void {
  cookies.set(REFUSAL_COOKIE, pack(JSON.stringify(r)), options(lang, secure));
}

const FlashSchema = z.strictObject({
  /** The position (query string) of the page the flash is for. */
  at: z.string().max(200),
  errors: z
    .array(
      z.strictObject({
        input: z.string().max(80),
        key: z.string().max(120),
        params: z.record(z.string().max(40), z.union([z.string().max(200), z.number()])).optional(),
      }),
    )
    .max(40)
    .optional(),
  values: z
    .record(
      z.string().max(80),
      z.union([z.string().max(2000), z.array(z.string().max(80)).max(40)]),
    )
    .optional(),
  choices: z
    .array(
      z.strictObject({
        code: z.string().max(10),
        label: z.string().max(200),
        zone: z.string().max(10),
        exact: z.boolean(),
      }),
    )
    .max(40)
    .optional(),
  loadError: z.literal(true).optional(),
});
export type Flash = z.infer<typeof FlashSchema>;

/** Keeps, for the next page only, what a form sent back with errors. False when it is too long. */
export function writeFlash(cookies: Cookies, lang: string, flash: Flash, secure: boolean): boolean {
  const packed = pack(JSON.stringify(flash));
  if (packed.length > PIECE) return false;
  cookies.set(FLASH_COOKIE, packed, options(lang, secure));
  return true;
}

/** The flash for the page at `at`, read once: it is removed whatever page reads it. */
export function takeFlash(
  cookies: Cookies,
  lang: string,
  at: string,
  secure: boolean,
): Flash | undefined {
  const packed = cookies.get(FLASH_COOKIE);
  if (packed === undefined) return undefined;
  cookies.delete(FLASH_COOKIE, options(lang, secure));
  const text = unpack(packed);
  if (text === undefined) return undefined;
  try {
    const parsed = FlashSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.at === at ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
