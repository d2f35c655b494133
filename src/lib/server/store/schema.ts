/**
 * The tables as Kysely sees them. Everything a family told is in `cases.content`, encrypted by the
 * application (workspace/crypto.ts); the other columns hold no name, note, situation or date of the
 * procedure, so that a dump of the database shows none.
 */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date, Date>;

export interface OrganisationsTable {
  id: string;
  name: string;
  /** Days a closed case is kept before it is purged. */
  retention_days: number;
  created_at: Timestamp;
}

export interface UsersTable {
  id: string;
  org_id: string;
  email: string;
  role: 'admin' | 'worker';
  password_hash: string;
  /** The TOTP secret, encrypted; null when TOTP is off. */
  totp_secret: string | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the token in the cookie (hex): the token itself is never stored. */
  token_hash: string;
  user_id: string;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  /** The e-mail address typed, lower-cased (an unknown address is limited too). */
  email: string;
  at: Timestamp;
}

export interface CalendarTokensTable {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
}

export interface CasesTable {
  id: string;
  org_id: string;
  worker_id: string | null;
  status: 'open' | 'closed' | 'erased';
  /** The case's content (CaseContent as JSON), encrypted; null once erased. */
  content: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  closed_at: Timestamp | null;
}

export interface AuditTable {
  id: Generated<number>;
  org_id: string;
  user_id: string | null;
  case_id: string | null;
  action: string;
  at: Timestamp;
}

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  calendar_tokens: CalendarTokensTable;
  cases: CasesTable;
  audit: AuditTable;
}
