// The workbench's two queues: lines no rule could match (oldest first), each with ranked suggestions the
// accountant accepts with Enter, and matched lines (newest first) to check and unmatch. Suggestions:
//   receipt   — a recorded, unmatched non-cash receipt with the line's reference, or of its amount within ±7 days;
//   document  — the invoices the line quotes (one line paying many invoices);
//   payer     — the payer's known customer: the invoice of exactly that amount, else oldest first; when the line is
//               less than the oldest invoice it pays it in part (several lines to one invoice);
//   amount    — any customer's open invoice of exactly that amount in the 90 days up to the line.
// Reads only; every lookup goes through an index with a prepared statement.
import type { Core } from '../shared/context';
import { stmt } from '../finance/statements-cache';
import { BY_NUMBER, DOC_NO_RE, OLDEST_FIRST, shiftDate, UNMATCHED_LINE, UNMATCHED_RECEIPT, type Line } from './match-write';

const MAX_SUGGESTIONS = 5;

export interface SuggestedAllocation {
  debitItemId: string;
  docNo: string;
  sourceNo: string;
  open: number;
  amount: number;
}

export type Suggestion =
  | { kind: 'receipt'; why: 'reference' | 'amount'; receiptId: string; docNo: string; customerId: string; customerName: string; amount: number; businessDate: string }
  | { kind: 'invoices'; why: 'document' | 'payer' | 'amount'; customerId: string; customerName: string; allocations: SuggestedAllocation[]; partial: boolean };

export interface QueueLine extends Line {
  /** The customer the payer name is known to belong to, if any. */
  knownCustomerId: string | null;
  knownCustomerName: string | null;
  suggestions: Suggestion[];
}

interface OpenInvoice {
  id: string;
  customerId: string;
  customerName: string;
  docNo: string;
  sourceNo: string;
  open: number;
}

/** Fills the line's amount over the invoices in order; what is left over stays a prepayment. */
function fill(invoices: readonly OpenInvoice[], amount: number): { allocations: SuggestedAllocation[]; partial: boolean } {
  const allocations: SuggestedAllocation[] = [];
  let left = amount;
  for (const i of invoices) {
    if (left <= 0) break;
    const take = Math.min(left, i.open);
    allocations.push({ debitItemId: i.id, docNo: i.docNo, sourceNo: i.sourceNo, open: i.open, amount: take });
    left -= take;
  }
  return { allocations, partial: allocations.some((a) => a.amount < a.open) };
}

function suggest(core: Core, line: Line, knownCustomerId: string | null): Suggestion[] {
  const out: Suggestion[] = [];
  const seen = new Set<string>();
  const add = (s: Suggestion) => {
    const key = s.kind === 'receipt' ? s.receiptId : `${s.customerId}:${s.allocations.map((a) => a.debitItemId).join(',')}`;
    if (seen.has(key) || out.length >= MAX_SUGGESTIONS) return;
    seen.add(key);
    out.push(s);
  };
  const receipts = stmt(
    core,
    `SELECT i.id AS receiptId, i.doc_no AS docNo, i.customer_id AS customerId, c.name AS customerName, i.amount, i.business_date AS businessDate,
            i.reference = @reference AS byRef
     FROM ar_items i JOIN customers c ON c.id = i.customer_id
     WHERE i.kind = 'receipt' AND coalesce(i.method, '') <> 'cash' AND i.amount = @amount
       AND ((@reference <> '' AND i.reference = @reference) OR i.business_date BETWEEN @from AND @to)
       AND NOT EXISTS (SELECT 1 FROM ar_entries e JOIN ar_entries r ON r.reversal_of = e.id WHERE e.item_id = i.id)
       AND ${UNMATCHED_RECEIPT}
     ORDER BY byRef DESC, abs(julianday(i.business_date) - julianday(@date)) LIMIT 3`,
  ).all({ reference: line.reference, amount: line.amount, from: shiftDate(line.businessDate, -7), to: shiftDate(line.businessDate, 7), date: line.businessDate }) as (Omit<
    Extract<Suggestion, { kind: 'receipt' }>,
    'kind' | 'why'
  > & { byRef: number })[];
  for (const { byRef, ...r } of receipts) add({ kind: 'receipt', why: byRef ? 'reference' : 'amount', ...r });

  const COLUMNS = 'i.id, i.customer_id AS customerId, c.name AS customerName, i.doc_no AS docNo, i.source_no AS sourceNo, o.open';
  const OPEN = `SELECT ${COLUMNS} FROM ar_item_open o JOIN ar_items i ON i.id = o.item_id JOIN customers c ON c.id = i.customer_id WHERE o.side = 'debit' AND o.open > 0`;
  // By number: ar_items outermost (CROSS JOIN), else the planner walks every open debit.
  const BY_NO = `SELECT ${COLUMNS} FROM ar_items i CROSS JOIN ar_item_open o ON o.item_id = i.id JOIN customers c ON c.id = i.customer_id
    WHERE i.id IN (${BY_NUMBER}) AND o.side = 'debit' AND o.open > 0 ${OLDEST_FIRST}`;
  const numbers = [...new Set(`${line.reference} ${line.memo}`.match(DOC_NO_RE) ?? [])];
  const quoted = numbers.flatMap((n) => stmt(core, BY_NO).all({ no: n }) as OpenInvoice[]);
  const owner = quoted[0];
  if (owner && quoted.every((q) => q.customerId === owner.customerId)) {
    add({ kind: 'invoices', why: 'document', customerId: owner.customerId, customerName: owner.customerName, ...fill(quoted, line.amount) });
  }
  if (knownCustomerId) {
    const theirs = stmt(core, `${OPEN} AND o.customer_id = ? ${OLDEST_FIRST}`).all(knownCustomerId) as OpenInvoice[];
    const exact = theirs.find((i) => i.open === line.amount);
    const first = theirs[0];
    if (exact) add({ kind: 'invoices', why: 'payer', customerId: exact.customerId, customerName: exact.customerName, ...fill([exact], line.amount) });
    else if (first) add({ kind: 'invoices', why: 'payer', customerId: first.customerId, customerName: first.customerName, ...fill(theirs, line.amount) });
  }
  const sameAmount = stmt(core, `${OPEN} AND o.open = ? AND o.business_date BETWEEN ? AND ? ORDER BY o.business_date DESC LIMIT 3`).all(
    line.amount,
    shiftDate(line.businessDate, -90),
    line.businessDate,
  ) as OpenInvoice[];
  for (const i of sameAmount) add({ kind: 'invoices', why: 'amount', customerId: i.customerId, customerName: i.customerName, ...fill([i], line.amount) });
  return out;
}

