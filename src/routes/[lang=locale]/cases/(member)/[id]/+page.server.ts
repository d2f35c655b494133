/**
 * One case: the assessment and the file (deadlines, steps, documents, letters) recomputed from the
 * case's data on today's date, as the simulator shows them, with what the association keeps beside:
 * real names, where each document stands, notes, the known dates. Every change is a form post
 * (Post/Redirect/Get); a form with errors comes back with them, field by field.
 */
import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { EVENT_KEYS, type EventKey } from '$lib/dossier';
import { partsOf, readDate } from '$lib/interview/dates';
import type { Situation } from '$lib/law';
import { todayInFrance } from '$lib/server/today';
import {
  caseFile,
  getCase,
  getOrganisation,
  listMembers,
  updateCase,
  workspace,
  type CaseRecord,
  type DocumentState,
} from '$lib/server/workspace';
import { checkCsrf, member, text, type FieldErrors } from '$lib/server/workspace-pages';
import { readFileInput } from '$lib/usecases';
import { askedEvents, lettersFor } from '$lib/web/dossier/dossier.server';

const STATUSES = ['to_obtain', 'obtained', 'sent'] as const;

async function record(locals: App.Locals, url: URL, lang: string, id: string) {
  const actor = member(locals, url, lang);
  const ws = await workspace();
  const found = await getCase(ws, actor, id);
  if (!found.ok) error(404, 'ws.error.not_found');
  return { actor, ws, record: found.value };
}

