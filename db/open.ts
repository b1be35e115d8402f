// Opening the database: pragmas, backup before migrating, refusing a newer database, and migrations that keep
// foreign keys intact. Everything that touches the file goes through here.
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';
import { DbError } from './errors';

export type Db = BetterSQLite3Database<typeof schema>;
export type Sqlite = Database.Database;
export interface OpenDb {
  sqlite: Sqlite;
  db: Db;
  file: string;
  /** Path of the backup taken before migrating, when migrations ran on an existing file. */
  backup?: string;
}

export interface OpenOptions {
  /** Folder of drizzle-kit migrations; defaults to db/migrations beside this file. */
  migrationsFolder?: string;
  /** Where backups go; defaults to `<dir of file>/backups`. */
  backupDir?: string;
  /** Path to an Electron build of better-sqlite3's .node file (see README: native modules). */
  nativeBinding?: string;
  /** Milliseconds a writer waits for a lock before SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

/** Marks our files so that we never migrate some other program's SQLite database. */
const APPLICATION_ID = 0x444d5301;

export const defaultMigrationsFolder = () => join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Number of migrations this build knows: the schema version it writes into PRAGMA user_version. */
export function knownSchemaVersion(migrationsFolder = defaultMigrationsFolder()): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

/** Sets the pragmas that every connection needs and checks that they took. */
export function applyPragmas(sqlite: Sqlite, busyTimeoutMs = 5000): void {
  sqlite.pragma('journal_mode = WAL');
  // better-sqlite3 leaves a reopened WAL database at NORMAL: set FULL on every open, then verify.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${Math.trunc(busyTimeoutMs)}`);
  const sync = sqlite.pragma('synchronous', { simple: true });
  const fk = sqlite.pragma('foreign_keys', { simple: true });
  if (sync !== 2 || fk !== 1) throw new DbError('DB_PRAGMA', `synchronous=${String(sync)} foreign_keys=${String(fk)}`);
}

function backupName(file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${basename(file)}.v${fromVersion}.${stamp}.bak`;
}

export async function openDatabase(file: string, opts: OpenOptions = {}): Promise<OpenDb> {
  const migrationsFolder = opts.migrationsFolder ?? defaultMigrationsFolder();
  const target = knownSchemaVersion(migrationsFolder);
  mkdirSync(dirname(file), { recursive: true });
  const existed = existsSync(file);
  const sqlite = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    applyPragmas(sqlite, opts.busyTimeoutMs);
    const appId = sqlite.pragma('application_id', { simple: true }) as number;
    const version = sqlite.pragma('user_version', { simple: true }) as number;
    const hasTables = (sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type='table'").get() as { n: number }).n > 0;
    if (hasTables && appId !== APPLICATION_ID) throw new DbError('DB_FOREIGN', file);
    if (version > target) throw new DbError('DB_TOO_NEW', `${version} > ${target}`);

    let backup: string | undefined;
    if (existed && hasTables && version < target) {
      const dir = opts.backupDir ?? join(dirname(file), 'backups');
      mkdirSync(dir, { recursive: true });
      backup = join(dir, backupName(file, version));
      await sqlite.backup(backup);
    }
    const db = drizzle(sqlite, { schema });
    if (version < target) runMigrations(sqlite, db, migrationsFolder, target);
    return { sqlite, db, file, backup };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}

/**
 * drizzle-kit rebuilds tables (create new, copy, drop old, rename) to alter them; with foreign keys on, the drop
 * would fail or cascade. SQLite ignores `PRAGMA foreign_keys` inside a transaction, so it is switched off on the
 * connection around migrate, and foreign_key_check must find nothing before it is switched back on.
 */
function runMigrations(sqlite: Sqlite, db: Db, migrationsFolder: string, target: number): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder });
    const broken = sqlite.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new DbError('DB_FK_BROKEN', JSON.stringify(broken.slice(0, 5)));
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    sqlite.pragma(`user_version = ${target}`);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
