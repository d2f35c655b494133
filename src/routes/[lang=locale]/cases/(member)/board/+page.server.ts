/**
 * The organisation's deadlines board: every deadline of every open case, computed from each case's
 * file on today's date (buildBoard), filtered by worker; and the member's private calendar feed.
 */
import type { Actions, PageServerLoad } from './$types';
import { todayInFrance } from '$lib/server/today';
import {
  createCalendarToken,
  hasCalendarToken,
  listMembers,
  revokeCalendarToken,
  workspace,
} from '$lib/server/workspace';
import { audit } from '$lib/server/workspace/audit';
import { openCaseContents } from '$lib/server/workspace/cases';
import { checkCsrf, member } from '$lib/server/workspace-pages';
import { buildBoard } from '$lib/usecases/board';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const actor = member(locals, url, params.lang);
  const ws = await workspace();
  const today = todayInFrance();
  const members = await listMembers(ws, actor);
  const asked = url.searchParams.get('worker') ?? '';
  const worker = members.some((m) => m.userId === asked) ? asked : undefined;
  const cases = await openCaseContents(ws, actor.orgId);
  const board = buildBoard(
    cases.map(({ row, content }) => ({
      id: row.id,
      label: content.sponsor.name,
      worker: row.worker_id ?? '',
      situation: content.situation,
      events: content.events,
    })),
    today,
    worker ? { worker } : {},
  );
  await audit(ws.db, ws.now(), { orgId: actor.orgId, userId: actor.userId, action: 'board.read' });
  const names = Object.fromEntries(cases.map(({ row, content }) => [row.id, content.names]));
  return {
    today,
    worker: worker ?? '',
    members: members.map((m) => ({ userId: m.userId, email: m.email })),
    entries: board.entries.map((e) => ({
      ...e,
      member: e.deadline.memberId ? (names[e.caseId]?.[e.deadline.memberId] ?? '') : '',
    })),
    feed: await hasCalendarToken(ws, actor),
  };
};

export const actions: Actions = {
  /** A new feed address (the old one stops working), shown once. */
  feed: async ({ request, locals, url, params, cookies }) => {
    const actor = member(locals, url, params.lang);
    checkCsrf(await request.formData(), cookies);
    const token = await createCalendarToken(await workspace(), actor);
    return { feedUrl: `${url.origin}/api/v1/calendar/${token}?lang=${params.lang}` };
  },
  revoke: async ({ request, locals, url, params, cookies }) => {
    const actor = member(locals, url, params.lang);
    checkCsrf(await request.formData(), cookies);
    await revokeCalendarToken(await workspace(), actor);
    return { revoked: true };
  },
};