/** The documents of the case's checklist, one line per document and person, with its status. */
function documentRows(record: CaseRecord, checklist: import('$lib/dossier').Checklist) {
  const rows: { document: string; memberId: string | null; state?: DocumentState }[] = [];
  const seen = new Set<string>();
  const add = (document: string, memberId: string | null) => {
    const key = `${document}|${memberId ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const state = record.documents.find((d) => d.document === document && d.memberId === memberId);
    rows.push({ document, memberId, ...(state ? { state } : {}) });
  };
  for (const p of checklist.procedures) {
    for (const item of p.sponsor) add(item.id, null);
    for (const m of p.members) for (const item of m.items) add(item.id, m.id);
  }
  return rows;
}

function eventValues(events: Record<string, string | undefined>, keys: readonly EventKey[]) {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const p = partsOf(events[k]);
    out[`ev.${k}.day`] = p.day;
    out[`ev.${k}.month`] = p.month;
    out[`ev.${k}.year`] = p.year;
  }
  return out;
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const { actor, ws, record: rec } = await record(locals, url, params.lang, params.id);
  const today = todayInFrance();
  const [members, organisation] = await Promise.all([
    listMembers(ws, actor),
    getOrganisation(ws, actor),
  ]);
  const emails = Object.fromEntries(members.map((m) => [m.userId, m.email]));
  const file = caseFile(rec, today);
  const read = readFileInput({ situation: rec.situation, events: rec.events }, today);
  const situation: Situation | undefined = read.ok ? read.value.situation : undefined;
  const dossier = file.ok ? file.value : undefined;
  const asked =
    dossier && situation
      ? askedEvents(dossier, situation, today).concat(
          EVENT_KEYS.filter(
            (k) =>
              rec.events[k] !== undefined && !askedEvents(dossier, situation, today).includes(k),
          ),
        )
      : [...EVENT_KEYS];
  return {
    today,
    saved: url.searchParams.has('saved'),
    case: {
      id: rec.id,
      status: rec.status,
      closedAt: rec.closedAt,
      sponsor: rec.sponsor,
      names: rec.names,
      memberIds: (situation?.members ?? []).map((m) => m.id),
      worker: rec.workerId ? (emails[rec.workerId] ?? null) : null,
      notes: rec.notes.map((n) => ({
        ...n,
        author: n.authorId ? (emails[n.authorId] ?? '') : '',
      })),
    },
    dossier,
    problems: file.ok ? [] : file.errors,
    asked,
    eventValues: eventValues(rec.events, asked),
    letters: dossier && situation ? lettersFor(dossier, situation, rec.events, asked, today) : [],
    documents: dossier ? documentRows(rec, dossier.checklist) : [],
    retentionDays: organisation.retentionDays,
  };
};

/** The form's section, the errors by field, and what was typed, to show the form again. */
type Failed = { section: string; errors: FieldErrors; values?: Record<string, string> };

async function change(
  request: Request,
  locals: App.Locals,
  url: URL,
  params: { lang: string; id: string },
  cookies: import('@sveltejs/kit').Cookies,
  section: string,
  patchOf: (
    form: FormData,
    rec: CaseRecord,
  ) => { patch: Record<string, unknown> } | { failed: Failed },
  fieldOf: (path: string) => string = () => '(form)',
): Promise<Failed> {
  const form = await request.formData();
  const { actor, ws, record: rec } = await record(locals, url, params.lang, params.id);
  checkCsrf(form, cookies);
  const made = patchOf(form, rec);
  if ('failed' in made) return made.failed;
  const updated = await updateCase(ws, actor, rec.id, made.patch);
  if (!updated.ok) {
    if (updated.status === 404) error(404, 'ws.error.not_found');
    const errors: FieldErrors = {};
    for (const p of updated.errors) errors[fieldOf(p.path)] ??= 'ws.error.invalid';
    return { section, errors };
  }
  redirect(303, `/${params.lang}/cases/${rec.id}?saved#${section}`);
}

export const actions: Actions = {
  identity: ({ request, locals, url, params, cookies }) =>
    change(request, locals, url, params, cookies, 'identity', (form, rec) => {
      const names: Record<string, string> = { ...rec.names };
      for (const [key, value] of form.entries())
        if (key.startsWith('name.') && typeof value === 'string')
          names[key.slice(5, 45)] = value.trim().slice(0, 200);
      return {
        patch: {
          sponsor: {
            name: text(form, 'sponsor_name', 200),
            address: text(form, 'sponsor_address', 1000),
          },
          names,
        },
      };
    }),
  events: ({ request, locals, url, params, cookies }) =>
    change(
      request,
      locals,
      url,
      params,
      cookies,
      'dates',
      (form, rec) => {
        const events: Record<string, string> = { ...(rec.events as Record<string, string>) };
        const errors: FieldErrors = {};
        const values: Record<string, string> = {};
        for (const key of EVENT_KEYS.filter((k) => form.has(`ev.${k}.day`))) {
          const part = (p: string) => text(form, `ev.${key}.${p}`, 20);
          const parts = { day: part('day'), month: part('month'), year: part('year') };
          values[`ev.${key}.day`] = parts.day;
          values[`ev.${key}.month`] = parts.month;
          values[`ev.${key}.year`] = parts.year;
          const read = readDate(parts, true);
          if (!read.ok) errors[`ev.${key}.${read.part ?? 'day'}`] = `interview.error.${read.error}`;
          else if (read.iso === null) delete events[key];
          else events[key] = read.iso;
        }
        if (Object.keys(errors).length) return { failed: { section: 'dates', errors, values } };
        return { patch: { events } };
      },
      (path) => {
        const key = /^events\.([A-Za-z]+)/.exec(path)?.[1];
        return key ? `ev.${key}.day` : '(form)';
      },
    ),
  documents: ({ request, locals, url, params, cookies }) =>
    change(request, locals, url, params, cookies, 'documents', (form) => {
      const today = todayInFrance();
      const documents: DocumentState[] = [];
      const errors: FieldErrors = {};
      const values: Record<string, string> = {};
      for (let i = 0; form.has(`doc.${i}.id`) && i < 1000; i++) {
        const status = text(form, `doc.${i}.status`, 20);
        const date = text(form, `doc.${i}.date`, 20);
        values[`doc.${i}.status`] = status;
        values[`doc.${i}.date`] = date;
        if (!(STATUSES as readonly string[]).includes(status)) continue;
        if (date && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date)) {
          errors[`doc.${i}.date`] = 'ws.error.invalid';
          continue;
        }
        // "to obtain" without a date is where every document starts: nothing to keep
        if (status === 'to_obtain' && !date) continue;
        const memberId = text(form, `doc.${i}.member`, 40);
        documents.push({
          document: text(form, `doc.${i}.id`, 80),
          memberId: memberId || null,
          status: status as DocumentState['status'],
          date: date || today,
        });
      }
      if (Object.keys(errors).length) return { failed: { section: 'documents', errors, values } };
      return { patch: { documents } };
    }),
  note: ({ request, locals, url, params, cookies }) =>
    change(request, locals, url, params, cookies, 'notes', (form) => {
      const note = text(form, 'note', 20_000);
      if (!note) return { failed: { section: 'notes', errors: { note: 'ws.error.required' } } };
      return { patch: { note } };
    }),
  close: ({ request, locals, url, params, cookies }) =>
    change(request, locals, url, params, cookies, 'manage', () => ({
      patch: { status: 'closed' },
    })),
  reopen: ({ request, locals, url, params, cookies }) =>
    change(request, locals, url, params, cookies, 'manage', () => ({
      patch: { status: 'open' },
    })),
};
