// The day a purchase order was paid to the brand (打款日). Purchase invoices and payments to the brand are not
// recorded anywhere else, so "paid" for a prompt-payment policy means: the owner entered the order's payment date
// here, once (it is never edited). A receipt counts when that date is at most N days after the receipt's business
// date; paying before the goods arrive (预付) always counts.
import { eq } from 'drizzle-orm';
import { rebatePoPayments } from '../../../db/schema';
import { getPurchaseOrder } from '../receiving/purchase-orders';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { assertBusinessDate } from '../shared/period-lock';

export type PoPayment = typeof rebatePoPayments.$inferSelect;

export function recordPoPayment(core: Core, actor: Actor, input: { poId: string; paidOn: string; note?: string }): PoPayment {
  return mutate(
    core,
    actor,
    (p) => ({ action: 'rebates.po.paid', entity: 'purchase_order', entityId: p.poId, data: p }),
    () => {
      assertBusinessDate(input.paidOn);
      const po = getPurchaseOrder(core, input.poId);
      const existing = core.db.select().from(rebatePoPayments).where(eq(rebatePoPayments.poId, po.id)).get();
      if (existing) throw new AppError('REBATE_PO_PAID', { number: po.number, paidOn: existing.paidOn });
      const row: PoPayment = { poId: po.id, paidOn: input.paidOn, note: input.note ?? '', recordedBy: actor.userId, recordedAt: core.now().toISOString() };
      core.db.insert(rebatePoPayments).values(row).run();
      return row;
    },
  );
}
