// Reversing a posted return document: never edited, undone in one transaction. Each of its stock documents is
// reversed (stock reverse.ts: a 冲销单 negating its moves; refused if the returned goods have left since), the
// receivable item it posted is reversed (finance reverseItem: refused while receipts are allocated to an exchange
// invoice), codes returned to saleable stock are shipped back to the customer, then the document is marked
// reversed with an outbox row and the audit row.
import { eq } from 'drizzle-orm';
import { salesReturns } from '../../../db/schema';
import { reverseItem } from '../finance';
import { prepared } from '../catalog/statements';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { writeOutbox } from '../shared/journal';
import { mutate } from '../shared/mutate';
import { assertPeriodOpen } from '../shared/period-lock';
import { reverseDocument } from '../stock/reverse';
import { shipBackCodes } from './returns-codes';
import { getReturn, type SalesReturnView } from './returns-view';

export function reverseReturn(core: Core, actor: Actor, input: { id: string; reason: string }): SalesReturnView {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'salesReturns.reverse', entity: 'sales_return', entityId: r.id, data: { number: r.number, reason: input.reason } }),
    () => {
      const r = getReturn(core, input.id);
      if (r.status !== 'posted') throw new AppError('SALES_RETURN_NOT_POSTED', { number: r.number });
      const day = businessDate(core.now(), core.timeZone);
      assertPeriodOpen(core, day);
      const reason = `${r.number} ${input.reason}`.trim();
      // Out first (exchange goods come back), then the damage write-off, then the returned goods leave again.
      if (r.outDocId) reverseDocument(core, actor, { id: r.outDocId, reason });
      if (r.damageDocId) reverseDocument(core, actor, { id: r.damageDocId, reason });
      if (r.inDocId) {
        const codes = prepared(
          core,
          `SELECT c.code, l.condition = 'damaged' AS damaged FROM sales_return_codes c JOIN sales_return_lines l ON l.id = c.line_id
           WHERE c.return_id = ? ORDER BY c.rowid`,
        ).all(r.id) as { code: string; damaged: number }[];
        const reversal = reverseDocument(core, actor, { id: r.inDocId, reason });
        shipBackCodes(core, actor, codes.map((c) => ({ code: c.code, damaged: c.damaged === 1 })), { customerId: r.customerId, reversalDocId: reversal.id, number: r.number });
      }
      if (r.arItemId) reverseItem(core, actor, r.arItemId, day, reason);
      core.db
        .update(salesReturns)
        .set({ status: 'reversed', reversedBy: actor.userId, reversedAt: core.now().toISOString(), reverseReason: input.reason.trim() })
        .where(eq(salesReturns.id, r.id))
        .run();
      const view = getReturn(core, r.id);
      writeOutbox(core, 'sales.return.reversed', r.id, { id: r.id, number: r.number, reason: input.reason, businessDate: day });
      return view;
    },
  );
}
