// Money: the receivables ledger (open items, entries, allocations), driver cash handovers, imported bank/wallet
// statements and their matches, and period locks. Ledger tables are append-only (triggers in the migration refuse
// UPDATE and DELETE); the *_open / *_balances tables are caches written in the same transaction as the ledger rows
// and checked against them (electron/core/finance/verify.ts).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { fen, id, instant, integerChecks } from './columns';
import { customers, employees } from './parties';

export const arItemKinds = ['invoice', 'refund', 'receipt', 'credit'] as const;
export type ArItemKind = (typeof arItemKinds)[number];
export const receiptMethods = ['cash', 'bank', 'wechat', 'alipay', 'other'] as const;
export type ReceiptMethod = (typeof receiptMethods)[number];

/**
 * Open items: debit items (invoice, refund: the customer owes them) and credit items (receipt, credit: money or
 * credit the customer has, to be allocated to debit items). A posted item is never changed; it is reversed by a
 * ledger entry. Receipt fields (method, collector, reference, payer) are null on other kinds.
 */
export const arItems = sqliteTable(
  'ar_items',
  {
    id: id(),
    docNo: text('doc_no').notNull().unique(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    kind: text('kind', { enum: arItemKinds }).notNull(),
    /** What posted it: 'delivery', 'return', 'rebate', 'van_sale', 'adjustment', 'receipt', 'statement'… */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id'),
    sourceNo: text('source_no').notNull().default(''),
    businessDate: text('business_date').notNull(),
    dueDate: text('due_date'),
    amount: fen('amount').notNull(),
    method: text('method', { enum: receiptMethods }),
    /** The employee who collected (receipt) or paid out (refund) the cash: the driver's handover counts it. */
    employeeId: text('employee_id').references(() => employees.id),
    reference: text('reference').notNull().default(''),
    payerName: text('payer_name').notNull().default(''),
    note: text('note').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    index('ar_items_customer').on(t.customerId, t.kind, t.businessDate),
    index('ar_items_employee').on(t.employeeId, t.businessDate),
    index('ar_items_source').on(t.sourceType, t.sourceId),
    index('ar_items_reference').on(t.reference),
    // The statement matcher looks invoices up by the order number a payer quotes (SO-20261122-0007).
    index('ar_items_source_no').on(t.sourceNo),
    ...integerChecks('ar_items', { amount: t.amount }),
    check('ar_items_amount_pos', sql`${t.amount} > 0`),
    check('ar_items_kind_ok', sql`${t.kind} IN ('invoice','refund','receipt','credit')`),
    check('ar_items_method_ok', sql`${t.method} IS NULL OR ${t.method} IN ('cash','bank','wechat','alipay','other')`),
  ],
);

export const arEntryKinds = ['invoice', 'refund', 'receipt', 'credit', 'writeoff', 'reversal'] as const;
export type ArEntryKind = (typeof arEntryKinds)[number];

/**
 * The receivables ledger. `amount` is the signed effect on what the customer owes (invoice +, receipt −). The
 * customer's balance is the sum of its entries. A reversal entry negates the entry it names (reversal_of), once.
 */
export const arEntries = sqliteTable(
  'ar_entries',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    itemId: text('item_id')
      .notNull()
      .references(() => arItems.id),
    kind: text('kind', { enum: arEntryKinds }).notNull(),
    amount: fen('amount').notNull(),
    businessDate: text('business_date').notNull(),
    reversalOf: text('reversal_of'),
    reason: text('reason').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    index('ar_entries_customer').on(t.customerId, t.businessDate),
    index('ar_entries_item').on(t.itemId),
    uniqueIndex('ar_entries_reversal_once').on(t.reversalOf),
    ...integerChecks('ar_entries', { amount: t.amount }),
    check('ar_entries_amount_nonzero', sql`${t.amount} <> 0`),
  ],
);

/**
 * Allocations (核销) of a credit item (receipt/credit) to a debit item (invoice/refund). Positive rows allocate; a
 * negative row with reversal_of undoes one allocation, once.
 */
