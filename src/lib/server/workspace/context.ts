/**
 * The workspace: its store, its key ring and its clock, opened once per process (`workspace()`, from
 * the environment) or explicitly (`openWorkspace`, tests and commands). Every service takes it first.
 */
import { type Kysely, sql } from 'kysely';
import { openStore, type Store, type StoreConfig, storeConfigFromEnv } from '../store/connect';
import type { Database } from '../store/schema';
import { KeyError, type KeyRing, keysFromEnv } from './crypto';

export interface Workspace {
  db: Kysely<Database>;
  store: Store;
  keys: KeyRing;
  /** The current instant; tests give their own. */
  now: () => Date;
  close(): Promise<void>;
}

export interface WorkspaceOptions {
  store: StoreConfig;
  /** Defaults to the environment's (REUNIR_SECRET_KEY or the data directory's secret.key). */
  keys?: KeyRing;
  now?: () => Date;
}

/** Throws when stored data names a key the ring lacks: the server would fail on every case. */
async function checkKeys(db: Kysely<Database>, keys: KeyRing): Promise<void> {
  const used = await sql<{ id: string }>`
    select distinct split_part(content, '.', 2) as id from cases where content is not null
    union
    select distinct split_part(totp_secret, '.', 2) from users where totp_secret is not null
  `.execute(db);
  const missing = used.rows.map((r) => r.id).filter((id) => !keys.keys.has(id));
  if (missing.length)
    throw new KeyError(
      `the stored data was encrypted with key ${missing.join(', ')}, which REUNIR_SECRET_KEY ` +
        "(or the data directory's secret.key) does not hold; give every key still in use " +
        '(docs/workspace.md, "Key rotation")',
    );
}

export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  // the key first: a server that could not read its data must not start at all
  const keys = options.keys ?? keysFromEnv(process.env, options.store);
  const store = await openStore(options.store);
  try {
    await checkKeys(store.db, keys);
  } catch (e) {
    await store.close();
    throw e;
  }
  return {
    db: store.db,
    store,
    keys,
    now: options.now ?? (() => new Date()),
    close: () => store.close(),
  };
}

let current: Promise<Workspace> | undefined;

/** The process's workspace, opened from the environment on first use. */
export function workspace(): Promise<Workspace> {
  current ??= openWorkspace({ store: storeConfigFromEnv() }).catch((e) => {
    current = undefined;
    throw e;
  });
  return current;
}
