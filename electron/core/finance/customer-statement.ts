// Customer statement (对账单) for one customer and period, straight from the ledger: opening balance (entries before
// the period), every entry in the period, closing balance. Closing = opening + the period's entries = the ledger
// balance at the end date, to the fen; totals() checks that before anything is printed.
import { eq } from 'drizzle-orm';
import { customers, settings } from '../../../db/schema';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertBusinessDate } from '../shared/period-lock';
import { ledgerBalance } from './balances';

export type StatementLineKind = 'invoice' | 'refund' | 'receipt' | 'credit' | 'writeoff' | 'reversal';

export interface StatementLine {
  businessDate: string;
  docNo: string;
  sourceNo: string;
  kind: StatementLineKind;
  /** What the line is, in zh-CN, for the printed statement. */
  description: string;
  /** Increases what the customer owes. */
  debit: number;
  /** Decreases what the customer owes. */
  credit: number;
  /** Running balance after this line. */
  balance: number;
}

export interface CustomerStatement {
  company: string;
  customer: { id: string; code: string; name: string; contact: string; phone: string; address: string };
  from: string;
  to: string;
  opening: number;
  lines: StatementLine[];
  totals: { invoices: number; receipts: number; credits: number; reversals: number; debit: number; credit: number };
  closing: number;
}

const methodNames: Record<string, string> = { cash: '现金', bank: '银行转账', wechat: '微信支付', alipay: '支付宝', other: '其他' };
const sourceNames: Record<string, string> = { delivery: '送货', van_sale: '车销', counter_sale: '门市', return: '退货', rebate: '返利', adjustment: '调整', statement: '流水', receipt: '收款' };

function describe(kind: string, itemKind: string, method: string | null, sourceType: string, reason: string): string {
  const source = sourceNames[sourceType] ?? sourceType;
  switch (kind) {
    case 'invoice':
      return `销售（${source}）`;
    case 'refund':
      return `退款（${source}）`;
    case 'receipt':
      return `收款（${methodNames[method ?? 'other'] ?? method}）`;
    case 'credit':
      return `贷项（${source}）`;
    case 'writeoff':
      return `抹零${reason ? `：${reason}` : ''}`;
    default:
      return `冲销${itemKind === 'receipt' ? '收款' : ''}${reason ? `：${reason}` : ''}`;
  }
}

export function companyName(core: Core): string {
  const v = core.db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'company.name')).get()?.value;
  return typeof v === 'string' && v.trim() ? v : '经销商';
}

export function customerStatement(core: Core, input: { customerId: string; from: string; to: string }): CustomerStatement {
  assertBusinessDate(input.from);
  assertBusinessDate(input.to);
  if (input.from > input.to) throw new AppError('DATE_RANGE', { from: input.from, to: input.to });
  const c = core.db.select().from(customers).where(eq(customers.id, input.customerId)).get();
  if (!c) throw new AppError('CUSTOMER_NOT_FOUND');
  const opening = (
    core.sqlite.prepare('SELECT coalesce(SUM(amount), 0) AS s FROM ar_entries WHERE customer_id = ? AND business_date < ?').get(c.id, input.from) as { s: number }
  ).s;
  const rows = core.sqlite
    .prepare(
      `SELECT e.business_date AS businessDate, e.kind, e.amount, e.reason, i.doc_no AS docNo, i.source_no AS sourceNo, i.kind AS itemKind,
              i.method, i.source_type AS sourceType
       FROM ar_entries e JOIN ar_items i ON i.id = e.item_id
       WHERE e.customer_id = ? AND e.business_date BETWEEN ? AND ? ORDER BY e.business_date, e.seq`,
    )
    .all(c.id, input.from, input.to) as { businessDate: string; kind: StatementLineKind; amount: number; reason: string; docNo: string; sourceNo: string; itemKind: string; method: string | null; sourceType: string }[];
  let balance = opening;
  const totals = { invoices: 0, receipts: 0, credits: 0, reversals: 0, debit: 0, credit: 0 };
  const lines = rows.map((r): StatementLine => {
    balance += r.amount;
    if (r.kind === 'invoice' || r.kind === 'refund') totals.invoices += r.amount;
    else if (r.kind === 'receipt') totals.receipts -= r.amount;
    else if (r.kind === 'credit' || r.kind === 'writeoff') totals.credits -= r.amount;
    else totals.reversals += r.amount;
    if (r.amount > 0) totals.debit += r.amount;
    else totals.credit -= r.amount;
    return {
      businessDate: r.businessDate,
      docNo: r.docNo,
      sourceNo: r.sourceNo,
      kind: r.kind,
      description: describe(r.kind, r.itemKind, r.method, r.sourceType, r.reason),
      debit: r.amount > 0 ? r.amount : 0,
      credit: r.amount < 0 ? -r.amount : 0,
      balance,
    };
  });
  const closing = ledgerBalance(core, c.id, input.to);
  // The statement must tie to the ledger to the fen; a mismatch is a bug, never something to print.
  if (closing !== balance || closing !== opening + totals.debit - totals.credit) throw new AppError('INTERNAL', { reason: 'statement does not tie to the ledger' });
  return {
    company: companyName(core),
    customer: { id: c.id, code: c.code, name: c.name, contact: c.contact, phone: c.phone, address: c.address },
    from: input.from,
    to: input.to,
    opening,
    lines,
    totals,
    closing,
  };
}

/** Customers to send a statement to: a non-zero closing balance, or any entry in the period. */
export function customersWithStatements(core: Core, input: { from: string; to: string }): string[] {
  assertBusinessDate(input.from);
  assertBusinessDate(input.to);
  return (
    core.sqlite
      .prepare(
        `SELECT c.id FROM customers c WHERE EXISTS (SELECT 1 FROM ar_entries e WHERE e.customer_id = c.id AND e.business_date <= @to)
         AND ((SELECT SUM(amount) FROM ar_entries e WHERE e.customer_id = c.id AND e.business_date <= @to) <> 0
              OR EXISTS (SELECT 1 FROM ar_entries e WHERE e.customer_id = c.id AND e.business_date BETWEEN @from AND @to))
         ORDER BY c.code`,
      )
      .all(input) as { id: string }[]
  ).map((r) => r.id);
}

/** Every statement of a period for batch printing (customers with a balance or activity), in customer-code order. */
export function batchStatements(core: Core, input: { from: string; to: string }): CustomerStatement[] {
  return customersWithStatements(core, input).map((customerId) => customerStatement(core, { customerId, ...input }));
}
