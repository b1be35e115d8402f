// The live view of a receipt in progress: every expected and every scanned product/batch, side by side, with
// totals. It is read after each scan, so its statements are prepared once per database handle.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../../../db/open';
import type { Core } from '../shared/context';
import { getSession } from './sessions';

export type LineStatus = 'ok' | 'short' | 'over' | 'unexpected';

export interface ReceivingLine {
  productId: string;
  sku: string;
  name: string;
  baseUnit: string;
  batchNo: string;
  expiresOn: string | null;
  /** Base units the notice or order expects; null for goods nobody announced. */
  expected: number | null;
  /** The unit the notice or order was written in, for "10 箱" displays. */
  unitName: string | null;
  factor: number | null;
  scanned: number;
  damaged: number;
  status: LineStatus;
}

export interface ReceivingState {
  id: string;
  number: string;
  status: string;
  source: 'asn' | 'po' | 'blind';
  warehouseId: string;
  asnId: string | null;
  poId: string | null;
  lines: ReceivingLine[];
  totals: { expected: number; scanned: number; damaged: number; short: number; over: number };
}

type RawLine = Omit<ReceivingLine, 'status'>;
type Totals = ReceivingState['totals'];

interface Statements {
  lines: Statement<{ s: string }, RawLine>;
  line: Statement<{ s: string; p: string; b: string }, RawLine>;
  totals: Statement<{ s: string }, Totals>;
}

const cache = new WeakMap<Sqlite, Statements>();

const LINE_COLUMNS = `p.sku, p.name, p.base_unit AS baseUnit, coalesce(c.expires_on, e.expires_on) AS expiresOn, e.qty AS expected,
  e.unit_name AS unitName, e.factor, coalesce(c.qty, 0) AS scanned, coalesce(c.damaged, 0) AS damaged`;

function statements(sqlite: Sqlite): Statements {
  let st = cache.get(sqlite);
  if (!st) {
    const lines = sqlite.prepare<{ s: string }, RawLine>(
      `WITH k AS (SELECT product_id, batch_no FROM receiving_expected WHERE session_id = @s
                  UNION SELECT product_id, batch_no FROM receiving_counts WHERE session_id = @s)
       SELECT k.product_id AS productId, k.batch_no AS batchNo, ${LINE_COLUMNS}
       FROM k JOIN products p ON p.id = k.product_id
         LEFT JOIN receiving_expected e ON e.session_id = @s AND e.product_id = k.product_id AND e.batch_no = k.batch_no
         LEFT JOIN receiving_counts c ON c.session_id = @s AND c.product_id = k.product_id AND c.batch_no = k.batch_no
       ORDER BY coalesce(e.ordinal, 1000000 + c.ordinal)`,
    );
    const line = sqlite.prepare<{ s: string; p: string; b: string }, RawLine>(
      `SELECT p.id AS productId, @b AS batchNo, ${LINE_COLUMNS}
       FROM products p
         LEFT JOIN receiving_expected e ON e.session_id = @s AND e.product_id = p.id AND e.batch_no = @b
         LEFT JOIN receiving_counts c ON c.session_id = @s AND c.product_id = p.id AND c.batch_no = @b
       WHERE p.id = @p`,
    );
    // Totals in one aggregate over the same keys, without building a row per line.
    const totals = sqlite.prepare<{ s: string }, Totals>(
      `WITH k AS (SELECT product_id, batch_no FROM receiving_expected WHERE session_id = @s
                  UNION SELECT product_id, batch_no FROM receiving_counts WHERE session_id = @s),
            d AS (SELECT coalesce(e.qty, 0) AS expected, coalesce(c.qty, 0) AS scanned, coalesce(c.damaged, 0) AS damaged,
                         coalesce(c.qty, 0) - coalesce(c.damaged, 0) - coalesce(e.qty, 0) AS diff
                  FROM k
                    LEFT JOIN receiving_expected e ON e.session_id = @s AND e.product_id = k.product_id AND e.batch_no = k.batch_no
                    LEFT JOIN receiving_counts c ON c.session_id = @s AND c.product_id = k.product_id AND c.batch_no = k.batch_no)
       SELECT coalesce(sum(expected), 0) AS expected, coalesce(sum(scanned), 0) AS scanned, coalesce(sum(damaged), 0) AS damaged,
              coalesce(sum(CASE WHEN diff < 0 THEN -diff ELSE 0 END), 0) AS short,
              coalesce(sum(CASE WHEN diff > 0 THEN diff ELSE 0 END), 0) AS over
       FROM d`,
    );
    st = { lines, line, totals };
    cache.set(sqlite, st);
  }
  return st;
}

export function lineStatus(l: Pick<ReceivingLine, 'expected' | 'scanned' | 'damaged'>): LineStatus {
  if (l.expected === null) return 'unexpected';
  const good = l.scanned - l.damaged;
  return good === l.expected ? 'ok' : good < l.expected ? 'short' : 'over';
}

export function receivingState(core: Core, id: string): ReceivingState {
  const { doc, session } = getSession(core, id);
  const st = statements(core.sqlite);
  const lines = st.lines.all({ s: id }).map((l) => ({ ...l, status: lineStatus(l) }));
  const totals = st.totals.get({ s: id })!;
  return {
    id: doc.id,
    number: doc.number,
    status: doc.status,
    source: session.source,
    warehouseId: doc.warehouseId,
    asnId: session.asnId,
    poId: session.poId,
    lines,
    totals,
  };
}

/** One line of a session (expected and scanned of one product and batch) and the session's totals: what a scan changed. */
export function lineAndTotals(core: Core, sessionId: string, productId: string, batchNo: string): { line: ReceivingLine; totals: Totals } {
  const st = statements(core.sqlite);
  const raw = st.line.get({ s: sessionId, p: productId, b: batchNo })!;
  return { line: { ...raw, status: lineStatus(raw) }, totals: st.totals.get({ s: sessionId })! };
}
