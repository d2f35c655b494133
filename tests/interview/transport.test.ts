/**
 * The interview's transport: every step has a GET address that names a question or a page (never an
 * answer), the answers live in a session cookie scoped to the language's simulator (compressed, in
 * pieces under 4 KB), a form with errors comes back once from a one-page cookie, and an address the
 * answers do not lead to yet is not shown.
 */
import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { type Answers, emptyAnswers } from '../../src/lib/interview/answers';
import { pageAt, reachable } from '../../src/lib/interview/flow';
import {
  FIRST,
  type Position,
  positionFrom,
  positionQuery,
} from '../../src/lib/interview/position';
import {
  ANSWERS_COOKIE,
  FLASH_COOKIE,
  forgetAnswers,
  readAnswers,
  readRefusal,
  REFUSAL_COOKIE,
  takeFlash,
  writeAnswers,
  writeFlash,
  writeRefusal,
} from '../../src/lib/server/answers-cookie';

type Options = Parameters<Cookies['set']>[2];

/** The browser's side: cookies by name and path, as set and deleted. */
function jar() {
  const store = new Map<string, { value: string; options: Options }>();
  let path = '/fr/simulator';
  const cookies = {
    get: (name: string) => {
      const c = store.get(`${path} ${name}`);
      return c?.value;
    },
    set: (name: string, value: string, options: Options) => {
      store.set(`${options.path} ${name}`, { value, options });
    },
    delete: (name: string, options: Options) => {
      store.delete(`${options.path} ${name}`);
    },
  } as unknown as Cookies;
  return { cookies, store, at: (p: string) => (path = p) };
}

const TODAY = '2026-03-10';

describe('addresses of the steps', () => {
  it('round-trip, and name only questions and pages', () => {
    const positions: Position[] = [
      FIRST,
      { step: { question: 'birth_date' }, mode: 'flow' },
      { step: { question: 'relation', member: 3 }, mode: 'member' },
      { step: { question: 'housing_surface' }, mode: 'check' },
      { step: { page: 'members' }, mode: 'flow' },
      { step: { page: 'check' }, mode: 'flow' },
      { step: { page: 'result' }, mode: 'flow' },
      { step: { page: 'result' }, mode: 'flow', print: true },
    ];
    for (const p of positions) {
      const query = positionQuery(p);
      expect(query).toMatch(/^(q=[a-z_]+(&m=[0-9]+)?(&mode=(check|member))?|p=[a-z]+)$/);
      expect(positionFrom(new URLSearchParams(query))).toEqual(p);
    }
  });
  it('refuse nonsense', () => {
    for (const q of ['q=<b>', 'q=status&m=-1', 'q=status&m=40', 'q=status&mode=x', 'p=dossier', ''])
      expect(positionFrom(new URLSearchParams(q)), q).toBeUndefined();
  });
});

const refugee = (): Answers => ({
  ...emptyAnswers(),
  sponsor: { status: { status: 'refugee' }, filing_date: { date: null } },
});

describe('which step an address may show', () => {
  it('a question answered or the next one; the check page once all is answered', () => {
    const a = refugee();
    expect(reachable(a, FIRST, TODAY)).toBe(true);
    expect(reachable(a, { step: { question: 'filing_date' }, mode: 'flow' }, TODAY)).toBe(true);
    expect(reachable(a, { step: { question: 'birth_date' }, mode: 'flow' }, TODAY)).toBe(true);
    // Beyond the next question, or a question this status is not asked, or the result: no.
    expect(reachable(a, { step: { question: 'asylum_date' }, mode: 'flow' }, TODAY)).toBe(false);
    expect(reachable(a, { step: { question: 'income' }, mode: 'flow' }, TODAY)).toBe(false);
    expect(reachable(a, { step: { page: 'result' }, mode: 'flow' }, TODAY)).toBe(false);
    expect(reachable(emptyAnswers(), { step: { page: 'members' }, mode: 'flow' }, TODAY)).toBe(
      false,
    );
  });
  it('the page says where its Back link goes', () => {
    const a = refugee();
    expect(pageAt(a, { step: { question: 'birth_date' }, mode: 'flow' }, TODAY).back).toBe(
      'q=filing_date',
    );
    expect(pageAt(a, FIRST, TODAY).back).toBeNull();
  });
});

