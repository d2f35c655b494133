/**
 * The database's migrations, in order, run at every start (Kysely's migrator takes a lock, so that
 * several instances starting together run each once). SQL that PostgreSQL 15 and 18 both accept.
 * A migration, once released, is never edited: add the next one.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Database } from './schema';

const MIGRATIONS: Record<string, Migration> = {
  '0001-workspace': {
    async up(db: Kysely<unknown>) {
      for (const statement of [
        `create table organisations (
          id uuid primary key,
          name text not null unique,
          retention_days integer not null default 365 check (retention_days between 1 and 36500),
          created_at timestamptz not null
          )`,
        `create table users (
          id uuid primary key,
          org_id uuid not null references organisations(id),
          email text not null unique,
          role text not null check (role in ('admin', 'worker')),
          password_hash text not null,
          totp_secret text,
          created_at timestamptz not null
          )`,
        `create index users_org on users (org_id)`,
        `create table sessions (
          token_hash text primary key,
          user_id uuid not null references users(id) on delete cascade,
          expires_at timestamptz not null,
          created_at timestamptz not null
          )`,
        `create index sessions_user on sessions (user_id)`,
        `create table sign_in_failures (
          id bigserial primary key,
          email text not null,
          at timestamptz not null
          )`,
        `create index sign_in_failures_email on sign_in_failures (email, at)`,
        `create table calendar_tokens (
          token_hash text primary key,
          user_id uuid not null unique references users(id) on delete cascade,
          created_at timestamptz not null
          )`,
        `create table cases (
          id uuid primary key,
          org_id uuid not null references organisations(id),
          worker_id uuid references users(id) on delete set null,
          status text not null check (status in ('open', 'closed', 'erased')),
          content text,
          created_at timestamptz not null,
          updated_at timestamptz not null,
          closed_at timestamptz
          )`,
        `create index cases_org on cases (org_id, status)`,
        `create table audit (
          id bigserial primary key,
          org_id uuid not null references organisations(id),
          user_id uuid,
          case_id uuid,
          action text not null,
          at timestamptz not null
          )`,
        `create index audit_case on audit (org_id, case_id, id)`,
        `create function audit_append_only() returns trigger language plpgsql as $$
          begin
          raise exception 'the audit log is append-only';
          end;
          $$`,
        `create trigger audit_append_only before update or delete on audit
          for each statement execute function audit_append_only()`,
      ])
        await sql.raw(statement).execute(db);
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database up to date; throws with the failing migration's error. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
