// The large demo database the figures share, built once per bench run:
//   1. a database at schema version 1 (a copy of db/migrations whose journal lists only the first migration),
//   2. filled by generateCatalog (scripts/seed/bulk-catalog.ts) with LARGE.products products (bottle and case units,
//      EAN-13 and case GTIN-14 barcodes, two price lists) and LARGE.customers stores,
//   3. opened with openDatabase and the real migrations — timed: backup, every later migration (table rebuilds of
//      products and customers included), foreign_key_check and pragmas. That is db.open_migrate_ms.
// The opened handle then serves the scan and catalog figures.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultMigrationsFolder, knownSchemaVersion, openDatabase, type OpenDb } from '../../db/open';
import type { Core } from '../../electron/core/shared/context';
import { DEFAULT_TIME_ZONE } from '../../electron/core/shared/dates';
import { generateCatalog } from '../seed/bulk-catalog';
import { afterBench, note } from './figure';
import { msSince } from './stats';

export const LARGE = { products: 50_000, customers: 30_000 } as const;

export interface LargeDb extends OpenDb {
  core: Core;
  /** Milliseconds openDatabase took to back up and migrate the version-1 file to the current schema. */
  openMigrateMs: number;
  /** Size of the file before migrating, in bytes. */
  bytesBefore: number;
}

/** A copy of the migrations folder that knows only the first migration. */
function firstMigrationOnly(dir: string): string {
  const folder = join(dir, 'migrations-v1');
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, 1);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

async function build(): Promise<LargeDb> {
  const dir = mkdtempSync(join(tmpdir(), 'dms-bench-'));
  afterBench(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'dms.sqlite');

  note(`building a version-1 database with ${LARGE.products} products and ${LARGE.customers} customers`);
  const start = process.hrtime.bigint();
  const v1 = await openDatabase(file, { migrationsFolder: firstMigrationOnly(dir) });
  generateCatalog(coreOf(v1), LARGE);
  v1.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  v1.sqlite.close();
  note(`built in ${(msSince(start) / 1000).toFixed(1)} s; opening with all ${knownSchemaVersion()} migrations`);

  const bytesBefore = statSync(file).size;
  const openStart = process.hrtime.bigint();
  const opened = await openDatabase(file);
  const openMigrateMs = msSince(openStart);
  const core = coreOf(opened);
  afterBench(() => {
    opened.sqlite.close();
  });
  return { ...opened, core, openMigrateMs, bytesBefore };
}

const coreOf = (o: OpenDb): Core => ({ db: o.db, sqlite: o.sqlite, now: () => new Date(), timeZone: DEFAULT_TIME_ZONE });

let pending: Promise<LargeDb> | null = null;

/** The shared large database (built on first use). */
export function largeDb(): Promise<LargeDb> {
  pending ??= build();
  return pending;
}
