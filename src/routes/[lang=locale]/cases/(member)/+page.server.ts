import type { PageServerLoad } from './$types';
import { listCases, listMembers, workspace } from '$lib/server/workspace';
import { member } from '$lib/server/workspace-pages';

/** The organisation's open cases (or closed ones, `?closed`), each with its next deadline. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
  const actor = member(locals, url, params.lang);
  const ws = await workspace();
  const closed = url.searchParams.has('closed');
  const [cases, members] = await Promise.all([
    listCases(ws, actor, { status: closed ? 'closed' : 'open' }),
    listMembers(ws, actor),
  ]);
  const emails = Object.fromEntries(members.map((m) => [m.userId, m.email]));
  return {
    closed,
    erased: url.searchParams.has('erased'),
    cases: cases.map((c) => ({
      ...c,
      worker: c.workerId ? (emails[c.workerId] ?? null) : null,
    })),
  };
};
