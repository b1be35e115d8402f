// Turning what a person entered (product, unit, quantity, maybe a batch) into document lines: the unit and its
// factor are looked up and kept, the quantity is converted to base units, a named batch must be the product's.
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { productBatch, type BatchRow } from './batches';
import type { LineInput } from './documents';
import { lineUnit, stockProduct, toBase, type StockProduct } from './products';

export interface QtyLineInput {
  productId: string;
  /** The unit the quantity is in; default the base unit. */
  unitId?: string | null;
  qty: number;
  /** Take exactly this batch instead of first-expiring-first. */
  batchId?: string | null;
  note?: string;
}

export interface PreparedLine extends LineInput {
  product: StockProduct;
  batch: BatchRow | null;
}

export function prepareLine(core: Core, input: QtyLineInput, opts: { allowZero?: boolean } = {}): PreparedLine {
  const product = stockProduct(core, input.productId);
  const unit = lineUnit(core, product, input.unitId);
  // A count may be zero (nothing left of it); a quantity to move may not.
  const qtyBase = opts.allowZero && input.qty === 0 ? 0 : toBase(product, input.qty, unit.factor);
  const batch = input.batchId ? productBatch(core, product, input.batchId) : null;
  return {
    product,
    batch,
    productId: product.id,
    unitId: unit.id,
    unitName: unit.name,
    factor: unit.factor,
    qty: input.qty,
    qtyBase,
    batchId: batch?.id ?? null,
    note: input.note ?? '',
  };
}

export function prepareLines(core: Core, inputs: readonly QtyLineInput[], opts: { allowZero?: boolean } = {}): PreparedLine[] {
  if (inputs.length === 0) throw new AppError('STOCK_LINES_EMPTY');
  return inputs.map((i) => prepareLine(core, i, opts));
}
