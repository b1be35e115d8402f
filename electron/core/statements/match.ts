// Matching statement lines (money in) to receivables. Rules, in order, for each unmatched line:
//   1. reference  — a recorded receipt carries the line's transaction id (the accountant typed it in);
//   2. document   — the line's reference or memo quotes our document numbers (SO-20261122-0007…): a receipt is
//                   created from the line and allocated to those invoices (one-to-many; partial payments of one
//                   invoice by several lines are many-to-one); the rest stays a prepayment;
//   3. receipt    — a recorded, unmatched non-cash receipt of the same amount within ±3 days (of the payer's
//                   customer when the payer is known, else the only such receipt);
//   4. payer      — the payer name is known (learned from confirmed matches): a receipt for that customer,
//                   allocated to the open invoice of exactly that amount, else oldest first;
//   5. amount     — the only open invoice of exactly that amount dated in the 60 days before the line.
// A line nothing fits stays in the unmatched queue. Every match and unmatch writes an audit row; each run is one
// transaction, each line a savepoint inside it, so a line refused (e.g. a closed period) leaves no trace.
import { and, eq, sql } from 'drizzle-orm';
import { payerAliases, statementLines, statementMatches, type ReceiptMethod } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { businessDate as todayOf } from '../shared/dates';
import { AppError, isAppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeAudit } from '../shared/journal';
import { formatYuan } from '../shared/money';
import { mutate } from '../shared/mutate';
import { transact } from '../../../db/tx';
import { allocate, autoAllocate } from '../finance/allocation';
import { getItem, openOf, postingOf, type ArItem } from '../finance/ledger';
import { recordReceipt } from '../finance/post';
import { reverseItem } from '../finance/reversal';
import { stmt } from '../finance/statements-cache';

export type Line = typeof statementLines.$inferSelect;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
export type MatchRule = 'reference' | 'document' | 'receipt' | 'payer' | 'amount' | 'manual';

const DOC_NO_RE = /[A-Z]{2,4}-\d{8}-\d{4,6}/g;
const RECEIPT_WINDOW_DAYS = 3;
const INVOICE_WINDOW_DAYS = 60;

export const payerKey = (l: Pick<Line, 'payerName' | 'payerAccount'>) => (l.payerName || l.payerAccount).trim();
const methodOf = (l: Line): ReceiptMethod => (l.source === 'bank' ? 'bank' : l.source);
const dayNo = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

function activeMatch(core: Core, lineId: string) {
  return core.db
    .select()
    .from(statementMatches)
    .where(and(eq(statementMatches.lineId, lineId), sql`${statementMatches.reversalOf} IS NULL`, sql`NOT EXISTS (SELECT 1 FROM statement_matches r WHERE r.reversal_of = ${statementMatches.id})`))
    .get();
}

function receiptMatched(core: Core, receiptId: string): boolean {
  return !!core.db
    .select({ id: statementMatches.id })
    .from(statementMatches)
    .where(and(eq(statementMatches.receiptId, receiptId), sql`${statementMatches.reversalOf} IS NULL`, sql`NOT EXISTS (SELECT 1 FROM statement_matches r WHERE r.reversal_of = ${statementMatches.id})`))
    .get();
}

// The matcher writes a match, an audit row and often an alias per line: prepared once per connection (stmt), as
// building a drizzle query per row cost more than running it.
function insertMatch(core: Core, actor: Actor | null, line: Line, receipt: Pick<ArItem, 'id' | 'docNo'>, m: { created: boolean; auto: boolean; rule: MatchRule }): string {
  const id = newId();
  stmt(core, 'INSERT INTO statement_matches (id, line_id, receipt_id, created, auto, rule, at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id, line.id, receipt.id, m.created ? 1 : 0, m.auto ? 1 : 0, m.rule, core.now().toISOString(), actor?.userId ?? null,
  );
  writeAudit(core, actor, { action: m.auto ? 'statement.auto_match' : 'statement.match', entity: 'statement_line', entityId: line.id, data: { receipt: receipt.docNo, rule: m.rule, amount: line.amount } });
  return id;
}

