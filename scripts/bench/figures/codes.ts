// codes.*: trace codes (箱码/盒码/瓶码), in their own databases (not the shared large one).
//   import_per_s: codes per second of importCodeFile on a generated association file of 10,000 cases × 10 boxes ×
//     9 bottles (1,010,000 codes, 900,000 lines "箱码,盒码,瓶码,商品条码,批号,生产日期", GBK with a Chinese
//     header): streaming decode, every check, and the one transaction that writes them.
//   import_raw_ratio: import_per_s over the rows per second of a bare prepared INSERT of the very same rows (read
//     back from the import) into a fresh database in one transaction, in the same run (two rounds of each,
//     alternating). Higher is better; 1 would mean reading and checking the file were free.
//   import_raw_cpu_ratio: the same in CPU time of the process, which a busy shared machine does not distort.
//   lookup_p50_ms / lookup_p99_ms: lookupCode (code, product, unit, nested contents, quantity) with 10,100,000
//     codes in the table (100,000 cases × 10 × 9, built with one bare INSERT … SELECT), for 5,000 seeded random
//     codes, a third each cases (101 codes nested), boxes and bottles, after 500 to warm up.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openDatabase, type Sqlite } from '../../../db/open';
import { transact } from '../../../db/tx';
import { gtinCheckDigit } from '../../../electron/core/scan/gtin';
import type { Core } from '../../../electron/core/shared/context';
import { DEFAULT_TIME_ZONE } from '../../../electron/core/shared/dates';
import { newId } from '../../../electron/core/shared/ids';
import { lookupCode } from '../../../electron/core/trace';
import { importCodeFile, type CodeImportResult } from '../../../electron/core/trace/import/import-file';
import { boxCode, caseCode, itemCode, writeAssociationFile } from '../../../tests/fixtures/trace/association';
import { afterBench, note, type Figure } from '../figure';
import { msSince, seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'codes';

const IMPORT = { cases: 10_000, boxesPerCase: 10, itemsPerBox: 9 };
const LOOKUP = { cases: 100_000, boxesPerCase: 10, itemsPerBox: 9 };
const LOOKUPS = 5_000;
const WARM_UP = 500;

interface Product {
  id: string;
  units: { bottle: string; box: string; case: string };
  gtin: string;
}

function newProduct(): Product {
  const body = '690000000042';
  return { id: newId(), units: { bottle: newId(), box: newId(), case: newId() }, gtin: body + String(gtinCheckDigit(body)) };
}

/** The product the codes belong to: a bottle, a box of 9, a case of 90, and the bottle's barcode. */
function insertProduct(sqlite: Sqlite, p: Product): void {
  const now = new Date().toISOString();
  sqlite
    .prepare(
      `INSERT INTO products (id, sku, name, base_unit, shelf_life_days, search_text, created_at, updated_at)
       VALUES (?, 'BENCH1', '青岛啤酒经典 500ml', '瓶', 365, 'qdpj', ?, ?)`,
    )
    .run(p.id, now, now);
  const unit = sqlite.prepare('INSERT INTO product_units (id, product_id, name, factor) VALUES (?, ?, ?, ?)');
  unit.run(p.units.bottle, p.id, '瓶', 1);
  unit.run(p.units.box, p.id, '盒', IMPORT.itemsPerBox);
  unit.run(p.units.case, p.id, '箱', IMPORT.itemsPerBox * IMPORT.boxesPerCase);
  sqlite.prepare('INSERT INTO barcodes (code, product_id, unit_id) VALUES (?, ?, ?)').run(p.gtin, p.id, p.units.bottle);
}

async function freshDb(dir: string, name: string, p: Product) {
  const opened = await openDatabase(join(dir, name));
  insertProduct(opened.sqlite, p);
  const core: Core = { db: opened.db, sqlite: opened.sqlite, now: () => new Date(), timeZone: DEFAULT_TIME_ZONE };
  /** Closes and deletes the database, its WAL and its backups folder. */
  const drop = () => {
    opened.sqlite.close();
    for (const f of [opened.file, `${opened.file}-wal`, `${opened.file}-shm`]) rmSync(f, { force: true });
  };
  return { ...opened, core, drop };
}

type Row = [string, string, string, string | null, string | null, string | null, string | null, string | null, string, string | null];

/** The rows the import wrote, in the order it wrote them, as positional parameters of the INSERT. */
function rowsOf(sqlite: Sqlite): Row[] {
  return sqlite
    .prepare(
      `SELECT code, level, product_id, unit_id, parent_code, batch, produced_on, expires_on, created_at, distributor_code
       FROM trace_codes ORDER BY rowid`,
    )
    .raw()
    .all() as Row[];
}

/** Wall-clock and CPU milliseconds (user + system, all threads of the process) of one run of fn. */
interface Timed {
  wallMs: number;
  cpuMs: number;
}

/**
 * A full garbage collection before each timed run, so that neither side pays for the other's garbage (a million
 * rows read back become garbage right before the next round's import).
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function timed(fn: () => unknown): Promise<Timed> {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await fn();
  const wallMs = msSince(start);
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

function bareInsert(sqlite: Sqlite, rows: readonly Row[]): Promise<Timed> {
  const insert = sqlite.prepare(
    `INSERT INTO trace_codes (code, level, product_id, unit_id, parent_code, batch, produced_on, expires_on, created_at, distributor_code)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return timed(() =>
    transact(sqlite, () => {
      for (const r of rows) insert.run(...r);
    }),
  );
}

/**
 * Two rounds of our import and the bare insert, alternating, so that a change in the machine's load between them
 * (other work on a shared machine) weighs on both sides alike.
 */
const ROUNDS = 2;

async function importFigures(dir: string): Promise<Figure[]> {
  const p = newProduct();
  const file = join(dir, 'association.csv');
  writeAssociationFile(file, {
    ...IMPORT,
    layout: 'levels',
    header: ['箱码', '盒码', '瓶码', '商品条码', '批号', '生产日期'],
    extra: (c) => [p.gtin, `L${20260 + (c % 7)}`, `2026-0${1 + (c % 9)}-1${c % 10}`],
    encoding: 'gbk',
  });
  note(`codes: importing ${(statSync(file).size / 1e6).toFixed(0)} MB (${IMPORT.cases} cases × ${IMPORT.boxesPerCase} × ${IMPORT.itemsPerBox}), ${ROUNDS} rounds`);
  const ours: Timed = { wallMs: 0, cpuMs: 0 };
  const bare: Timed = { wallMs: 0, cpuMs: 0 };
  let codes = 0;
  let bareRows = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const db = await freshDb(dir, `import-${round}.sqlite`, p);
    let result: CodeImportResult | undefined;
    const o = await timed(async () => {
      result = await importCodeFile(db.core, null, { path: file }, {});
    });
    // Read per round and dropped after: a million rows kept alive would slow every later garbage collection.
    const rows = rowsOf(db.sqlite);
    db.drop();
    const bareDb = await freshDb(dir, `bare-${round}.sqlite`, p);
    const b = await bareInsert(bareDb.sqlite, rows);
    // Each round starts without the previous one's files still being written back to disk.
    bareDb.drop();
    note(`codes: round ${round}: import ${(o.wallMs / 1000).toFixed(1)} s (CPU ${(o.cpuMs / 1000).toFixed(1)} s), bare insert of the same ${rows.length} rows ${(b.wallMs / 1000).toFixed(1)} s (CPU ${(b.cpuMs / 1000).toFixed(1)} s)`);
    ours.wallMs += o.wallMs;
    ours.cpuMs += o.cpuMs;
    bare.wallMs += b.wallMs;
    bare.cpuMs += b.cpuMs;
    codes += result?.codes ?? 0;
    bareRows += rows.length;
  }
  const perS = codes / (ours.wallMs / 1000);
  return [
    { name: 'codes.import_per_s', value: perS, unit: 'codes/s' },
    { name: 'codes.import_raw_ratio', value: perS / (bareRows / (bare.wallMs / 1000)), unit: 'x' },
    // The same ratio in CPU time: what each side costs, whatever share of the CPU the scheduler gave it.
    { name: 'codes.import_raw_cpu_ratio', value: codes / ours.cpuMs / (bareRows / bare.cpuMs), unit: 'x' },
  ];
}

