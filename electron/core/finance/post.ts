// Posting open items: invoices and refunds (the customer owes more), receipts and credits (the customer owes less).
// These run inside the CALLER's transaction (a delivery, a return, a van sale, a rebate credit, or mutate() in the
// API), check everything before the first write, and throw a translated AppError on bad input.
import dayjs from 'dayjs';
import type { ArItemKind, ReceiptMethod } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { writeOutbox } from '../shared/journal';
import { assertFen, formatYuan } from '../shared/money';
import { assertBusinessDate, assertPeriodOpen } from '../shared/period-lock';
import { assertCustomer, insertItem, type ArItem } from './ledger';
import { assertEmployee } from './employees';

export interface PostInvoiceInput {
  customerId: string;
  /** What posted it: 'delivery', 'van_sale', 'counter_sale', 'adjustment'… */
  sourceType: string;
  sourceId?: string | null;
  /** The source document's number people see (SO-20261122-0007). */
  sourceNo?: string;
  businessDate: string;
  /** Defaults to businessDate + the customer's payment terms. */
  dueDate?: string | null;
  /** Positive integer fen. */
  amount: number;
  note?: string;
}

export type PostCreditInput = Omit<PostInvoiceInput, 'dueDate'>;

export interface RecordReceiptInput {
  customerId: string;
  method: ReceiptMethod;
  amount: number;
  businessDate: string;
  /** Who collected it (driver/salesperson): required for cash, counted in that employee's handover. */
  collectorId?: string | null;
  reference?: string;
  payerName?: string;
  note?: string;
  sourceType?: string;
  sourceId?: string | null;
  sourceNo?: string;
}

export interface PostRefundInput extends PostCreditInput {
  /** The employee who paid the cash out (reduces that driver's handover); null when paid by the office. */
  paidById?: string | null;
}

const prefixes: Record<ArItemKind, string> = { invoice: 'AR', refund: 'RF', receipt: 'RC', credit: 'CR' };

export function assertAmount(amount: number): number {
  assertFen(amount);
  if (amount <= 0) throw new AppError('AMOUNT_POSITIVE', { value: formatYuan(amount) });
  return amount;
}

function post(core: Core, actor: Actor | null, kind: ArItemKind, input: PostInvoiceInput & Partial<RecordReceiptInput> & { employeeId?: string | null }): ArItem {
  assertAmount(input.amount);
  assertBusinessDate(input.businessDate);
  if (input.dueDate) assertBusinessDate(input.dueDate);
  const customer = assertCustomer(core, input.customerId);
  if (input.employeeId) assertEmployee(core, input.employeeId);
  assertPeriodOpen(core, input.businessDate);
  const dueDate =
    kind === 'invoice' ? (input.dueDate ?? dayjs(input.businessDate).add(customer.paymentTermsDays, 'day').format('YYYY-MM-DD')) : null;
  const item = insertItem(core, actor, {
    docNo: nextDocNumber(core, prefixes[kind], input.businessDate),
    customerId: input.customerId,
    kind,
    sourceType: input.sourceType,
    sourceId: input.sourceId ?? null,
    sourceNo: input.sourceNo ?? '',
    businessDate: input.businessDate,
    dueDate,
    amount: input.amount,
    method: input.method ?? null,
    employeeId: input.employeeId ?? null,
    reference: (input.reference ?? '').trim(),
    payerName: (input.payerName ?? '').trim(),
    note: input.note ?? '',
  });
  writeOutbox(core, `finance.${kind}.posted`, item.id, {
    docNo: item.docNo,
    customerId: item.customerId,
    sourceType: item.sourceType,
    sourceNo: item.sourceNo,
    businessDate: item.businessDate,
    amount: item.amount,
    method: item.method,
  });
  return item;
}

/** A receivable from a delivery, van sale or adjustment. */
export function postInvoice(core: Core, input: PostInvoiceInput, actor: Actor | null = null): ArItem {
  return post(core, actor, 'invoice', input);
}

/** A credit from a return, rebate or adjustment: the customer owes less; allocate it to invoices like a receipt. */
export function postCredit(core: Core, input: PostCreditInput, actor: Actor | null = null): ArItem {
  return post(core, actor, 'credit', input);
}

/** Money paid back to the customer (a cash refund on a return): the customer owes more by that amount. */
export function postRefund(core: Core, input: PostRefundInput, actor: Actor | null = null): ArItem {
  return post(core, actor, 'refund', { ...input, employeeId: input.paidById ?? null, method: 'cash' });
}

/** Money received (收款); unallocated it stays a prepayment on the customer's account. */
export function recordReceipt(core: Core, input: RecordReceiptInput, actor: Actor | null = null): ArItem {
  if (input.method === 'cash' && !input.collectorId) throw new AppError('RECEIPT_COLLECTOR');
  return post(core, actor, 'receipt', {
    ...input,
    sourceType: input.sourceType ?? 'receipt',
    employeeId: input.collectorId ?? null,
  });
}
