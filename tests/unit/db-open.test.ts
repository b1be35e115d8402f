import Database from 'better-sqlite3';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, knownSchemaVersion, openDatabase } from '../../db/open';
import { transact } from '../../db/tx';
import { tempDir } from '../helpers/core';

const dirs: string[] = [];
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return join(d, 'dms.sqlite');
};
afterEach(() => dirs.splice(0));

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout on every open, including a reopen', async () => {
    const file = fresh();
    for (let i = 0; i < 2; i++) {
      const { sqlite } = await openDatabase(file);
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion());
      sqlite.close();
    }
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const file = fresh();
    (await openDatabase(file)).sqlite.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${knownSchemaVersion() + 1}`);
    raw.close();
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DB_TOO_NEW' });
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(knownSchemaVersion() + 1);
    again.close();
  });

  it('refuses a SQLite file that is not ours', async () => {
    const file = fresh();
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    await expect(openDatabase(file)).rejects.toMatchObject({ code: 'DB_FOREIGN' });
  });

  it('backs up before migrating and keeps foreign keys intact through a drizzle-style table rebuild', async () => {
    const file = fresh();
    const migrations = join(tempDir(), 'migrations');
    cpSync(defaultMigrationsFolder(), migrations, { recursive: true });
    const first = await openDatabase(file, { migrationsFolder: migrations });
    const now = new Date().toISOString();
    first.sqlite.prepare("INSERT INTO brands (id, code, name, created_at) VALUES ('b1', 'KO', '可口可乐', ?)").run(now);
    first.sqlite
      .prepare("INSERT INTO products (id, sku, name, brand_id, base_unit, search_text, created_at, updated_at) VALUES ('p1', 'S1', '可乐', 'b1', '瓶', '', ?, ?)")
      .run(now, now);
    first.sqlite.close();

    // A second migration as drizzle-kit writes one to alter a referenced table: rebuild and rename.
    const tag = '9999_rebuild_brands';
    writeFileSync(
      join(migrations, `${tag}.sql`),
      [
        'PRAGMA foreign_keys=OFF;',
        'CREATE TABLE `__new_brands` (`id` text PRIMARY KEY NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `note` text DEFAULT \'\' NOT NULL, `created_at` text NOT NULL);',
        'INSERT INTO `__new_brands`("id", "code", "name", "created_at") SELECT "id", "code", "name", "created_at" FROM `brands`;',
        'DROP TABLE `brands`;',
        'ALTER TABLE `__new_brands` RENAME TO `brands`;',
        'PRAGMA foreign_keys=ON;',
      ].join('\n--> statement-breakpoint\n'),
    );
    const journalFile = join(migrations, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    journal.entries.push({ ...journal.entries[0]!, idx: journal.entries.length, when: Date.now() + 1000, tag });
    writeFileSync(journalFile, JSON.stringify(journal));

    const second = await openDatabase(file, { migrationsFolder: migrations });
    expect(second.backup && existsSync(second.backup)).toBe(true);
    const backup = new Database(second.backup!, { readonly: true });
    expect(backup.prepare('SELECT name FROM brands').all()).toEqual([{ name: '可口可乐' }]);
    backup.close();
    expect(second.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion() + 1);
    expect(second.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(second.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(second.sqlite.prepare('SELECT p.name, b.note FROM products p JOIN brands b ON b.id = p.brand_id').get()).toEqual({ name: '可乐', note: '' });
    // The rebuilt parent still enforces its children.
    expect(() => second.sqlite.prepare("DELETE FROM brands WHERE id = 'b1'").run()).toThrow(/FOREIGN KEY/);
    second.sqlite.close();
  });

  it('rejects money that is not an integer at the database level', async () => {
    const { sqlite } = await openDatabase(fresh());
    const now = new Date().toISOString();
    sqlite.prepare("INSERT INTO price_lists (id, code, name, created_at) VALUES ('pl', 'P1', '批发价', ?)").run(now);
    sqlite.prepare("INSERT INTO products (id, sku, name, base_unit, search_text, created_at, updated_at) VALUES ('p', 'S1', '可乐', '瓶', '', ?, ?)").run(now, now);
    sqlite.prepare("INSERT INTO product_units (id, product_id, name, factor) VALUES ('u', 'p', '瓶', 1)").run();
    const insert = sqlite.prepare("INSERT INTO prices (price_list_id, unit_id, product_id, price, updated_at) VALUES ('pl', 'u', 'p', ?, ?)");
    expect(() => insert.run(12.5, now)).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('350', now)).not.toThrow(); // SQLite's INTEGER affinity turns '350' into 350 first
    expect(sqlite.prepare('SELECT typeof(price) AS t FROM prices').get()).toEqual({ t: 'integer' });
    sqlite.close();
  });
});

describe('transact', () => {
  it('refuses an async callback before running it', async () => {
    const { sqlite } = await openDatabase(fresh());
    let ran = false;
    expect(() =>
      // eslint-disable-next-line no-restricted-syntax -- the point of this test: an async callback is refused
      transact(sqlite, (async () => {
        ran = true;
      }) as unknown as () => void),
    ).toThrow(/async/);
    expect(ran).toBe(false);
    sqlite.close();
  });

  it('rolls back a callback that returns a promise', async () => {
    const { sqlite } = await openDatabase(fresh());
    const now = new Date().toISOString();
    expect(() =>
      transact(sqlite, () => {
        sqlite.prepare("INSERT INTO brands (id, code, name, created_at) VALUES ('b', 'B', '品牌', ?)").run(now);
        return Promise.resolve(1);
      }),
    ).toThrow(/promise/);
    expect(sqlite.prepare('SELECT count(*) AS n FROM brands').get()).toEqual({ n: 0 });
    sqlite.close();
  });
});