export const arAllocations = sqliteTable(
  'ar_allocations',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    debitItemId: text('debit_item_id')
      .notNull()
      .references(() => arItems.id),
    creditItemId: text('credit_item_id')
      .notNull()
      .references(() => arItems.id),
    amount: fen('amount').notNull(),
    businessDate: text('business_date').notNull(),
    reversalOf: text('reversal_of'),
    createdAt: instant('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    index('ar_allocations_debit').on(t.debitItemId),
    index('ar_allocations_credit').on(t.creditItemId),
    uniqueIndex('ar_allocations_reversal_once').on(t.reversalOf),
    ...integerChecks('ar_allocations', { amount: t.amount }),
    check('ar_allocations_amount_nonzero', sql`${t.amount} <> 0`),
  ],
);

/** Cache: what is still open on each item (debit: unpaid; credit: unallocated). Checked by verify.ts. */
export const arItemOpen = sqliteTable(
  'ar_item_open',
  {
    itemId: text('item_id')
      .primaryKey()
      .references(() => arItems.id),
    customerId: text('customer_id').notNull(),
    side: text('side', { enum: ['debit', 'credit'] }).notNull(),
    open: fen('open').notNull(),
    businessDate: text('business_date').notNull(),
    amount: fen('amount').notNull(),
  },
  (t) => [
    index('ar_item_open_customer').on(t.customerId, t.side, t.open),
    index('ar_item_open_amount').on(t.side, t.open),
    ...integerChecks('ar_item_open', { open: t.open, amount: t.amount }),
    check('ar_item_open_range', sql`${t.open} >= 0 AND ${t.open} <= ${t.amount}`),
  ],
);

/** Cache: each customer's balance (sum of its ar_entries). Checked by verify.ts. */
export const arBalances = sqliteTable(
  'ar_balances',
  {
    customerId: text('customer_id')
      .primaryKey()
      .references(() => customers.id),
    balance: fen('balance').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [...integerChecks('ar_balances', { balance: t.balance })],
);

/** Period locks: append-only close/reopen events per month (YYYY-MM); the latest event decides. */
export const periodEvents = sqliteTable(
  'period_events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    month: text('month').notNull(),
    action: text('action', { enum: ['close', 'reopen'] }).notNull(),
    reason: text('reason').notNull().default(''),
    at: instant('at').notNull(),
    userId: text('user_id'),
  },
  (t) => [index('period_events_month').on(t.month, t.seq), check('period_events_action_ok', sql`${t.action} IN ('close','reopen')`)],
);

/** Driver expenses (fuel, tolls, parking) paid from collected cash; only approved ones reduce the handover. */
export const driverExpenses = sqliteTable(
  'driver_expenses',
  {
    id: id(),
    driverId: text('driver_id')
      .notNull()
      .references(() => employees.id),
    businessDate: text('business_date').notNull(),
    amount: fen('amount').notNull(),
    category: text('category').notNull(),
    note: text('note').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    createdBy: text('created_by'),
    approvedAt: instant('approved_at'),
    approvedBy: text('approved_by'),
  },
  (t) => [
    index('driver_expenses_day').on(t.driverId, t.businessDate),
    ...integerChecks('driver_expenses', { amount: t.amount }),
    check('driver_expenses_pos', sql`${t.amount} > 0`),
  ],
);

/**
 * A driver's cash handover for one day (交款): the expected figure and its parts as computed when submitted, the
 * counted cash by denomination (JSON {"10000": 3, …} keyed by fen), e-payments, and the variance
 * (entered − expected; negative = short). Approval is a separate row.
 */
