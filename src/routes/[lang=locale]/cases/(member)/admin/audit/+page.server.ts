/** The organisation's audit log, newest first: actions, ids and instants, never a case's content. */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { listMembers, organisationAudit, workspace } from '$lib/server/workspace';
import { administrator } from '$lib/server/workspace-pages';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const actor = administrator(locals, url, params.lang);
  const ws = await workspace();
  const lines = await organisationAudit(ws, actor, { limit: 500 });
  if (!lines.ok) error(403, 'ws.error.forbidden');
  const emails = Object.fromEntries((await listMembers(ws, actor)).map((m) => [m.userId, m.email]));
  return {
    lines: lines.value.map((l) => ({ ...l, who: l.userId ? (emails[l.userId] ?? l.userId) : '' })),
  };
};
