/**
 * The association workspace in a browser, on a server started with an empty data directory and the
 * accounts of workspace-accounts.json: a member signs in, keeps a family's case from a simulator
 * result to its erasure (documents, a letter with the real names, the board, the calendar feed, the
 * export); without JavaScript, signing in and a form with an error; axe on every page; and who may
 * open which page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  type APIRequestContext,
  type Browser,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import type { Situation } from '../../src/lib/law';
import { expectNoAxeViolations } from './checks';
import { plusDays, todayInFrance } from './dossier-driver';
import { submit, walk } from './driver';
import * as OTPAuth from 'otpauth';
import ACCOUNTS from './workspace-accounts.json' with { type: 'json' };

type Who = 'admin' | 'worker' | 'other' | 'totp';
const account = (who: Who) => ACCOUNTS.accounts.find((a) => a.key === who)!;
const refugees = JSON.parse(
  readFileSync('tests/contract-examples/03-refugee-spouse-and-children.situation.json', 'utf8'),
) as Situation;
/** Characters that mean something to Typst or HTML, and an Arabic name. */
const SPONSOR = 'Zaïd #Al-*Hassan* <b>[x]</b> $y$';
const ARABIC = 'زينب الأحمد';
const ADDRESS = '12 rue de la Paix';

const visible = (text: string) =>
  text.replace(/[\u2066-\u2069\u202a-\u202e\u200e\u200f]/g, '').replace(/\s+/g, ' ');

async function signIn(page: Page, who: Who): Promise<void> {
  await page.goto('/fr/login');
  await page.fill('#email', account(who).email);
  await page.fill('#password', ACCOUNTS.password);
  await submit(page, page.locator('main form button.button'));
  await expect(page.locator('.workspace-nav')).toContainText(account(who).email);
}

/** The answers file of the refugee family, as the simulator's "download my answers" gives it. */
async function answersFile(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  await walk(page, refugees, 'fr');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('form[action="/fr/simulator/answers"] button').first().click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  await page.close();
  return text;
}