/** Remembers that this payer pays for this customer (a confirmed match teaches the matcher). */
function learn(core: Core, line: Line, customerId: string): void {
  const key = payerKey(line);
  if (!key) return;
  stmt(
    core,
    `INSERT INTO payer_aliases (payer_name, customer_id, confirmations, updated_at) VALUES (?, ?, 1, ?)
     ON CONFLICT(payer_name) DO UPDATE SET confirmations = CASE WHEN customer_id = excluded.customer_id THEN confirmations + 1 ELSE 1 END,
       customer_id = excluded.customer_id, updated_at = excluded.updated_at`,
  ).run(key, customerId, core.now().toISOString());
}

function receiptFromLine(core: Core, actor: Actor | null, line: Line, customerId: string): ArItem {
  return recordReceipt(
    core,
    { customerId, method: methodOf(line), amount: line.amount, businessDate: line.businessDate, reference: line.reference, payerName: payerKey(line), sourceType: 'statement', sourceId: line.id, note: line.memo.slice(0, 200) },
    actor,
  );
}

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
      core.db.insert(statementMatches).values({ id: newId(), lineId: line.id, receiptId: m.receiptId, created: m.created, auto: false, rule: 'unmatch', reversalOf: m.id, at: core.now().toISOString(), userId: actor.userId }).run();
    },
  );
}

interface OpenInvoice {
  id: string;
  customerId: string;
  docNo: string;
  sourceNo: string;
  businessDate: string;
  day: number;
  open: number;
}

interface FreeReceipt {
  id: string;
  customerId: string;
  amount: number;
  reference: string;
  day: number;
  used: boolean;
}

export interface AutoMatchResult {
  examined: number;
  matched: number;
  byRule: Record<string, number>;
  unmatched: number;
}