describe('the answers cookie', () => {
  it('is scoped to the language’s simulator, session only, SameSite=Lax', () => {
    const { cookies, store } = jar();
    expect(writeAnswers(cookies, 'fr', refugee(), true)).toBe(true);
    const set = store.get(`/fr/simulator ${ANSWERS_COOKIE}`)!;
    expect(set.options).toEqual({
      path: '/fr/simulator',
      httpOnly: true,
      sameSite: 'lax',
      secure: true,
    });
    expect(set.value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(readAnswers(cookies)).toEqual(refugee());
  });

  it('keeps a family of 40 with names as long as accepted, in pieces under 4 KB', () => {
    const { cookies, store } = jar();
    const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
    // Names that do not compress: letters drawn by a small pseudo-random generator.
    let seed = 42;
    const letter = () => letters[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % letters.length];
    const name = () => Array.from({ length: 200 }, letter).join('');
    const a: Answers = {
      ...refugee(),
      members: Array.from({ length: 40 }, (_, i) => ({
        key: `m${i + 1}`,
        answers: {
          relation: { name: name(), relation: 'child' },
          parentage: { parentage: 'couple' },
          m_birth_date: { date: `20${String(i % 25).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 9}` },
          married: { answer: 'no' },
          declared_ofpra: { answer: 'yes' },
          location: { answer: 'abroad' },
        },
      })),
      done: true,
    };
    expect(writeAnswers(cookies, 'fr', a, false)).toBe(true);
    const pieces = [...store.entries()].filter(([k]) => k.includes(ANSWERS_COOKIE));
    expect(pieces.length).toBeGreaterThan(1);
    for (const [, c] of pieces) expect(c.value.length).toBeLessThanOrEqual(3900);
    expect(readAnswers(cookies)).toEqual(a);
    // Fewer answers later: the pieces no longer needed are deleted.
    writeAnswers(cookies, 'fr', refugee(), false);
    expect([...store.keys()].filter((k) => k.includes(ANSWERS_COOKIE))).toEqual([
      `/fr/simulator ${ANSWERS_COOKIE}`,
    ]);
  });

  it('reads nothing from a damaged or foreign value', () => {
    const { cookies, store } = jar();
    for (const value of ['', 'not base64!', 'AAAA', Buffer.from('{"v":1}').toString('base64url')]) {
      store.set(`/fr/simulator ${ANSWERS_COOKIE}`, { value, options: { path: '/fr/simulator' } });
      expect(readAnswers(cookies), value).toBeUndefined();
    }
  });

  it('“forget my answers” clears every language’s answers, pending form and refusal', () => {
    const { cookies, store } = jar();
    writeAnswers(cookies, 'fr', refugee(), false);
    writeAnswers(cookies, 'ar', refugee(), false);
    writeRefusal(cookies, 'fr', { route: 'refugee' }, false);
    writeFlash(cookies, 'ar', { at: 'q=status', errors: [] }, false);
    forgetAnswers(cookies, false);
    expect(store.size).toBe(0);
  });
});

describe('a form sent back with errors', () => {
  it('is shown once, on its own page only', () => {
    const { cookies, store } = jar();
    const flash = {
      at: 'q=birth_date',
      errors: [{ input: 'f.date.day', key: 'interview.error.date.day' }],
      values: { 'f.date.day': '40' },
    };
    expect(writeFlash(cookies, 'fr', flash, false)).toBe(true);
    expect(takeFlash(cookies, 'fr', 'q=birth_date', false)).toEqual(flash);
    expect(takeFlash(cookies, 'fr', 'q=birth_date', false)).toBeUndefined();
    writeFlash(cookies, 'fr', flash, false);
    expect(takeFlash(cookies, 'fr', 'q=status', false)).toBeUndefined();
    expect(store.has(`/fr/simulator ${FLASH_COOKIE}`)).toBe(false);
  });
});

describe('the refused-visa answers', () => {
  it('round-trip and refuse what is not theirs', () => {
    const { cookies, store } = jar();
    writeRefusal(
      cookies,
      'fr',
      { route: 'eu_citizen', kind: 'silence', date: '2026-01-05' },
      false,
    );
    expect(readRefusal(cookies)).toEqual({
      route: 'eu_citizen',
      kind: 'silence',
      date: '2026-01-05',
    });
    store.set(`/fr/simulator ${REFUSAL_COOKIE}`, {
      value: 'q1YqSi0qyi9SslJKzs8tyEnNTc0rKUpVqgUA',
      options: { path: '/fr/simulator' },
    });
    expect(readRefusal(cookies)).toBeUndefined();
  });
});