/** A case of `who`'s organisation made from an uploaded answers file; its address. */
async function newCase(page: Page, answers: string, name = 'Famille test'): Promise<string> {
  await page.goto('/fr/cases/new');
  await page.setInputFiles('#file', {
    name: 'reunir-answers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(answers),
  });
  await page.fill('#sponsor_name', name);
  await submit(page, page.locator('form[action="?/upload"] button'));
  expect(new URL(page.url()).pathname).toMatch(/^\/fr\/cases\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}

let answers = '';
test.beforeAll(async ({ browser }) => {
  answers = await answersFile(browser);
});

test('a family’s case, from the simulator result to its erasure', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  await walk(page, refugees, 'fr');
  await submit(page, page.locator('.save-to-cases button'));
  await expect(page.locator('h1')).toHaveText('Nouveau dossier');
  await page.fill('#sponsor_name', SPONSOR);
  await submit(page, page.locator('form[action="?/create"] button'));
  const path = new URL(page.url()).pathname;
  expect(path).toMatch(/^\/fr\/cases\/[0-9a-f-]{36}$/);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toContainText(SPONSOR);

  // The known dates: a refusal five days ago gives the CRRV appeal's last day.
  const refusal = plusDays(todayInFrance(), -5);
  const lastDay = plusDays(refusal, 29);
  const [y, m, d] = refusal.split('-');
  await page.fill('[name="ev.visaRefusalNotified.day"]', String(Number(d)));
  await page.fill('[name="ev.visaRefusalNotified.month"]', String(Number(m)));
  await page.fill('[name="ev.visaRefusalNotified.year"]', y!);
  await submit(page, page.locator('form[action="?/events"] button'));
  await expect(page.locator('[role="status"]')).toHaveText('Enregistré.');
  await expect(page.locator(`#deadlines [data-deadline="crrv_appeal"]`)).toHaveAttribute(
    'data-date',
    lastDay,
  );

  // A document obtained, with its date.
  const doc = page.locator('.doc-states li').first();
  await doc.locator('select').selectOption('obtained');
  await doc.locator('input[type="date"]').fill(refusal);
  await submit(page, page.locator('form[action="?/documents"] button'));
  await expect(page.locator('.doc-states li').first()).toHaveAttribute('data-status', 'obtained');
  await expect(page.locator('.doc-states li').first().locator('input[type="date"]')).toHaveValue(
    refusal,
  );

  // The real names and the address, then the letter made with them.
  await page.fill('#sponsor_address', `${ADDRESS}\n75002 Paris`);
  await page.locator('#identity input[name^="name."]').first().fill(ARABIC);
  await submit(page, page.locator('form[action="?/identity"] button'));
  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button[data-download="letter:crrv-appeal"]').click(),
  ]);
  const letter = visible(
    execFileSync('pdftotext', [(await pdf.path())!, '-'], { encoding: 'utf8' }),
  );
  expect(letter.replace(/\s/g, '')).toContain(SPONSOR.replace(/\s/g, ''));
  expect(letter).toContain(ARABIC);
  expect(letter).toContain(`${ADDRESS} 75002 Paris`);
  expect(letter).toContain('Commission de recours');

  // The board shows the deadline within 30 days, with the case.
  await page.goto('/fr/cases/board');
  const row = page.locator(`tr[data-deadline="crrv_appeal"][data-when="soon"]`);
  await expect(row.locator(`a[href$="${path}"]`)).toHaveCount(1);

  // The private calendar feed carries it too; a new address revokes the old one.
  await submit(page, page.locator('form[action="?/feed"] button'));
  const feed = (await page.locator('[data-feed-url]').textContent())!.trim();
  const ics = await request.get(feed);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  expect(await ics.text()).toContain(`DTSTART;VALUE=DATE:${lastDay.replaceAll('-', '')}`);
  await submit(page, page.locator('form[action="?/feed"] button'));
  expect((await request.get(feed)).status()).toBe(404);

  // Export: the case's data and its PDFs in one JSON file.
  await page.goto(path);
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('button[data-download="export"]').click(),
  ]);
  const file = JSON.parse(readFileSync((await exported.path())!, 'utf8')) as {
    case: { sponsor: { name: string }; documents: { status: string }[] };
    documents: { name: string }[];
  };
  expect(file.case.sponsor.name).toBe(SPONSOR);
  expect(file.case.documents[0]?.status).toBe('obtained');
  expect(file.documents.map((x) => x.name)).toContain('crrv-appeal.pdf');

  // Closed, the case leaves the open cases and the board; reopened, it is back.
  await submit(page, page.locator('form[action="?/close"] button'));
  await expect(page.locator('[role="note"]').first()).toContainText('Ce dossier est clos');
  await page.goto('/fr/cases?closed');
  await expect(page.locator(`tr[data-case] a[href$="${path}"]`)).toHaveCount(1);
  await page.goto('/fr/cases/board');
  await expect(page.locator(`a[href$="${path}"]`)).toHaveCount(0);
  await page.goto(path);
  await submit(page, page.locator('form[action="?/reopen"] button'));
  await page.goto('/fr/cases');
  await expect(page.locator(`tr[data-case] a[href$="${path}"]`)).toHaveCount(1);
  await page.goto(path);

  // Erasure asks first, then the case is gone.
  await submit(page, page.locator(`a[href$="${path}/erase"]`));
  await expect(page.locator('h1')).toHaveText('Effacer définitivement ce dossier ?');
  await submit(page, page.locator('form button.warning'));
  expect(new URL(page.url()).pathname).toBe('/fr/cases');
  await expect(page.locator('[role="status"]')).toHaveText('Le dossier a été effacé.');
  const gone = await page.goto(path);
  expect(gone?.status()).toBe(404);

  // The administrator's log keeps the erasure, in words, and nothing of the case's content.
  await page.goto('/fr/cases/admin/audit');
  await expect(page.locator('tr[data-action="case.erase"]').first()).toContainText(
    'Dossier effacé',
  );
  await expect(page.locator('main')).not.toContainText(SPONSOR);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('signing in from a simulator result creates the case; a form with an error comes back', async ({
    page,
  }) => {
    await walk(page, refugees, 'fr');
    await submit(page, page.locator('.save-to-cases button'));
    await expect(page.locator('h1')).toHaveText('Se connecter à l’espace association');
    await page.fill('#email', account('worker').email);
    await page.fill('#password', 'not the password');
    const [wrong] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form[action="?/signin"] button').click(),
    ]);
    await page.waitForLoadState('load');
    expect(wrong.status()).toBe(200);
    await expect(page.locator('#password-error')).toContainText(
      'Adresse e-mail, mot de passe ou code incorrect.',
    );
    await page.fill('#password', ACCOUNTS.password);
    await submit(page, page.locator('form[action="?/signin"] button'));
    await expect(page.locator('h1')).toHaveText('Nouveau dossier');
    await submit(page, page.locator('form[action="?/create"] button'));
    expect(new URL(page.url()).pathname).toMatch(/^\/fr\/cases\/[0-9a-f-]{36}$/);

    // An empty note is refused field by field, with status 200; then the note is kept.
    const [empty] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.locator('form[action="?/note"] button').click(),
    ]);
    await page.waitForLoadState('load');
    expect(empty.status()).toBe(200);
    await expect(page.locator('.error-summary a[href="#note"]')).toHaveText(
      'Ce champ est obligatoire.',
    );
    await expect(page.locator('#note-error')).toContainText('Ce champ est obligatoire.');
    await page.fill('#note', 'Rendez-vous au consulat le 12.');
    await submit(page, page.locator('form[action="?/note"] button'));
    await expect(page.locator('.notes')).toContainText('Rendez-vous au consulat le 12.');

    // Signing out ends the session: the workspace asks to sign in again.
    await submit(page, page.locator('form[action="/fr/logout"] button'));
    await expect(page.locator('[role="status"]')).toHaveText('Vous êtes déconnecté·e.');
    await page.goto('/fr/cases');
    expect(new URL(page.url()).pathname).toBe('/fr/login');
  });
});