/** Runs the rules over every unmatched line (or those of one file). One transaction; one savepoint per line. */
export function autoMatch(core: Core, actor: Actor | null, opts: { fileId?: string } = {}): AutoMatchResult {
  return transact(core.sqlite, () => {
    const lines = core.sqlite
      .prepare(
        `SELECT l.id, l.file_id, l.line_hash, l.source, l.txn_time, l.business_date, l.amount, l.payer_name, l.payer_account, l.reference, l.memo
         FROM statement_lines l WHERE (@fileId IS NULL OR l.file_id = @fileId)
         AND NOT EXISTS (SELECT 1 FROM statement_matches m WHERE m.line_id = l.id AND m.reversal_of IS NULL
                         AND NOT EXISTS (SELECT 1 FROM statement_matches r WHERE r.reversal_of = m.id))
         ORDER BY l.txn_time, l.id`,
      )
      .all({ fileId: opts.fileId ?? null }) as Record<string, unknown>[];
    const typed: Line[] = lines.map((r) => ({
      id: r.id as string,
      fileId: r.file_id as string,
      lineHash: r.line_hash as string,
      source: r.source as Line['source'],
      txnTime: r.txn_time as string,
      businessDate: r.business_date as string,
      amount: r.amount as number,
      payerName: r.payer_name as string,
      payerAccount: r.payer_account as string,
      reference: r.reference as string,
      memo: r.memo as string,
      raw: {},
    }));

    const invoices = core.sqlite
      .prepare(
        `SELECT i.id, i.customer_id AS customerId, i.doc_no AS docNo, i.source_no AS sourceNo, i.business_date AS businessDate, o.open
         FROM ar_item_open o JOIN ar_items i ON i.id = o.item_id WHERE o.side = 'debit' AND o.open > 0
         ORDER BY coalesce(i.due_date, i.business_date), i.business_date, i.doc_no`,
      )
      .all() as Omit<OpenInvoice, 'day'>[];
    const byAmount = new Map<number, OpenInvoice[]>();
    const byNo = new Map<string, OpenInvoice>();
    const byCustomer = new Map<string, OpenInvoice[]>();
    for (const raw of invoices) {
      const inv: OpenInvoice = { ...raw, day: dayNo(raw.businessDate) };
      push(byAmount, inv.open, inv);
      byNo.set(inv.docNo, inv);
      if (inv.sourceNo) byNo.set(inv.sourceNo, inv);
      const list = byCustomer.get(inv.customerId);
      if (list) list.push(inv);
      else byCustomer.set(inv.customerId, [inv]);
    }
    const receipts = (
      core.sqlite
        .prepare(
          `SELECT i.id, i.customer_id AS customerId, i.amount, i.reference, i.business_date AS businessDate FROM ar_items i
           WHERE i.kind = 'receipt' AND coalesce(i.method, '') <> 'cash'
             AND NOT EXISTS (SELECT 1 FROM ar_entries e JOIN ar_entries r ON r.reversal_of = e.id WHERE e.item_id = i.id)
             AND NOT EXISTS (SELECT 1 FROM statement_matches m WHERE m.receipt_id = i.id AND m.reversal_of IS NULL
                             AND NOT EXISTS (SELECT 1 FROM statement_matches r WHERE r.reversal_of = m.id))`,
        )
        .all() as { id: string; customerId: string; amount: number; reference: string; businessDate: string }[]
    ).map((r): FreeReceipt => ({ id: r.id, customerId: r.customerId, amount: r.amount, reference: r.reference, day: dayNo(r.businessDate), used: false }));
    const receiptByRef = new Map(receipts.filter((r) => r.reference).map((r) => [r.reference, r]));
    const receiptByAmount = new Map<number, FreeReceipt[]>();
    for (const r of receipts) push(receiptByAmount, r.amount, r);
    const aliases = new Map(core.db.select().from(payerAliases).all().map((a) => [a.payerName, a.customerId]));

    const refresh = (ids: Iterable<OpenInvoice>) => {
      for (const inv of ids) {
        const open = openOf(core, inv.id);
        if (open === inv.open) continue;
        const list = byAmount.get(inv.open);
        if (list) byAmount.set(inv.open, list.filter((x) => x.id !== inv.id));
        inv.open = open;
        if (open > 0) push(byAmount, open, inv);
      }
    };

    const result: AutoMatchResult = { examined: typed.length, matched: 0, byRule: {}, unmatched: 0 };
    for (const line of typed) {
      const day = dayNo(line.businessDate);
      const customerId = aliases.get(payerKey(line));
      let rule: MatchRule | null = null;
      try {
        core.sqlite.transaction(() => {
          // 1. reference on a recorded receipt
          const byRef = line.reference ? receiptByRef.get(line.reference) : undefined;
          if (byRef && !byRef.used && byRef.amount === line.amount) {
            byRef.used = true;
            insertMatch(core, actor, line, getItem(core, byRef.id), { created: false, auto: true, rule: (rule = 'reference') });
            return;
          }
          // 2. our document numbers quoted in the reference or memo
          const quoted = [...new Set(`${line.reference} ${line.memo}`.match(DOC_NO_RE) ?? [])].map((n) => byNo.get(n)).filter((x): x is OpenInvoice => !!x && x.open > 0);
          const owner = quoted[0]?.customerId;
          if (owner && quoted.every((q) => q.customerId === owner)) {
            const receipt = receiptFromLine(core, actor, line, owner);
            autoAllocate(core, actor, receipt.id, line.businessDate, quoted.map((q) => q.id));
            refresh(quoted);
            learn(core, line, owner);
            aliases.set(payerKey(line), owner);
            insertMatch(core, actor, line, receipt, { created: true, auto: true, rule: (rule = 'document') });
            return;
          }
          // 3. a recorded receipt of the same amount near the date
          const near = (receiptByAmount.get(line.amount) ?? []).filter((r) => !r.used && Math.abs(r.day - day) <= RECEIPT_WINDOW_DAYS && (!customerId || r.customerId === customerId));
          if (near.length === 1 && near[0]) {
            near[0].used = true;
            insertMatch(core, actor, line, getItem(core, near[0].id), { created: false, auto: true, rule: (rule = 'receipt') });
            return;
          }
          // 4. a known payer
          if (customerId) {
            const theirs = (byCustomer.get(customerId) ?? []).filter((i) => i.open > 0);
            const exact = theirs.find((i) => i.open === line.amount);
            const receipt = receiptFromLine(core, actor, line, customerId);
            autoAllocate(core, actor, receipt.id, line.businessDate, exact ? [exact.id] : theirs.map((i) => i.id));
            refresh(theirs);
            insertMatch(core, actor, line, receipt, { created: true, auto: true, rule: (rule = 'payer') });
            return;
          }
          // 5. the only open invoice of that amount in the window before the line
          const candidates = (byAmount.get(line.amount) ?? []).filter((i) => i.open === line.amount && i.day <= day && day - i.day <= INVOICE_WINDOW_DAYS);
          if (candidates.length === 1 && candidates[0]) {
            const inv = candidates[0];
            const receipt = receiptFromLine(core, actor, line, inv.customerId);
            autoAllocate(core, actor, receipt.id, line.businessDate, [inv.id]);
            refresh([inv]);
            insertMatch(core, actor, line, receipt, { created: true, auto: true, rule: (rule = 'amount') });
          }
        })();
      } catch (e) {
        if (!isAppError(e)) throw e;
        rule = null; // refused (closed period…): the savepoint rolled back; the line waits in the queue
      }
      if (rule) {
        result.matched++;
        result.byRule[rule] = (result.byRule[rule] ?? 0) + 1;
      } else result.unmatched++;
    }
    return result;
  });
}

