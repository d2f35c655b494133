/**
 * Reading the dossier page the way a person sees it (ids and titles, not styling), and what the
 * API and the CLI give for the same situation, to compare them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Situation } from '../../src/lib/law';
import { submit, walk } from './driver';

export interface Shown {
  checklist: { id: string; sponsor: string[]; members: { id: string; docs: string[] }[] }[];
  /** The documents' names, in the order shown. */
  names: string[];
  steps: { id: string; steps: string[] }[];
  deadlines: { id: string; date: string; member: string }[];
}

/** Today's date in France, the server's "today". */
export function todayInFrance(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

export function plusDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** From the start page to the dossier page of a situation. */
export async function openDossier(page: Page, s: Situation, lang = 'en'): Promise<void> {
  await walk(page, s, lang);
  await submit(page, page.locator('button[data-dossier]'));
}

/** Types the known dates in the dates form and submits it. */
export async function enterDates(page: Page, dates: Record<string, string>): Promise<void> {
  const form = page.locator('form.dates');
  // The form is folded until a date is known.
  if ((await form.locator('details[open]').count()) === 0) await form.locator('summary').click();
  for (const [key, iso] of Object.entries(dates)) {
    const [y, m, d] = iso.split('-');
    await form.locator(`[name="ev.${key}.day"]`).fill(String(Number(d)));
    await form.locator(`[name="ev.${key}.month"]`).fill(String(Number(m)));
    await form.locator(`[name="ev.${key}.year"]`).fill(y ?? '');
  }
  await submit(page, form.locator('button.button'));
}

export async function shown(page: Page): Promise<Shown> {
  const checklist: Shown['checklist'] = [];
  for (const p of await page.locator('#documents section[data-procedure]').all()) {
    const ids = (list: import('@playwright/test').Locator) =>
      list.locator(':scope > li[data-doc]').evaluateAll((li) => li.map((e) => e.dataset.doc!));
    // A paper common to several people is listed once for all of them (data-members): each person's
    // list is the papers of every list that names them, compared as a set.
    const byMember = new Map<string, string[]>();
    for (const ul of await p.locator('ul[data-who="member"], ul[data-who="members"]').all()) {
      const who = (await ul.getAttribute('data-member')) ?? (await ul.getAttribute('data-members'));
      for (const id of (who ?? '').split(' '))
        byMember.set(id, [...(byMember.get(id) ?? []), ...(await ids(ul))]);
    }
    const members = [...byMember]
      .map(([id, docs]) => ({ id, docs: docs.sort() }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    checklist.push({
      id: (await p.getAttribute('data-procedure')) ?? '',
      sponsor: await ids(p.locator('ul[data-who="sponsor"]')),
      members,
    });
  }
  const names = [
    ...new Set(
      (await page.locator('#documents li[data-doc] .doc-name strong').allInnerTexts()).map((n) =>
        n.trim(),
      ),
    ),
  ].sort();
  const steps: Shown['steps'] = [];
  for (const p of await page.locator('#steps section[data-procedure]').all())
    steps.push({
      id: (await p.getAttribute('data-procedure')) ?? '',
      steps: await p
        .locator('li[data-step]')
        .evaluateAll((li) => li.map((e) => (e as HTMLElement).dataset.step!)),
    });
  const deadlines = await page.locator('#deadlines li[data-deadline]').evaluateAll((li) =>
    li.map((e) => {
      const d = (e as HTMLElement).dataset;
      return { id: d.deadline!, date: d.date!, member: d.member ?? '' };
    }),
  );
  return { checklist, names, steps, deadlines };
}

interface Checklist {
  procedures: {
    id: string;
    sponsor: { id: string }[];
    members: { id: string; items: { id: string }[] }[];
  }[];
}
interface Deadlines {
  deadlines: { id: string; date: string; memberId?: string }[];
}

/**
 * The same dossier from the API and the CLI, with member ids turned into the interview's keys
 * (m1, m2… in the order the members were added).
 */
export async function expected(
  request: APIRequestContext,
  s: Situation,
  events: Record<string, string> = {},
): Promise<{ api: Omit<Shown, 'names'>; cli: Omit<Shown, 'names' | 'steps'>; names: string[] }> {
  const key = (id: string | undefined) =>
    id === undefined ? '' : `m${s.members.findIndex((m) => m.id === id) + 1}`;
  const body = { situation: s, events };
  const checklistRes = await request.post('/api/v1/checklist', { data: body });
  const deadlinesRes = await request.post('/api/v1/deadlines', { data: body });
  if (!checklistRes.ok() || !deadlinesRes.ok())
    throw new Error(`API: ${await checklistRes.text()} ${await deadlinesRes.text()}`);
  const api = (await checklistRes.json()) as {
    checklist: Checklist;
    steps: { id: string; steps: { id: string }[] }[];
  };
  const apiDeadlines = (await deadlinesRes.json()) as Deadlines;

  const dir = mkdtempSync(join(tmpdir(), 'reunir-dossier-'));
  const file = join(dir, 'input.json');
  writeFileSync(file, JSON.stringify(body));
  const cli = (...args: string[]) =>
    execFileSync('node', ['bin/reunir.js', ...args, file, '--today', todayInFrance()], {
      encoding: 'utf8',
    });
  const cliChecklist = JSON.parse(cli('checklist', '--json')) as Checklist;
  const cliDeadlines = JSON.parse(cli('deadlines', '--json')) as Deadlines;
  const names = cli('checklist', '--lang', 'en')
    .split('\n')
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2).replace(/ \(optional\)$/, ''))
    .filter((n, i, all) => all.indexOf(n) === i)
    .sort();

  const checklistOf = (c: Checklist): Shown['checklist'] =>
    c.procedures.map((p) => ({
      id: p.id,
      sponsor: p.sponsor.map((i) => i.id),
      members: p.members
        .map((m) => ({ id: key(m.id), docs: m.items.map((i) => i.id).sort() }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
    }));
  const deadlinesOf = (d: Deadlines): Shown['deadlines'] =>
    d.deadlines.map((x) => ({ id: x.id, date: x.date, member: key(x.memberId) }));
  return {
    api: {
      checklist: checklistOf(api.checklist),
      steps: api.steps.map((p) => ({ id: p.id, steps: p.steps.map((x) => x.id) })),
      deadlines: deadlinesOf(apiDeadlines),
    },
    cli: { checklist: checklistOf(cliChecklist), deadlines: deadlinesOf(cliDeadlines) },
    names,
  };
}
