// Batches: batch number, production date and expiry (到期日). When a label gives only the production date, the
// expiry is production date + shelf life (made 2025-01-01, 365 days → 2026-01-01), as the trace module's code
// import computes it too. Goods may leave up to and including their expiry day, never after it.
import { and, eq } from 'drizzle-orm';
import dayjs from 'dayjs';
import { batches } from '../../../db/schema';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import type { StockProduct } from './products';

export interface BatchRow {
  id: string;
  productId: string;
  batchNo: string;
  producedOn: string | null;
  expiresOn: string | null;
}

export interface BatchInput {
  /** '' when the goods carry no batch number (a plain barcode scan). */
  batchNo: string;
  producedOn?: string | null;
  expiresOn?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(value: string): string {
  if (!DATE.test(value) || dayjs(value).format('YYYY-MM-DD') !== value) throw new AppError('DATE_FORMAT', { value });
  return value;
}

export function expiryFromShelfLife(producedOn: string | null | undefined, shelfLifeDays: number | null): string | null {
  if (!producedOn || shelfLifeDays === null || shelfLifeDays <= 0) return null;
  return dayjs(producedOn).add(shelfLifeDays, 'day').format('YYYY-MM-DD');
}

/** Production and expiry dates of a batch input, checked, with expiry filled in from the shelf life. */
export function batchDates(product: StockProduct, input: BatchInput): { producedOn: string | null; expiresOn: string | null } {
  const producedOn = input.producedOn ? checkDate(input.producedOn) : null;
  const expiresOn = input.expiresOn ? checkDate(input.expiresOn) : expiryFromShelfLife(producedOn, product.shelfLifeDays);
  if (producedOn && expiresOn && expiresOn < producedOn) {
    throw new AppError('BATCH_DATE_ORDER', { batch: input.batchNo || '-', produced: producedOn, expires: expiresOn });
  }
  return { producedOn, expiresOn };
}

export function findBatch(core: Core, productId: string, batchNo: string): BatchRow | undefined {
  return core.db
    .select({ id: batches.id, productId: batches.productId, batchNo: batches.batchNo, producedOn: batches.producedOn, expiresOn: batches.expiresOn })
    .from(batches)
    .where(and(eq(batches.productId, productId), eq(batches.batchNo, batchNo)))
    .get();
}

export function getBatch(core: Core, id: string): BatchRow {
  const row = core.db
    .select({ id: batches.id, productId: batches.productId, batchNo: batches.batchNo, producedOn: batches.producedOn, expiresOn: batches.expiresOn })
    .from(batches)
    .where(eq(batches.id, id))
    .get();
  if (!row) throw new AppError('BATCH_NOT_FOUND');
  return row;
}

/** A batch of the product by id, refusing one of another product. */
export function productBatch(core: Core, product: StockProduct, batchId: string): BatchRow {
  const batch = getBatch(core, batchId);
  if (batch.productId !== product.id) throw new AppError('BATCH_WRONG_PRODUCT', { batch: batch.batchNo || '-', product: product.name });
  return batch;
}

/**
 * The batch of this product with this number, created on first sight. A known batch keeps its dates: a date the
 * batch lacks is filled in, a date that contradicts it is refused (one batch number, one production run).
 */
export function ensureBatch(core: Core, product: StockProduct, input: BatchInput): BatchRow {
  const batchNo = input.batchNo.trim();
  // The "batch unknown" bucket collects goods of any date: it never takes dates.
  const dates = batchNo === '' ? { producedOn: null, expiresOn: null } : batchDates(product, { ...input, batchNo });
  const known = findBatch(core, product.id, batchNo);
  if (!known) {
    const row: BatchRow = { id: newId(), productId: product.id, batchNo, ...dates };
    core.db.insert(batches).values({ ...row, createdAt: core.now().toISOString() }).run();
    return row;
  }
  // An expiry we worked out from the shelf life yields to the one the batch was registered with.
  assertSameDates(product, batchNo, known, { producedOn: dates.producedOn, expiresOn: input.expiresOn ? dates.expiresOn : null });
  const fill: Partial<Pick<BatchRow, 'producedOn' | 'expiresOn'>> = {};
  if (known.producedOn === null && dates.producedOn !== null) fill.producedOn = dates.producedOn;
  if (known.expiresOn === null && dates.expiresOn !== null) fill.expiresOn = dates.expiresOn;
  if (Object.keys(fill).length === 0) return known;
  core.db.update(batches).set(fill).where(eq(batches.id, known.id)).run();
  return { ...known, ...fill };
}

type Dates = { producedOn: string | null; expiresOn: string | null };

/** Refuses dates that contradict what is known of a batch (one batch number, one production run). */
export function assertSameDates(product: StockProduct, batchNo: string, known: Dates | undefined, given: Dates): void {
  if (!known || batchNo === '') return;
  if (known.producedOn && given.producedOn && known.producedOn !== given.producedOn) {
    throw new AppError('BATCH_PRODUCED_CONFLICT', { product: product.name, batch: batchNo, known: known.producedOn, given: given.producedOn });
  }
  if (known.expiresOn && given.expiresOn && known.expiresOn !== given.expiresOn) {
    throw new AppError('BATCH_EXPIRY_CONFLICT', { product: product.name, batch: batchNo, known: known.expiresOn, given: given.expiresOn });
  }
}