/**
 * 10 million codes with one INSERT … SELECT per level over recursive counters: SQLite builds them without a round
 * trip per row. Codes ascend, so every index grows at its end.
 */
function buildTenMillion(sqlite: Sqlite, p: Product): void {
  const { cases, boxesPerCase, itemsPerBox } = LOOKUP;
  // WAL would write every page twice (log, then checkpoint); a rollback journal of an empty table writes almost
  // nothing. A big page cache keeps the three indexes' right edges in memory.
  sqlite.pragma('journal_mode = DELETE');
  sqlite.pragma('synchronous = OFF');
  const cache = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('cache_size = -262144');
  const counter = (name: string, n: number) => `${name}(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM ${name} WHERE n < ${n})`;
  const cols = 'code, level, product_id, unit_id, parent_code, batch, produced_on, expires_on, created_at';
  const tail = `'L2026', '2026-10-01', '2027-10-01', '2026-10-02T00:00:00.000Z'`;
  const C = `'C' || printf('%08d', c.n)`;
  const B = `'B' || printf('%08d', c.n) || printf('%03d', b.n)`;
  const I = `'I' || printf('%08d', c.n) || printf('%03d', b.n) || printf('%03d', i.n)`;
  transact(sqlite, () => {
    sqlite
      .prepare(`WITH RECURSIVE ${counter('c', cases)} INSERT INTO trace_codes (${cols}) SELECT ${C}, 'case', ?, ?, NULL, ${tail} FROM c`)
      .run(p.id, p.units.case);
    sqlite
      .prepare(
        `WITH RECURSIVE ${counter('c', cases)}, ${counter('b', boxesPerCase)}
         INSERT INTO trace_codes (${cols}) SELECT ${B}, 'box', ?, ?, ${C}, ${tail} FROM c, b`,
      )
      .run(p.id, p.units.box);
    sqlite
      .prepare(
        `WITH RECURSIVE ${counter('c', cases)}, ${counter('b', boxesPerCase)}, ${counter('i', itemsPerBox)}
         INSERT INTO trace_codes (${cols}) SELECT ${I}, 'item', ?, ?, ${B}, ${tail} FROM c, b, i`,
      )
      .run(p.id, p.units.bottle);
  });
  // Back to how the app runs: lookups are timed with its journal, durability and page cache.
  sqlite.pragma(`cache_size = ${cache}`);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
}

