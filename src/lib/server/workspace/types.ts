/**
 * The workspace's vocabulary, shared by its services, the HTTP API and the pages: who acts (Actor),
 * what a case holds (CaseContent, encrypted at rest), and what a service answers (Outcome: a value, or
 * an HTTP-like status with located problems in the API's error shape).
 */
import type { Deadline } from '../../dossier';
import type { Events } from '../../dossier/events';
import type { Problem } from '../../law/problem';

export const ROLES = ['admin', 'worker'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person, as `event.locals.actor` gives it to pages and endpoints. */
export interface Actor {
  userId: string;
  email: string;
  role: Role;
  orgId: string;
  orgName: string;
}

export const DOCUMENT_STATUSES = ['to_obtain', 'obtained', 'sent'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Where one document of the checklist stands, for the sponsor (memberId null) or one member. */
export interface DocumentState {
  /** A document id of the checklist (src/lib/dossier/data, `DOCUMENTS`). */
  document: string;
  memberId: string | null;
  status: DocumentStatus;
  /** The day it reached that status (YYYY-MM-DD). */
  date: string;
}

export interface Note {
  id: string;
  /** When it was written (ISO 8601 instant). */
  at: string;
  authorId: string | null;
  text: string;
}

/** Everything a case holds about the family: all of it is encrypted in the database. */
export interface CaseContent {
  /** The situation, as the simulator and the API take it (docs/contract.md). */
  situation: unknown;
  /** The known dates of the procedure (docs/api.md, `events`). */
  events: Events;
  /** Real names of the members, by member id (for letters and lists). */
  names: Record<string, string>;
  /** The sponsor's name and postal address, for letters. */
  sponsor: { name: string; address: string };
  documents: DocumentState[];
  notes: Note[];
}

export type CaseStatus = 'open' | 'closed';

export interface CaseRecord extends CaseContent {
  id: string;
  status: CaseStatus;
  /** The worker who follows the case, if any. */
  workerId: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** One line of the list of open cases. */
export interface CaseSummary {
  id: string;
  status: CaseStatus;
  workerId: string | null;
  sponsorName: string;
  updatedAt: string;
  /** The first deadline from today on, or null (none known, or the situation cannot be assessed). */
  nextDeadline: Deadline | null;
}

/** One line of the organisation's deadlines board. */
export interface BoardEntry {
  caseId: string;
  workerId: string | null;
  sponsorName: string;
  /** The member's real name when the deadline is a member's. */
  memberName: string | null;
  deadline: Deadline;
}

export interface Member {
  userId: string;
  email: string;
  role: Role;
  totp: boolean;
  createdAt: string;
}

export interface AuditLine {
  id: number;
  userId: string | null;
  caseId: string | null;
  action: string;
  at: string;
}

export interface Organisation {
  id: string;
  name: string;
  retentionDays: number;
}

/** A service's answer: the value, or a status (400 bad input, 403 not allowed, 404 not found or not
 * this organisation's, 409 conflict) with the problems, in the API's error shape. */
export type Outcome<T> =
  { ok: true; value: T } | { ok: false; status: 400 | 403 | 404 | 409; errors: Problem[] };

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failed = (
  status: 400 | 403 | 404 | 409,
  errors: Problem[] | string,
): { ok: false; status: 400 | 403 | 404 | 409; errors: Problem[] } => ({
  ok: false,
  status,
  errors: typeof errors === 'string' ? [{ path: '(body)', message: errors }] : errors,
});
export const NOT_FOUND = failed(404, [{ path: 'id', message: 'no such case' }]);
export const ADMINS_ONLY = failed(403, [
  { path: '(actor)', message: 'only an administrator of the organisation can do this' },
]);
