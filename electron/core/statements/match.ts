// Matching statement lines (money in) to receivables by hand, in the workbench: a line to a recorded receipt of
// the same amount, or to a customer with allocations (one line to many invoices; several lines to one invoice in
// parts); undoing a match. The automatic rules are in auto-match.ts, the queue and its suggestions in queue.ts.
// Every match and unmatch writes an audit row in the same transaction.
import { eq } from 'drizzle-orm';
import { statementLines } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { businessDate as todayOf } from '../shared/dates';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { formatYuan } from '../shared/money';
import { mutate } from '../shared/mutate';
import { transact } from '../../../db/tx';
import { allocate, autoAllocate } from '../finance/allocation';
import { getItem, postingOf } from '../finance/ledger';
import { reverseItem } from '../finance/reversal';
import { stmt } from '../finance/statements-cache';
import { activeMatch, insertMatch, learn, receiptFromLine, receiptMatched, type Line } from './match-write';

export { autoMatch, type AutoMatchResult } from './auto-match';
export { matchedQueue, unmatchedQueue, type MatchedLine, type QueueLine, type Suggestion } from './queue';
export { payerKey, type Line, type MatchRule } from './match-write';

function getLine(core: Core, lineId: string): Line {
  const line = core.db.select().from(statementLines).where(eq(statementLines.id, lineId)).get();
  if (!line) throw new AppError('STATEMENT_LINE_NOT_FOUND');
  return line;
}

function assertUnmatched(core: Core, line: Line): void {
  const m = activeMatch(core, line.id);
  if (m) throw new AppError('STATEMENT_LINE_MATCHED', { docNo: getItem(core, m.receiptId).docNo });
}

export type ManualMatchInput =
  | { lineId: string; receiptId: string }
  | { lineId: string; customerId: string; allocations?: 'auto' | 'none' | { debitItemId: string; amount: number }[] };

/** The accountant matches a line: to a recorded receipt of the same amount, or to a customer (and invoices). */
export function matchLine(core: Core, actor: Actor, input: ManualMatchInput): { matchId: string; receiptId: string } {
  return transact(core.sqlite, () => {
    const line = getLine(core, input.lineId);
    assertUnmatched(core, line);
    if ('receiptId' in input) {
      const receipt = getItem(core, input.receiptId);
      if (receipt.kind !== 'receipt' || postingOf(core, receipt.id).reversed) throw new AppError('AR_ITEM_NOT_FOUND', { id: input.receiptId });
      if (receipt.amount !== line.amount) throw new AppError('STATEMENT_AMOUNT_MISMATCH', { line: formatYuan(line.amount), target: formatYuan(receipt.amount) });
      if (receiptMatched(core, receipt.id)) throw new AppError('STATEMENT_RECEIPT_MATCHED', { docNo: receipt.docNo });
      learn(core, line, receipt.customerId);
      return { matchId: insertMatch(core, actor, line, receipt, { created: false, auto: false, rule: 'manual' }), receiptId: receipt.id };
    }
    const receipt = receiptFromLine(core, actor, line, input.customerId);
    const plan = input.allocations ?? 'auto';
    if (plan === 'auto') autoAllocate(core, actor, receipt.id, line.businessDate);
    else if (plan !== 'none') {
      for (const a of plan) allocate(core, actor, { creditItemId: receipt.id, debitItemId: a.debitItemId, amount: a.amount, businessDate: line.businessDate });
    }
    learn(core, line, input.customerId);
    return { matchId: insertMatch(core, actor, line, receipt, { created: true, auto: false, rule: 'manual' }), receiptId: receipt.id };
  });
}

/** Undoes a match; a receipt created from the line is reversed (its allocations with it). */
export function unmatchLine(core: Core, actor: Actor, input: { lineId: string; reason?: string }): void {
  mutate(
    core,
    actor,
    () => ({ action: 'statement.unmatch', entity: 'statement_line', entityId: input.lineId, data: { reason: input.reason ?? '' } }),
    () => {
      const line = getLine(core, input.lineId);
      const m = activeMatch(core, line.id);
      if (!m) throw new AppError('STATEMENT_LINE_UNMATCHED');
      if (m.created) reverseItem(core, actor, m.receiptId, todayOf(core.now(), core.timeZone), input.reason ?? '对账取消匹配');
      stmt(core, 'INSERT INTO statement_matches (id, line_id, receipt_id, created, auto, rule, reversal_of, at, user_id) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)').run(
        newId(), line.id, m.receiptId, m.created ? 1 : 0, 'unmatch', m.id, core.now().toISOString(), actor.userId,
      );
    },
  );
}

