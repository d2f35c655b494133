/** The organisation's audit log, newest first: actions, ids and instants, never a case's content. */
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { type AuditAction, listMembers, organisationAudit, workspace } from '$lib/server/workspace';
import { administrator } from '$lib/server/workspace-pages';

/** The words of each action of the log. */
const ACTION_KEYS: Record<AuditAction, string> = {
  'case.create': 'ws.audit.action.caseCreate',
  'case.read': 'ws.audit.action.caseRead',
  'case.update': 'ws.audit.action.caseUpdate',
  'case.export': 'ws.audit.action.caseExport',
  'case.erase': 'ws.audit.action.caseErase',
  'case.purge': 'ws.audit.action.casePurge',
  'case.audit': 'ws.audit.action.caseAudit',
  'cases.list': 'ws.audit.action.casesList',
  'board.read': 'ws.audit.action.boardRead',
  'calendar.read': 'ws.audit.action.calendarRead',
  'member.add': 'ws.audit.action.memberAdd',
  'member.remove': 'ws.audit.action.memberRemove',
  'organisation.retention': 'ws.audit.action.organisationRetention',
};

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const actor = administrator(locals, url, params.lang);
  const ws = await workspace();
  const lines = await organisationAudit(ws, actor, { limit: 500 });
  if (!lines.ok) error(403, 'ws.error.forbidden');
  const emails = Object.fromEntries((await listMembers(ws, actor)).map((m) => [m.userId, m.email]));
  return {
    lines: lines.value.map((l) => ({
      ...l,
      actionKey: ACTION_KEYS[l.action as AuditAction],
      who: l.userId ? (emails[l.userId] ?? l.userId) : '',
    })),
  };
};