export const cashHandovers = sqliteTable(
  'cash_handovers',
  {
    id: id(),
    docNo: text('doc_no').notNull().unique(),
    driverId: text('driver_id')
      .notNull()
      .references(() => employees.id),
    businessDate: text('business_date').notNull(),
    cashReceipts: fen('cash_receipts').notNull(),
    cashRefunds: fen('cash_refunds').notNull(),
    expenses: fen('expenses').notNull(),
    expected: fen('expected').notNull(),
    denominations: text('denominations', { mode: 'json' }).notNull().$type<Record<string, number>>(),
    counted: fen('counted').notNull(),
    epayments: fen('epayments').notNull(),
    variance: fen('variance').notNull(),
    note: text('note').notNull().default(''),
    createdAt: instant('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    uniqueIndex('cash_handovers_driver_day').on(t.driverId, t.businessDate),
    ...integerChecks('cash_handovers', {
      cash_receipts: t.cashReceipts,
      cash_refunds: t.cashRefunds,
      expenses: t.expenses,
      expected: t.expected,
      counted: t.counted,
      epayments: t.epayments,
      variance: t.variance,
    }),
    check('cash_handovers_sum', sql`${t.variance} = ${t.counted} + ${t.epayments} - ${t.expected}`),
  ],
);

export const cashHandoverApprovals = sqliteTable('cash_handover_approvals', {
  handoverId: text('handover_id')
    .primaryKey()
    .references(() => cashHandovers.id),
  approvedAt: instant('approved_at').notNull(),
  approvedBy: text('approved_by').notNull(),
  note: text('note').notNull().default(''),
});

/** Append-only: what each driver owes (−) or is owed (+) from handover variances. */
export const driverCashEntries = sqliteTable(
  'driver_cash_entries',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    driverId: text('driver_id')
      .notNull()
      .references(() => employees.id),
    handoverId: text('handover_id').references(() => cashHandovers.id),
    businessDate: text('business_date').notNull(),
    amount: fen('amount').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('driver_cash_entries_driver').on(t.driverId), ...integerChecks('driver_cash_entries', { amount: t.amount })],
);

export const statementSources = ['bank', 'wechat', 'alipay'] as const;
export type StatementSource = (typeof statementSources)[number];

/** Column mapping per bank (or other layout), saved by the accountant; built-in ones live in code. */
export const statementMappings = sqliteTable('statement_mappings', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  mapping: text('mapping', { mode: 'json' }).notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export const statementFiles = sqliteTable('statement_files', {
  id: id(),
  sha256: text('sha256').notNull().unique(),
  source: text('source', { enum: statementSources }).notNull(),
  layout: text('layout').notNull(),
  fileName: text('file_name').notNull(),
  lineCount: integer('line_count').notNull(),
  newLines: integer('new_lines').notNull(),
  importedAt: instant('imported_at').notNull(),
  importedBy: text('imported_by'),
});

/** One incoming payment from a statement; `line_hash` makes the same transaction in another export a no-op. */
export const statementLines = sqliteTable(
  'statement_lines',
  {
    id: id(),
    fileId: text('file_id')
      .notNull()
      .references(() => statementFiles.id),
    lineHash: text('line_hash').notNull().unique(),
    source: text('source', { enum: statementSources }).notNull(),
    txnTime: text('txn_time').notNull(),
    businessDate: text('business_date').notNull(),
    amount: fen('amount').notNull(),
    payerName: text('payer_name').notNull().default(''),
    payerAccount: text('payer_account').notNull().default(''),
    reference: text('reference').notNull().default(''),
    memo: text('memo').notNull().default(''),
    raw: text('raw', { mode: 'json' }).notNull(),
  },
  (t) => [
    index('statement_lines_date').on(t.businessDate),
    index('statement_lines_reference').on(t.reference),
    ...integerChecks('statement_lines', { amount: t.amount }),
    check('statement_lines_pos', sql`${t.amount} > 0`),
  ],
);

/**
 * Append-only: a statement line matched to a receipt (kind 'receipt': an existing receipt, or one created from the
 * line to pay invoices). A row with reversal_of unmatches. `auto` marks matches made by the matcher.
 */
export const statementMatches = sqliteTable(
  'statement_matches',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    id: text('id').notNull().unique(),
    lineId: text('line_id')
      .notNull()
      .references(() => statementLines.id),
    receiptId: text('receipt_id')
      .notNull()
      .references(() => arItems.id),
    /** True when the receipt was created from the line (unmatching reverses it). */
    created: integer('created', { mode: 'boolean' }).notNull(),
    auto: integer('auto', { mode: 'boolean' }).notNull(),
    rule: text('rule').notNull(),
    reversalOf: text('reversal_of'),
    at: instant('at').notNull(),
    userId: text('user_id'),
  },
  (t) => [
    index('statement_matches_line').on(t.lineId),
    index('statement_matches_receipt').on(t.receiptId),
    uniqueIndex('statement_matches_reversal_once').on(t.reversalOf),
  ],
);

/** Learned from confirmed matches: this payer name (as the statement prints it) pays for this customer. */
export const payerAliases = sqliteTable(
  'payer_aliases',
  {
    payerName: text('payer_name').primaryKey(),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    confirmations: integer('confirmations').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [index('payer_aliases_customer').on(t.customerId)],
);