test.describe('two-factor sign-in, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an account with TOTP asks for the code, then signs in with it', async ({
    page,
    baseURL,
  }) => {
    const api = await playwrightRequest.newContext({
      baseURL: baseURL!,
      extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' },
    });
    const signed = await api.post('/fr/login', {
      form: { email: account('totp').email, password: ACCOUNTS.password, next: '/fr/cases' },
      maxRedirects: 0,
    });
    expect(signed.status()).toBe(303);
    const { secret } = (await (await api.post('/api/v1/totp')).json()) as { secret: string };
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6 });
    const on = await api.put('/api/v1/totp', { data: { secret, code: totp.generate() } });
    expect(on.status()).toBe(204);
    await api.dispose();

    await page.goto('/fr/login');
    await page.fill('#email', account('totp').email);
    await page.fill('#password', ACCOUNTS.password);
    await submit(page, page.locator('main form button.button'));
    await expect(page.locator('#totp-error')).toContainText(
      'Ce compte demande le code à 6 chiffres',
    );
    await page.fill('#password', ACCOUNTS.password);
    await page.fill('#totp', totp.generate({ timestamp: Date.now() + 30_000 }));
    await submit(page, page.locator('main form button.button'));
    await expect(page.locator('.workspace-nav')).toContainText(account('totp').email);
  });
});

test.describe('every workspace page passes axe', () => {
  let casePath = '';
  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signIn(page, 'admin');
    casePath = await newCase(page, answers, ARABIC);
    await page.close();
  });
  test('the sign-in page', ({ browser }) =>
    expectNoAxeViolations(browser, { name: 'login', open: (p) => p.goto('/fr/login').then() }));
  test('the sign-in page in Arabic, right to left', ({ browser }) =>
    expectNoAxeViolations(browser, {
      name: 'login-ar',
      open: async (p) => {
        await p.goto('/ar/login');
        await expect(p.locator('html')).toHaveAttribute('dir', 'rtl');
      },
    }));
  test('a case in Persian, right to left', ({ browser }) =>
    expectNoAxeViolations(browser, {
      name: 'case-fa',
      open: async (p) => {
        await signIn(p, 'admin');
        await p.setViewportSize({ width: 320, height: 780 });
        await p.goto(casePath.replace('/fr/', '/fa/'));
        await expect(p.locator('html')).toHaveAttribute('dir', 'rtl');
        await expect(p.locator('h1').first()).toContainText('پرونده');
        expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          320,
        );
      },
    }));
  for (const [name, path] of [
    ['cases', '/fr/cases'],
    ['new case', '/fr/cases/new'],
    ['case', ''],
    ['erase', '/erase'],
    ['board', '/fr/cases/board'],
    ['members', '/fr/cases/admin/members'],
    ['audit', '/fr/cases/admin/audit'],
    ['retention', '/fr/cases/admin/retention'],
  ] as const)
    test(`the ${name} page`, ({ browser }) =>
      expectNoAxeViolations(browser, {
        name,
        open: async (p) => {
          await signIn(p, 'admin');
          // readable 320 px wide: nothing makes the page scroll sideways
          await p.setViewportSize({ width: 320, height: 780 });
          await p.goto(path === '' || path === '/erase' ? `${casePath}${path}` : path);
          expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
            320,
          );
        },
      }));
});

