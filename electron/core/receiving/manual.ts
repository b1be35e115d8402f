// Manual corrections of a receipt in progress: keying in a quantity (or taking some back), and marking part of what
// was received as damaged. Each is an entry of its own; the aggregated count never goes below zero.
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { assertSameDates, batchDates, checkDate, findBatch } from '../stock/batches';
import { lineUnit, stockProduct } from '../stock/products';
import { addCount, currentCount, pickBatch } from './counts';
import { openSession } from './sessions';
import { receivingState, type ReceivingState } from './state';

export interface ManualCountInput {
  sessionId: string;
  productId: string;
  unitId?: string | null;
  /** Signed: positive adds, negative takes back a miscount. */
  qty: number;
  /** Default: the batch a scan would go to. */
  batchNo?: string;
  producedOn?: string | null;
  expiresOn?: string | null;
}

export function addManualCount(core: Core, actor: Actor, input: ManualCountInput): ReceivingState {
  mutate(
    core,
    actor,
    () => ({ action: 'receiving.count', entity: 'stock_document', entityId: input.sessionId, data: { ...input } }),
    () => {
      openSession(core, input.sessionId);
      const product = stockProduct(core, input.productId);
      const unit = lineUnit(core, product, input.unitId);
      if (!Number.isSafeInteger(input.qty) || input.qty === 0) throw new AppError('STOCK_QTY_INVALID', { product: product.name, qty: input.qty });
      const qty = input.qty * unit.factor;
      const batchNo = (input.batchNo ?? pickBatch(core, input.sessionId, product.id).batchNo).trim();
      const current = currentCount(core, input.sessionId, product.id, batchNo);
      if ((current?.qty ?? 0) + qty < 0) throw new AppError('RECEIVING_COUNT_NEGATIVE', { product: product.name });
      if ((current?.qty ?? 0) + qty < (current?.damaged ?? 0)) {
        throw new AppError('RECEIVING_DAMAGED_TOO_MANY', { product: product.name, damaged: current?.damaged ?? 0, qty: (current?.qty ?? 0) + qty });
      }
      const given = batchNo === '' ? { producedOn: null, expiresOn: null } : batchDates(product, { batchNo, producedOn: input.producedOn, expiresOn: input.expiresOn });
      const stated = { producedOn: given.producedOn, expiresOn: input.expiresOn ? checkDate(input.expiresOn) : null };
      assertSameDates(product, batchNo, findBatch(core, product.id, batchNo), stated);
      assertSameDates(product, batchNo, current, stated);
      addCount(core, actor, { sessionId: input.sessionId, productId: product.id, batchNo, ...given, qty, source: 'manual' });
    },
  );
  return receivingState(core, input.sessionId);
}

export interface DamagedInput {
  sessionId: string;
  productId: string;
  batchNo: string;
  /** Base units of the line that arrived damaged (the total, not a change). */
  damaged: number;
}

export function setDamaged(core: Core, actor: Actor, input: DamagedInput): ReceivingState {
  mutate(
    core,
    actor,
    () => ({ action: 'receiving.damaged', entity: 'stock_document', entityId: input.sessionId, data: { ...input } }),
    () => {
      openSession(core, input.sessionId);
      const product = stockProduct(core, input.productId);
      const current = currentCount(core, input.sessionId, product.id, input.batchNo) ?? { qty: 0, damaged: 0 };
      if (!Number.isSafeInteger(input.damaged) || input.damaged < 0) throw new AppError('STOCK_QTY_INVALID', { product: product.name, qty: input.damaged });
      if (input.damaged > current.qty) throw new AppError('RECEIVING_DAMAGED_TOO_MANY', { product: product.name, damaged: input.damaged, qty: current.qty });
      const delta = input.damaged - current.damaged;
      if (delta !== 0) addCount(core, actor, { sessionId: input.sessionId, productId: product.id, batchNo: input.batchNo, qty: 0, damaged: delta, source: 'manual' });
    },
  );
  return receivingState(core, input.sessionId);
}