export interface QueueLine extends Omit<Line, 'raw'> {
  /** The customer the payer name is known to belong to, if any. */
  knownCustomerId: string | null;
  /** Open invoices of exactly the line's amount (up to 5), to offer in the workbench. */
  candidates: { itemId: string; docNo: string; sourceNo: string; customerId: string; open: number }[];
}

/** Lines no rule could match, oldest first, with suggestions. */
export function unmatchedQueue(core: Core, opts: { limit?: number } = {}): QueueLine[] {
  const rows = core.sqlite
    .prepare(
      `SELECT l.id, l.file_id AS fileId, l.line_hash AS lineHash, l.source, l.txn_time AS txnTime, l.business_date AS businessDate, l.amount,
              l.payer_name AS payerName, l.payer_account AS payerAccount, l.reference, l.memo,
              (SELECT a.customer_id FROM payer_aliases a WHERE a.payer_name = coalesce(nullif(l.payer_name, ''), l.payer_account)) AS knownCustomerId
       FROM statement_lines l
       WHERE NOT EXISTS (SELECT 1 FROM statement_matches m WHERE m.line_id = l.id AND m.reversal_of IS NULL
                         AND NOT EXISTS (SELECT 1 FROM statement_matches r WHERE r.reversal_of = m.id))
       ORDER BY l.txn_time LIMIT ?`,
    )
    .all(opts.limit ?? 500) as Omit<QueueLine, 'candidates'>[];
  const cand = core.sqlite.prepare(
    `SELECT i.id AS itemId, i.doc_no AS docNo, i.source_no AS sourceNo, i.customer_id AS customerId, o.open
     FROM ar_item_open o JOIN ar_items i ON i.id = o.item_id WHERE o.side = 'debit' AND o.open = ? ORDER BY i.business_date DESC LIMIT 5`,
  );
  return rows.map((r) => ({ ...r, candidates: cand.all(r.amount) as QueueLine['candidates'] }));
}
