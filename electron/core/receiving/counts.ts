// Adding to a session's counts: one aggregated row per product and batch, plus an append-only entry per scan or
// manual change (who, when, what was scanned). Both written in the caller's transaction.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import type { Actor, Core } from '../shared/context';
import { newId } from '../shared/ids';

export interface CountChange {
  sessionId: string;
  productId: string;
  batchNo: string;
  producedOn?: string | null;
  expiresOn?: string | null;
  qty: number;
  damaged?: number;
  source: 'scan' | 'manual';
  raw?: string | null;
  code?: string | null;
}

interface Statements {
  update: Statement<{ s: string; p: string; b: string; prod: string | null; exp: string | null; q: number; d: number }>;
  insert: Statement<{ s: string; p: string; b: string; prod: string | null; exp: string | null; q: number; d: number }>;
  entry: Statement<[string, string, string, string, number, number, string, string | null, string | null, string | null, string]>;
  count: Statement<[string, string, string], CountRow>;
  expectedBatches: Statement<[string, string], { batchNo: string; expected: number; scanned: number }>;
  related: Statement<[string, string], { code: string }>;
}

const cache = new WeakMap<Sqlite, Statements>();

export function countStatements(sqlite: Sqlite): Statements {
  let st = cache.get(sqlite);
  if (!st) {
    st = {
      // Update, then insert when there was no row: an upsert would CHECK the row it might insert (a negative one).
      update: sqlite.prepare(
        `UPDATE receiving_counts SET qty = qty + @q, damaged = damaged + @d, produced_on = coalesce(produced_on, @prod),
           expires_on = coalesce(expires_on, @exp)
         WHERE session_id = @s AND product_id = @p AND batch_no = @b`,
      ),
      insert: sqlite.prepare(
        `INSERT INTO receiving_counts (session_id, product_id, batch_no, produced_on, expires_on, qty, damaged, ordinal)
         VALUES (@s, @p, @b, @prod, @exp, @q, @d, (SELECT coalesce(max(ordinal), 0) + 1 FROM receiving_counts WHERE session_id = @s))`,
      ),
      entry: sqlite.prepare(
        `INSERT INTO receiving_entries (id, session_id, product_id, batch_no, qty, damaged, source, raw, code, user_id, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      count: sqlite.prepare(
        'SELECT qty, damaged, produced_on AS producedOn, expires_on AS expiresOn FROM receiving_counts WHERE session_id = ? AND product_id = ? AND batch_no = ?',
      ),
      expectedBatches: sqlite.prepare(
        `SELECT e.batch_no AS batchNo, e.qty AS expected, coalesce(c.qty, 0) AS scanned
         FROM receiving_expected e LEFT JOIN receiving_counts c
           ON c.session_id = e.session_id AND c.product_id = e.product_id AND c.batch_no = e.batch_no
         WHERE e.session_id = ? AND e.product_id = ? ORDER BY e.ordinal`,
      ),
      related: sqlite.prepare(
        `SELECT code FROM receiving_entries WHERE session_id = ? AND code IN (SELECT value FROM json_each(?))`,
      ),
    };
    cache.set(sqlite, st);
  }
  return st;
}

/**
 * The batch a scan without a batch number belongs to: the first expected batch of the product not yet full, else
 * its last expected batch (an excess), else the "batch unknown" bucket.
 */
export function pickBatch(core: Core, sessionId: string, productId: string): { batchNo: string } {
  const rows = countStatements(core.sqlite).expectedBatches.all(sessionId, productId);
  const open = rows.find((r) => r.scanned < r.expected) ?? rows.at(-1);
  return { batchNo: open?.batchNo ?? '' };
}

export interface CountRow {
  qty: number;
  damaged: number;
  producedOn: string | null;
  expiresOn: string | null;
}

export function currentCount(core: Core, sessionId: string, productId: string, batchNo: string): CountRow | undefined {
  return countStatements(core.sqlite).count.get(sessionId, productId, batchNo);
}

/** Codes already scanned in the session among the given ones (a code, its case and box, its contents). */
export function scannedAmong(core: Core, sessionId: string, codes: readonly string[]): string[] {
  return countStatements(core.sqlite).related.all(sessionId, JSON.stringify(codes)).map((r) => r.code);
}

export function addCount(core: Core, actor: Actor, c: CountChange): void {
  const st = countStatements(core.sqlite);
  const row = { s: c.sessionId, p: c.productId, b: c.batchNo, prod: c.producedOn ?? null, exp: c.expiresOn ?? null, q: c.qty, d: c.damaged ?? 0 };
  if (st.update.run(row).changes === 0) st.insert.run(row);
  st.entry.run(newId(), c.sessionId, c.productId, c.batchNo, c.qty, c.damaged ?? 0, c.source, c.raw ?? null, c.code ?? null, actor.userId, core.now().toISOString());
}