const LINE_COLUMNS = `l.id, l.file_id AS fileId, l.line_hash AS lineHash, l.source, l.txn_time AS txnTime, l.business_date AS businessDate, l.amount,
  l.payer_name AS payerName, l.payer_account AS payerAccount, l.reference, l.memo`;

/** Lines no rule could match, oldest first, with suggestions. */
export function unmatchedQueue(core: Core, opts: { limit?: number; fileId?: string } = {}): QueueLine[] {
  const rows = stmt(
    core,
    `SELECT ${LINE_COLUMNS}, a.customer_id AS knownCustomerId, c.name AS knownCustomerName
     FROM statement_lines l
     LEFT JOIN payer_aliases a ON a.payer_name = coalesce(nullif(trim(l.payer_name), ''), trim(l.payer_account))
     LEFT JOIN customers c ON c.id = a.customer_id
     WHERE (@fileId IS NULL OR l.file_id = @fileId) AND ${UNMATCHED_LINE}
     ORDER BY l.txn_time, l.id LIMIT @limit`,
  ).all({ fileId: opts.fileId ?? null, limit: opts.limit ?? 500 }) as Omit<QueueLine, 'suggestions'>[];
  return rows.map((r) => ({ ...r, suggestions: suggest(core, r, r.knownCustomerId) }));
}

export interface MatchedLine extends Line {
  matchId: string;
  rule: string;
  auto: boolean;
  created: boolean;
  matchedAt: string;
  receiptId: string;
  receiptNo: string;
  customerId: string;
  customerName: string;
}

/** Matched lines, most recently matched first: what the matcher (or the accountant) did, to check and unmatch. */
export function matchedQueue(core: Core, opts: { limit?: number; fileId?: string } = {}): MatchedLine[] {
  const rows = stmt(
    core,
    `SELECT ${LINE_COLUMNS}, m.id AS matchId, m.rule, m.auto, m.created, m.at AS matchedAt, i.id AS receiptId, i.doc_no AS receiptNo,
            i.customer_id AS customerId, c.name AS customerName
     FROM statement_matches m JOIN statement_lines l ON l.id = m.line_id JOIN ar_items i ON i.id = m.receipt_id JOIN customers c ON c.id = i.customer_id
     WHERE +m.reversal_of IS NULL AND NOT EXISTS (SELECT 1 FROM statement_matches r WHERE r.reversal_of = m.id)
       AND (@fileId IS NULL OR l.file_id = @fileId)
     ORDER BY m.seq DESC LIMIT @limit`,
  ).all({ fileId: opts.fileId ?? null, limit: opts.limit ?? 500 }) as (Omit<MatchedLine, 'auto' | 'created'> & { auto: number; created: number })[];
  return rows.map((r) => ({ ...r, auto: r.auto === 1, created: r.created === 1 }));
}
