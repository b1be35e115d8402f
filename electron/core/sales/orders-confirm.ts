// Confirming an order and the owner's approvals.
//   confirm: checks price limits and credit (orders-checks.ts). A breach under a 'block' policy is refused with its
//     reason. Breaches needing approval that the owner has not approved: a clerk's confirm leaves the order
//     'pending_approval' and returns what is needed; an owner's confirm with approvalReason approves them inline.
//     Otherwise the stock is reserved (refused when short) and the order is 'confirmed'; a van or counter sale is
//     delivered at once in the same transaction, with the payment taken on the spot.
//   approve (owner): records an approval (who, when, reason, what) for everything the order needs now.
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { prepared } from '../catalog/statements';
import type { ConfirmResult, NeededApproval, SalesOrderView } from './order-types';
import { approvedSubjects, creditChecks, priceChecks, type BlockOrNeed } from './orders-checks';
import { deliverInTx, type PaymentInput } from './orders-deliver';
import { editableOrder } from './orders-edit';
import { getOrder, orderLines, orderRow, type OrderRow } from './orders-read';
import { reserveOrder } from './reservations';

/** Every check the order fails now, approved or not. */
function allChecks(core: Core, order: OrderRow, paidNowFen: number): BlockOrNeed[] {
  const names = new Map(
    (prepared(core, 'SELECT l.id, p.name FROM sales_order_lines l JOIN products p ON p.id = l.product_id WHERE l.order_id = ?').all(order.id) as { id: string; name: string }[]).map(
      (r) => [r.id, r.name],
    ),
  );
  const lines = orderLines(core, order.id).map((l) => ({ ...l, productName: names.get(l.id) ?? '' }));
  return [...priceChecks(core, lines), ...creditChecks(core, order, paidNowFen)];
}

/** What confirming now would still need from the owner (nothing written); blocked breaches throw. */
export function neededApprovals(core: Core, order: OrderRow, paidNowFen = 0): NeededApproval[] {
  const checks = allChecks(core, order, paidNowFen);
  const blocked = checks.find((c) => c.policy === 'block');
  if (blocked) throw new AppError(blocked.need.code, blocked.need.params);
  const approved = approvedSubjects(core, order.id);
  return checks.map((c) => c.need).filter((n) => !approved.has(n.subject));
}

function recordApprovals(core: Core, actor: Actor, order: OrderRow, needed: readonly NeededApproval[], reason: string): void {
  const insert = prepared(
    core,
    `INSERT INTO sales_approvals (id, order_id, kind, line_id, subject, detail, reason, approved_by, approved_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = core.now().toISOString();
  for (const n of needed) insert.run(newId(), order.id, n.kind, n.lineId, n.subject, JSON.stringify({ ...n.detail, code: n.code, params: n.params }), reason.trim(), actor.userId, at);
}

export interface ConfirmInput {
  id: string;
  approvalReason?: string;
  payment?: PaymentInput;
}

export function confirmOrder(core: Core, actor: Actor, input: ConfirmInput): ConfirmResult {
  const r = mutate(
    core,
    actor,
    (res) => ({ action: 'salesOrders.confirm', entity: 'sales_order', entityId: input.id, data: { status: res.status, needed: res.needed.map((n) => n.subject), approvedInline: res.approvedInline } }),
    () => {
      const order = editableOrder(core, actor, input.id);
      const lines = orderLines(core, order.id);
      if (lines.length === 0) throw new AppError('SALES_ORDER_EMPTY', { number: order.number });
      const deliversNow = order.kind !== 'presale';
      let needed = neededApprovals(core, order, deliversNow ? (input.payment?.amountFen ?? 0) : 0);
      let approvedInline = false;
      if (needed.length > 0 && actor.role === 'owner' && input.approvalReason?.trim()) {
        recordApprovals(core, actor, order, needed, input.approvalReason);
        needed = [];
        approvedInline = true;
      }
      const now = core.now().toISOString();
      if (needed.length > 0) {
        prepared(core, "UPDATE sales_orders SET status = 'pending_approval', updated_at = ? WHERE id = ?").run(now, order.id);
        return { status: 'pending_approval' as const, needed, approvedInline };
      }
      reserveOrder(core, order, lines);
      prepared(core, "UPDATE sales_orders SET status = 'confirmed', confirmed_by = ?, confirmed_at = ?, updated_at = ? WHERE id = ?").run(actor.userId, now, now, order.id);
      if (!deliversNow) return { status: 'confirmed' as const, needed, approvedInline };
      deliverInTx(core, actor, { orderId: order.id, payment: input.payment });
      return { status: 'delivered' as const, needed, approvedInline };
    },
  );
  return { status: r.status, needed: r.needed, order: getOrder(core, input.id) };
}

/** The owner approves what the order needs now, with a reason; the order can then be confirmed. */
export function approveOrder(core: Core, actor: Actor, input: { id: string; reason: string }): SalesOrderView {
  if (actor.role !== 'owner') throw new AppError('SALES_APPROVE_OWNER');
  mutate(
    core,
    actor,
    (needed: NeededApproval[]) => ({ action: 'salesOrders.approve', entity: 'sales_order', entityId: input.id, data: { reason: input.reason, subjects: needed.map((n) => n.subject) } }),
    () => {
      const order = editableOrder(core, actor, input.id);
      const needed = neededApprovals(core, order);
      if (needed.length === 0) throw new AppError('SALES_NOTHING_TO_APPROVE', { number: order.number });
      recordApprovals(core, actor, order, needed, input.reason);
      return needed;
    },
  );
  return getOrder(core, input.id);
}

/** What confirming would need now (for the screen before confirming); refused breaches throw. */
export function orderNeeds(core: Core, id: string): NeededApproval[] {
  return neededApprovals(core, orderRow(core, id));
}