test.describe('who may open which page', () => {
  let casePath = '';
  const contexts: Partial<Record<Who | 'out', APIRequestContext>> = {};
  const csrf: Partial<Record<Who, string>> = {};

  test.beforeAll(async ({ browser, baseURL }) => {
    const page = await browser.newPage();
    await signIn(page, 'admin');
    casePath = await newCase(page, answers);
    await page.close();
    for (const who of ['admin', 'worker', 'other', 'out'] as const) {
      const ctx = await playwrightRequest.newContext({
        baseURL: baseURL!,
        extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' },
      });
      if (who !== 'out') {
        const signed = await ctx.post('/fr/login', {
          form: { email: account(who).email, password: ACCOUNTS.password, next: '/fr/cases' },
          maxRedirects: 0,
        });
        expect(signed.status()).toBe(303);
        const html = await (await ctx.get('/fr/cases')).text();
        csrf[who] = /name="csrf" value="([^"]+)"/.exec(html)?.[1];
      }
      contexts[who] = ctx;
    }
  });
  test.afterAll(async () => {
    for (const ctx of Object.values(contexts)) await ctx?.dispose();
  });

  const PAGES = {
    cases: { path: () => '/fr/cases', admin: 200, worker: 200, other: 200 },
    newCase: { path: () => '/fr/cases/new', admin: 200, worker: 200, other: 200 },
    board: { path: () => '/fr/cases/board', admin: 200, worker: 200, other: 200 },
    case: { path: () => casePath, admin: 200, worker: 200, other: 404 },
    erase: { path: () => `${casePath}/erase`, admin: 200, worker: 200, other: 404 },
    members: { path: () => '/fr/cases/admin/members', admin: 200, worker: 403, other: 200 },
    audit: { path: () => '/fr/cases/admin/audit', admin: 200, worker: 403, other: 200 },
    retention: { path: () => '/fr/cases/admin/retention', admin: 200, worker: 403, other: 200 },
  };
  for (const [name, p] of Object.entries(PAGES))
    test(`${name}: admin, worker, another organisation's admin, signed out`, async () => {
      for (const who of ['admin', 'worker', 'other'] as const) {
        const res = await contexts[who]!.get(p.path(), { maxRedirects: 0 });
        expect(res.status(), `${who} ${p.path()}`).toBe(p[who]);
        if (res.status() === 200) expect(res.headers()['cache-control']).toBe('no-store');
      }
      const out = await contexts.out!.get(p.path(), { maxRedirects: 0 });
      expect(out.status()).toBe(303);
      expect(out.headers().location).toBe(`/fr/login?next=${encodeURIComponent(p.path())}`);
    });

  test('another organisation sees nothing of the case, and cannot export, write or erase it', async () => {
    const other = contexts.other!;
    expect(await (await other.get('/fr/cases')).text()).not.toContain(casePath);
    const form = { csrf: csrf.other!, kind: 'crrv-appeal', note: 'x' };
    for (const post of [
      `${casePath}/export`,
      `${casePath}/letter`,
      `${casePath}?/note`,
      `${casePath}/erase`,
    ])
      expect((await other.post(post, { form, maxRedirects: 0 })).status(), post).toBe(404);
  });

  test('a form without the session’s token is refused', async () => {
    const res = await contexts.admin!.post(`${casePath}?/note`, {
      form: { note: 'x', csrf: 'forged' },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
  });

  test('too many failed sign-ins are refused with a sentence (429)', async ({ baseURL }) => {
    const ctx = await playwrightRequest.newContext({
      baseURL: baseURL!,
      extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' },
    });
    let last;
    for (let i = 0; i < 11; i++)
      last = await ctx.post('/fr/login', {
        form: { email: 'nobody@example.org', password: 'wrong', next: '' },
        maxRedirects: 0,
      });
    expect(last!.status()).toBe(429);
    expect(await last!.text()).toContain('Trop d’essais de connexion. Attendez 15 min');
    await ctx.dispose();
  });
});
