// Ending an order. Cancel (作废): an order not yet (fully) delivered stops; its reservations are released, and what
// was already delivered stays delivered. Reverse (冲销, owner only): every delivery is undone — the goods come back
// through a reversal of its 'sale' stock document, and a credit note (finance postCredit) takes the amount off the
// customer's account, allocated to the delivery's invoice as far as it is still open (money already paid stays a
// prepayment). Nothing posted is edited; both happen in one transaction with outbox and audit rows.
import type { Actor, Core } from '../shared/context';
import { autoAllocate } from '../finance/allocation';
import { postCredit } from '../finance/post';
import { prepared } from '../catalog/statements';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { writeOutbox } from '../shared/journal';
import { mutate } from '../shared/mutate';
import { assertPeriodOpen } from '../shared/period-lock';
import { reverseDocument } from '../stock/reverse';
import type { SalesOrderView } from './order-types';
import { assertSellingPlace } from './orders-edit';
import { getOrder, orderRow } from './orders-read';
import { orderHasPostedReturns } from './returns-lines';
import { orderStatusParams } from './orders-status';
import { releaseOrder } from './reservations';
import { releaseRebateGoods } from './rebate-goods';

const CANCELLABLE = new Set(['draft', 'pending_approval', 'confirmed', 'partially_delivered']);

export function cancelOrder(core: Core, actor: Actor, input: { id: string; reason: string }): SalesOrderView {
  mutate(
    core,
    actor,
    () => ({ action: 'salesOrders.cancel', entity: 'sales_order', entityId: input.id, data: { reason: input.reason } }),
    () => {
      const order = orderRow(core, input.id);
      if (!CANCELLABLE.has(order.status)) throw new AppError('SALES_ORDER_STATUS', { ...orderStatusParams(order), action: 'cancelled', actionZh: '作废' });
      assertSellingPlace(core, actor, order.kind, order.warehouseId);
      releaseOrder(core, order.id);
      const now = core.now().toISOString();
      prepared(core, "UPDATE sales_orders SET status = 'cancelled', closed_at = ?, close_reason = ?, updated_at = ? WHERE id = ?").run(now, input.reason.trim(), now, order.id);
      if (order.status === 'confirmed' || order.status === 'partially_delivered') {
        writeOutbox(core, 'sales.order.cancelled', order.id, { orderId: order.id, number: order.number, reason: input.reason.trim() });
      }
    },
  );
  return getOrder(core, input.id);
}

interface DeliveryRow {
  id: string;
  stockDocId: string;
  invoiceItemId: string | null;
  amountFen: number;
}

export function reverseOrder(core: Core, actor: Actor, input: { id: string; reason: string }): SalesOrderView {
  if (actor.role !== 'owner') throw new AppError('SALES_REVERSE_OWNER');
  mutate(
    core,
    actor,
    (credits: string[]) => ({ action: 'salesOrders.reverse', entity: 'sales_order', entityId: input.id, data: { reason: input.reason, credits } }),
    () => {
      const order = orderRow(core, input.id);
      if (order.status === 'reversed') throw new AppError('SALES_ALREADY_REVERSED', { number: order.number });
      const deliveries = prepared(
        core,
        `SELECT id, stock_doc_id AS stockDocId, invoice_item_id AS invoiceItemId, amount_fen AS amountFen
         FROM sales_deliveries WHERE order_id = ? AND reversed_at IS NULL ORDER BY created_at DESC, id DESC`,
      ).all(order.id) as DeliveryRow[];
      if (deliveries.length === 0) throw new AppError('SALES_ORDER_STATUS', { ...orderStatusParams(order), action: 'reversed (nothing was delivered)', actionZh: '冲销（尚未发货）' });
      // Goods a posted return took back would otherwise come back twice: the returns are reversed first.
      if (orderHasPostedReturns(core, order.id)) throw new AppError('SALES_REVERSE_HAS_RETURNS', { number: order.number });
      const day = businessDate(core.now(), core.timeZone);
      assertPeriodOpen(core, day);
      const credits: string[] = [];
      const now = core.now().toISOString();
      for (const d of deliveries) {
        const reversal = reverseDocument(core, actor, { id: d.stockDocId, reason: `${order.number} ${input.reason.trim()}` });
        const credit =
          d.amountFen > 0
            ? postCredit(core, { customerId: order.customerId, sourceType: 'sale_reversal', sourceId: order.id, sourceNo: order.number, businessDate: day, amount: d.amountFen, note: input.reason.trim() }, actor)
            : null;
        if (credit && d.invoiceItemId) autoAllocate(core, actor, credit.id, day, [d.invoiceItemId]);
        if (credit) credits.push(credit.docNo);
        prepared(core, 'UPDATE sales_deliveries SET reversal_doc_id = ?, credit_item_id = ?, reversed_at = ? WHERE id = ?').run(reversal.id, credit?.id ?? null, now, d.id);
      }
      releaseOrder(core, order.id);
      releaseRebateGoods(core, actor, order.id);
      prepared(core, 'UPDATE sales_order_lines SET delivered_qty_base = 0 WHERE order_id = ?').run(order.id);
      prepared(core, "UPDATE sales_orders SET status = 'reversed', delivered_fen = 0, closed_at = ?, close_reason = ?, updated_at = ? WHERE id = ?").run(now, input.reason.trim(), now, order.id);
      writeOutbox(core, 'sales.order.reversed', order.id, { orderId: order.id, number: order.number, reason: input.reason.trim(), credits, businessDate: day });
      return credits;
    },
  );
  return getOrder(core, input.id);
}
