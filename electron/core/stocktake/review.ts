// The variance review of a closed count (book quantity frozen at the start against what was counted, valued at
// average cost), and the owner's approval, which posts the differences as one stocktake adjustment with a variance
// report kept beside it.
import { eq } from 'drizzle-orm';
import { stocktakes } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { postAdjustment, type SignedAdjustmentLine } from '../stock/adjustments';
import { documentView } from '../stock/doc-views';
import { gainValue, outboundValue } from '../stock/ledger';
import { ledgerStatements } from '../stock/ledger-sql';
import { writeVarianceReport } from '../stock/variance';
import { getStocktake, type Stocktake } from './stocktakes';

export interface ReviewLine {
  productId: string;
  sku: string;
  name: string;
  baseUnit: string;
  book: number;
  counted: number;
  diff: number;
  /** The difference at average cost, in fen (negative for a loss). */
  diffValue: number;
  /** The batch most of the count named, where a gain goes. */
  countedBatchNo: string | null;
}

export interface StocktakeReview {
  stocktake: Stocktake;
  lines: ReviewLine[];
  totals: { book: number; counted: number; gain: number; loss: number; diffValue: number };
}

function valueOf(core: Core, productId: string, diff: number): number {
  const pool = ledgerStatements(core.sqlite).pool.get(productId) ?? { qty: 0, value: 0, lastInQty: 0, lastInValue: 0 };
  if (diff === 0) return 0;
  return diff > 0 ? gainValue(pool, diff) : -outboundValue(pool, Math.min(-diff, pool.qty));
}

function reviewLines(core: Core, st: Stocktake): ReviewLine[] {
  const rows = core.sqlite
    .prepare(
      `WITH book AS (SELECT product_id, sum(book_qty) AS qty FROM stocktake_snapshot WHERE stocktake_id = @id GROUP BY product_id),
            counted AS (SELECT product_id, sum(qty) AS qty FROM stocktake_counts WHERE stocktake_id = @id GROUP BY product_id),
            ids AS (SELECT product_id FROM book UNION SELECT product_id FROM counted)
       SELECT ids.product_id AS productId, p.sku, p.name, p.base_unit AS baseUnit,
              coalesce(book.qty, 0) AS book, coalesce(counted.qty, 0) AS counted,
              (SELECT batch_no FROM stocktake_counts c WHERE c.stocktake_id = @id AND c.product_id = ids.product_id
                 AND c.batch_no <> '' AND c.qty > 0 ORDER BY c.qty DESC, c.batch_no LIMIT 1) AS countedBatchNo
       FROM ids JOIN products p ON p.id = ids.product_id
         LEFT JOIN book ON book.product_id = ids.product_id LEFT JOIN counted ON counted.product_id = ids.product_id
       ORDER BY p.sku`,
    )
    .all({ id: st.id }) as Omit<ReviewLine, 'diff' | 'diffValue'>[];
  return rows.map((r) => ({ ...r, diff: r.counted - r.book, diffValue: valueOf(core, r.productId, r.counted - r.book) }));
}

export function stocktakeReview(core: Core, id: string): StocktakeReview {
  const st = getStocktake(core, id);
  // Counting is blind: the book quantities stay hidden until the count is closed.
  if (st.status === 'counting') throw new AppError('STOCKTAKE_NOT_REVIEW', { number: st.number });
  const lines = st.status === 'approved' && st.adjustmentId ? approvedLines(core, st) : reviewLines(core, st);
  const totals = { book: 0, counted: 0, gain: 0, loss: 0, diffValue: 0 };
  for (const l of lines) {
    totals.book += l.book;
    totals.counted += l.counted;
    if (l.diff > 0) totals.gain += l.diff;
    else totals.loss -= l.diff;
    totals.diffValue += l.diffValue;
  }
  return { stocktake: st, lines, totals };
}

/** After approval, the values are the ones the adjustment actually posted. */
function approvedLines(core: Core, st: Stocktake): ReviewLine[] {
  const posted = new Map<string, number>();
  for (const m of documentView(core, st.adjustmentId!).moves) posted.set(m.productId, (posted.get(m.productId) ?? 0) + m.value);
  return reviewLines(core, st).map((l) => ({ ...l, diffValue: posted.get(l.productId) ?? 0 }));
}

export function approveStocktake(core: Core, actor: Actor, input: { id: string }): { stocktake: Stocktake; adjustmentId: string | null; reportId: string | null } {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'stocktakes.approve', entity: 'stocktake', entityId: r.stocktake.id, data: { number: r.stocktake.number, adjustmentId: r.adjustmentId } }),
    () => {
      const st = getStocktake(core, input.id);
      if (st.status !== 'review') throw new AppError('STOCKTAKE_NOT_REVIEW', { number: st.number });
      const lines = reviewLines(core, st);
      const changes: SignedAdjustmentLine[] = lines
        .filter((l) => l.diff !== 0)
        .map((l) => ({ productId: l.productId, deltaQty: l.diff, gainBatchNo: l.countedBatchNo ?? undefined }));
      const adjustment = changes.length > 0 ? postAdjustment(core, actor, { warehouseId: st.warehouseId, reason: st.number }, changes) : null;
      const posted = new Map<string, number>();
      if (adjustment) for (const m of documentView(core, adjustment.id).moves) posted.set(m.productId, (posted.get(m.productId) ?? 0) + m.value);
      const reportId = writeVarianceReport(
        core,
        actor,
        { kind: 'stocktake', sourceId: st.id, sourceNumber: st.number, warehouseId: st.warehouseId, reference: adjustment?.number ?? '' },
        lines.map((l) => ({ productId: l.productId, expectedQty: l.book, actualQty: l.counted, diffValue: posted.get(l.productId) ?? 0 })),
      );
      const patch = { status: 'approved' as const, approvedBy: actor.userId, approvedAt: core.now().toISOString(), adjustmentId: adjustment?.id ?? null };
      core.db.update(stocktakes).set(patch).where(eq(stocktakes.id, st.id)).run();
      return { stocktake: { ...st, ...patch }, adjustmentId: adjustment?.id ?? null, reportId };
    },
  );
}
