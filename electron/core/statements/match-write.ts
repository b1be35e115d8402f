// The writes and reads every way of matching shares (automatic rules, the accountant's manual match): the active
// match of a line or receipt, the match row with its audit row, learning payer → customer, a receipt made from a
// line. The matcher writes a match, an audit row and often an alias per line, so its own statements are prepared
// once per connection (stmt): building a drizzle query per row cost more than running it.
import type { ReceiptMethod, statementLines } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { writeAudit } from '../shared/journal';
import { newId } from '../shared/ids';
import type { ArItem } from '../finance/ledger';
import { recordReceipt } from '../finance/post';
import { stmt } from '../finance/statements-cache';

/** A statement line without its raw cells (which only the screens' detail view needs). */
export type Line = Omit<typeof statementLines.$inferSelect, 'raw'>;
export type MatchRule = 'reference' | 'document' | 'receipt' | 'payer' | 'amount' | 'manual';

/**
 * A match row that has not been undone (undoing appends a row with reversal_of). The unary + keeps SQLite from
 * answering "reversal_of IS NULL" through the reversal index, which would walk every active match per line.
 */
const ACTIVE = `+m.reversal_of IS NULL AND NOT EXISTS (SELECT 1 FROM statement_matches r WHERE r.reversal_of = m.id)`;

/** Our document numbers as payers quote them: AR-20261110-0001, SO-20261122-0007. */
export const DOC_NO_RE = /[A-Z]{2,4}-\d{8}-\d{4,6}/g;
/** SQL order of open invoices, oldest first (alias i = ar_items). */
export const OLDEST_FIRST = 'ORDER BY coalesce(i.due_date, i.business_date), i.business_date, i.doc_no';
/** SQL: items by our number (AR-…) or the source document's (SO-…), each through its own index (param @no). */
export const BY_NUMBER = 'SELECT id FROM ar_items WHERE doc_no = @no UNION ALL SELECT id FROM ar_items WHERE source_no = @no';
const DAY_MS = 86_400_000;
/** A business date moved by whole days. */
export const shiftDate = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export const payerKey = (l: Pick<Line, 'payerName' | 'payerAccount'>) => (l.payerName || l.payerAccount).trim();
const methodOf = (l: Line): ReceiptMethod => (l.source === 'bank' ? 'bank' : l.source);

export interface ActiveMatch {
  id: string;
  receiptId: string;
  created: boolean;
  rule: string;
}

export function activeMatch(core: Core, lineId: string): ActiveMatch | undefined {
  const row = stmt(core, `SELECT m.id, m.receipt_id AS receiptId, m.created, m.rule FROM statement_matches m WHERE m.line_id = ? AND ${ACTIVE}`).get(lineId) as
    | (Omit<ActiveMatch, 'created'> & { created: number })
    | undefined;
  return row && { ...row, created: row.created === 1 };
}

export function receiptMatched(core: Core, receiptId: string): boolean {
  return stmt(core, `SELECT 1 FROM statement_matches m WHERE m.receipt_id = ? AND ${ACTIVE}`).get(receiptId) !== undefined;
}

/** SQL: lines with no active match (alias l). */
export const UNMATCHED_LINE = `NOT EXISTS (SELECT 1 FROM statement_matches m WHERE m.line_id = l.id AND ${ACTIVE})`;
/** SQL: receipts with no active match (alias i). */
export const UNMATCHED_RECEIPT = `NOT EXISTS (SELECT 1 FROM statement_matches m WHERE m.receipt_id = i.id AND ${ACTIVE})`;

export function insertMatch(core: Core, actor: Actor | null, line: Line, receipt: Pick<ArItem, 'id' | 'docNo'>, m: { created: boolean; auto: boolean; rule: MatchRule }): string {
  const id = newId();
  stmt(core, 'INSERT INTO statement_matches (id, line_id, receipt_id, created, auto, rule, at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id, line.id, receipt.id, m.created ? 1 : 0, m.auto ? 1 : 0, m.rule, core.now().toISOString(), actor?.userId ?? null,
  );
  writeAudit(core, actor, { action: m.auto ? 'statement.auto_match' : 'statement.match', entity: 'statement_line', entityId: line.id, data: { receipt: receipt.docNo, rule: m.rule, amount: line.amount } });
  return id;
}

/** Remembers that this payer pays for this customer (a confirmed match teaches the matcher). */
export function learn(core: Core, line: Line, customerId: string): void {
  const key = payerKey(line);
  if (!key) return;
  stmt(
    core,
    `INSERT INTO payer_aliases (payer_name, customer_id, confirmations, updated_at) VALUES (?, ?, 1, ?)
     ON CONFLICT(payer_name) DO UPDATE SET confirmations = CASE WHEN customer_id = excluded.customer_id THEN confirmations + 1 ELSE 1 END,
       customer_id = excluded.customer_id, updated_at = excluded.updated_at`,
  ).run(key, customerId, core.now().toISOString());
}

export function receiptFromLine(core: Core, actor: Actor | null, line: Line, customerId: string): ArItem {
  return recordReceipt(
    core,
    { customerId, method: methodOf(line), amount: line.amount, businessDate: line.businessDate, reference: line.reference, payerName: payerKey(line), sourceType: 'statement', sourceId: line.id, note: line.memo.slice(0, 200) },
    actor,
  );
}
