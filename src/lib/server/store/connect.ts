/**
 * Opens the workspace's database: PostgreSQL when `DATABASE_URL` is set (the app keeps no state of its
 * own, so several instances can serve one database), else PGlite embedded in the process, its files in
 * the data directory. Migrations run before anything else is asked of it.
 *
 * PGlite is one process's database: a lock file in the data directory keeps a second process (a
 * command run while the server is up) from opening the same files.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { migrate } from './migrations';
import { PGliteDialect } from './pglite-dialect';
import type { Database } from './schema';

export type StoreConfig =
  | { kind: 'postgres'; url: string }
  | { kind: 'pglite'; dataDir: string }
  /** PGlite in memory only (tests): nothing on disk. */
  | { kind: 'memory' };

export interface Store {
  db: Kysely<Database>;
  kind: StoreConfig['kind'];
  /** Writes PGlite's pending pages to its files (a no-op on PostgreSQL). */
  checkpoint(): Promise<void>;
  close(): Promise<void>;
}

/** The storage the environment asks for: `DATABASE_URL`, else PGlite in `REUNIR_DATA_DIR` or ./data. */
export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  return { kind: 'pglite', dataDir: dataDirFromEnv(env) };
}

export const dataDirFromEnv = (env: NodeJS.ProcessEnv = process.env) =>
  env.REUNIR_DATA_DIR || 'data';

/**
 * PGlite's PostgreSQL keeps its shared buffers inside the process's WebAssembly memory: PostgreSQL's
 * default 128 MB doubles the idle server's memory; an association's cases fit in far less
 * (docs/performance.md, "Memory").
 */
const SMALL = 'shared_buffers = 16MB';

export class StoreLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data directory's lock, or throws when a live process holds it. */
function lock(dataDir: string): () => void {
  const file = join(dataDir, 'reunir.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      // a process that exits without closing the store (a signal handler's exit) frees it too
      const release = () => rmSync(file, { force: true });
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder))
        throw new StoreLockedError(
          `the data directory ${dataDir} is in use by process ${holder}; stop it first ` +
            '(embedded storage serves one process; use DATABASE_URL to share a database)',
        );
      rmSync(file, { force: true }); // left by a process that was killed
    }
  }
  throw new StoreLockedError(`could not lock the data directory ${dataDir}`);
}

export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.kind === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    try {
      await migrate(db);
    } catch (e) {
      await db.destroy();
      throw e;
    }
    return { db, kind: 'postgres', checkpoint: async () => {}, close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  let unlock = () => {};
  let pg;
  if (config.kind === 'pglite') {
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    unlock = lock(config.dataDir);
    try {
      pg = await PGlite.create({ dataDir: join(config.dataDir, 'pglite'), postgresqlconf: SMALL });
    } catch (e) {
      unlock();
      throw e;
    }
  } else pg = await PGlite.create({ postgresqlconf: SMALL });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pg) });
  try {
    await migrate(db);
  } catch (e) {
    await pg.close();
    unlock();
    throw e;
  }
  return {
    db,
    kind: config.kind,
    checkpoint: async () => void (await pg.query('checkpoint')),
    close: async () => {
      await db.destroy();
      await pg.close();
      unlock();
    },
  };
}
