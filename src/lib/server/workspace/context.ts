/**
 * The workspace: its store, its key ring and its clock, opened once per process (`workspace()`, from
 * the environment) or explicitly (`openWorkspace`, tests and commands). Every service takes it first.
 */
import type { Kysely } from 'kysely';
import { openStore, type Store, type StoreConfig, storeConfigFromEnv } from '../store/connect';
import type { Database } from '../store/schema';
import { type KeyRing, keysFromEnv } from './crypto';

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

export async function openWorkspace(options: WorkspaceOptions): Promise<Workspace> {
  // the key first: a server that could not read its data must not start at all
  const keys = options.keys ?? keysFromEnv(process.env, options.store);
  const store = await openStore(options.store);
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
