// The money side's core API. Other domains call these INSIDE THEIR OWN synchronous transaction (transact/mutate),
// so their document and the receivable commit together or not at all:
//
//   postInvoice(core, { customerId, sourceType, sourceId, sourceNo, businessDate, dueDate?, amount }, actor?)
//     A delivery / van sale / counter sale puts `amount` (integer fen > 0) on the customer's account. dueDate
//     defaults to businessDate + customers.payment_terms_days. Returns the open item (id, docNo AR-…).
//   postCredit(core, { customerId, sourceType: 'return' | 'rebate' | 'adjustment', … amount }, actor?)
//     The customer owes less; the credit stays unallocated until autoAllocate/allocate uses it on invoices.
//   recordReceipt(core, { customerId, method: 'cash'|'bank'|'wechat'|'alipay'|'other', amount, businessDate,
//     collectorId (required for cash: the driver, counted in his handover), reference?, payerName? }, actor?)
//   postRefund(core, { customerId, sourceType: 'return', amount, businessDate, paidById? }, actor?)
//     Cash paid back to a customer; paidById (a driver) lowers that driver's expected handover.
//   autoAllocate(core, actor, creditItemId, businessDate, debitItemIds?)  oldest first, or in the order given.
//   A van sale paid in cash: postInvoice + recordReceipt(method 'cash', collectorId driver) + autoAllocate(…, [invoice]).
//
// Every posting checks assertPeriodOpen (shared/period-lock.ts) and throws a translated AppError before writing.
// Reversal (reverseItem) replaces deletion; ledgers are append-only (database triggers refuse UPDATE/DELETE).
export { postCredit, postInvoice, postRefund, recordReceipt, type PostCreditInput, type PostInvoiceInput, type PostRefundInput, type RecordReceiptInput } from './post';
export { allocate, autoAllocate, openDebits, unallocate, writeOff, writeOffLimit } from './allocation';
export { reverseItem } from './reversal';
export { customerBalance, ledgerBalance, verifyLedger } from './balances';
export { aging, overdue, type AgingRow, type OverdueRow } from './aging';
export { createReceipt, allocateAction, unallocateAction, writeOffAction, reverseAction, postAdjustment } from './actions';
export { closePeriod, reopenPeriod, listPeriods } from './periods';
