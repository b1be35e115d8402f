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

const cache = new WeakMap<Sqlite, Statement<{ s: string }, RawLine>>();

function linesStatement(sqlite: Sqlite): Statement<{ s: string }, RawLine> {
  let st = cache.get(sqlite);
  if (!st) {
    st = sqlite.prepare(
      `WITH k AS (SELECT product_id, batch_no FROM receiving_expected WHERE session_id = @s
                  UNION SELECT product_id, batch_no FROM receiving_counts WHERE session_id = @s)
       SELECT k.product_id AS productId, p.sku, p.name, p.base_unit AS baseUnit, k.batch_no AS batchNo,
              coalesce(c.expires_on, e.expires_on) AS expiresOn, e.qty AS expected, e.unit_name AS unitName,
              e.factor, coalesce(c.qty, 0) AS scanned, coalesce(c.damaged, 0) AS damaged
       FROM k JOIN products p ON p.id = k.product_id
         LEFT JOIN receiving_expected e ON e.session_id = @s AND e.product_id = k.product_id AND e.batch_no = k.batch_no
         LEFT JOIN receiving_counts c ON c.session_id = @s AND c.product_id = k.product_id AND c.batch_no = k.batch_no
       ORDER BY coalesce(e.ordinal, 1000000 + c.ordinal)`,
    );
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
  const lines = linesStatement(core.sqlite)
    .all({ s: id })
    .map((l) => ({ ...l, status: lineStatus(l) }));
  const totals = { expected: 0, scanned: 0, damaged: 0, short: 0, over: 0 };
  for (const l of lines) {
    const diff = l.scanned - l.damaged - (l.expected ?? 0);
    totals.expected += l.expected ?? 0;
    totals.scanned += l.scanned;
    totals.damaged += l.damaged;
    if (diff < 0) totals.short -= diff;
    else totals.over += diff;
  }
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