function sampleCodes(rnd: () => number, n: number): string[] {
  const { cases, boxesPerCase, itemsPerBox } = LOOKUP;
  const int = (max: number) => 1 + Math.floor(rnd() * max);
  return Array.from({ length: n }, (_, k) => {
    const c = int(cases);
    if (k % 3 === 0) return caseCode('', c);
    if (k % 3 === 1) return boxCode('', c, int(boxesPerCase));
    return itemCode('', c, int(boxesPerCase), int(itemsPerBox));
  });
}

async function lookupFigures(dir: string): Promise<Figure[]> {
  const p = newProduct();
  const big = await freshDb(dir, 'ten-million.sqlite', p);
  afterBench(big.drop);
  const start = process.hrtime.bigint();
  buildTenMillion(big.sqlite, p);
  const count = big.sqlite.prepare('SELECT count(*) FROM trace_codes').pluck().get() as number;
  note(`codes: ${count} codes built in ${(msSince(start) / 1000).toFixed(1)} s`);
  const codes = sampleCodes(seededRandom(11), LOOKUPS + WARM_UP);
  for (const code of codes.slice(0, WARM_UP)) lookupCode(big.core, code);
  const times = codes.slice(WARM_UP).map((code) =>
    timeMs(() => {
      if (!lookupCode(big.core, code)) throw new Error(`bench code ${code} missing`);
    }),
  );
  const s = summarize(times);
  return [
    { name: 'codes.lookup_p50_ms', value: s.p50, unit: 'ms' },
    { name: 'codes.lookup_p99_ms', value: s.p99, unit: 'ms' },
  ];
}

export async function run(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dms-bench-codes-'));
  afterBench(() => rmSync(dir, { recursive: true, force: true }));
  return [...(await importFigures(dir)), ...(await lookupFigures(dir))];
}
