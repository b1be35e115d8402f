// 返利对账单: per brand (or per store for store rebates) and date range: opening balance; what accrued per policy
// (basis, tier, rate, amount, with the brand's confirmation beside it); then the ledger: credited, used (with
// order numbers), expired, adjusted; closing balance. Opening and closing are ledger sums, so the statement ties
// to the ledger to the fen: closing = opening + credits + adjustments − uses − expiries.
import { and, asc, eq, lte } from 'drizzle-orm';
import { brands, customers, rebateAccruals, rebateLedger, rebatePolicies } from '../../../db/schema';
import { companyName } from '../finance/customer-statement';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { assertBusinessDate } from '../shared/period-lock';
import { listAccruals, type AccrualView } from './accruals';
import type { AccountKind, LedgerEntry } from './ledger';
import { parsePeriod } from './periods';

export interface StatementEntry {
  businessDate: string;
  docNo: string;
  kind: LedgerEntry['kind'];
  amount: number;
  refNo: string;
  policyCode: string;
  periodKey: string;
  expiresOn: string | null;
  note: string;
}

export interface RebateStatement {
  company: string;
  accountKind: AccountKind;
  accountId: string;
  accountName: string;
  from: string;
  to: string;
  printed: string;
  opening: number;
  accruals: AccrualView[];
  accrued: number;
  entries: StatementEntry[];
  /** Positive sums per kind; uses are net of their reversals. */
  credits: number;
  uses: number;
  expiries: number;
  adjustments: number;
  closing: number;
}

export interface StatementInput {
  accountKind: AccountKind;
  accountId: string;
  /** A period key ('2026-Q1'), or from/to business dates. */
  periodKey?: string;
  from?: string;
  to?: string;
}

function range(input: StatementInput): { from: string; to: string } {
  if (input.periodKey) return parsePeriod(input.periodKey);
  if (!input.from || !input.to) throw new AppError('REBATE_PERIOD_KEY', { value: `${input.from ?? ''}~${input.to ?? ''}` });
  assertBusinessDate(input.from);
  assertBusinessDate(input.to);
  if (input.from > input.to) throw new AppError('DATE_RANGE', { from: input.from, to: input.to });
  return { from: input.from, to: input.to };
}

function accountName(core: Core, kind: AccountKind, id: string): string {
  const row =
    kind === 'brand'
      ? core.db.select({ name: brands.name }).from(brands).where(eq(brands.id, id)).get()
      : core.db.select({ name: customers.name }).from(customers).where(eq(customers.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', { what: id });
  return row.name;
}

export function rebateStatement(core: Core, input: StatementInput): RebateStatement {
  const { from, to } = range(input);
  const name = accountName(core, input.accountKind, input.accountId);
  const acct = and(eq(rebateLedger.accountKind, input.accountKind), eq(rebateLedger.accountId, input.accountId));
  const rows = core.db
    .select({ e: rebateLedger, code: rebatePolicies.code })
    .from(rebateLedger)
    .leftJoin(rebatePolicies, eq(rebatePolicies.id, rebateLedger.policyId))
    .where(and(acct, lte(rebateLedger.businessDate, to)))
    .orderBy(asc(rebateLedger.businessDate), asc(rebateLedger.seq))
    .all();
  let opening = 0;
  const entries: StatementEntry[] = [];
  for (const { e, code } of rows) {
    if (e.businessDate < from) opening += e.amount;
    else entries.push({ businessDate: e.businessDate, docNo: e.docNo, kind: e.kind, amount: e.amount, refNo: e.refNo, policyCode: code ?? '', periodKey: e.periodKey ?? '', expiresOn: e.expiresOn, note: e.note });
  }
  const sum = (pred: (e: StatementEntry) => boolean) => entries.filter(pred).reduce((a, e) => a + e.amount, 0);
  const neg = (n: number) => (n === 0 ? 0 : -n);
  const credits = sum((e) => e.kind === 'credit');
  const uses = neg(sum((e) => e.kind === 'use' || e.kind === 'use_reversal'));
  const expiries = neg(sum((e) => e.kind === 'expire'));
  const adjustments = sum((e) => e.kind === 'adjust');
  const accruals = listAccruals(core, input.accountKind === 'brand' ? { brandId: input.accountId, partyId: '' } : { partyId: input.accountId }).filter(
    (a) => a.periodFrom >= from && a.periodTo <= to && (input.accountKind === 'brand' ? a.scope === 'brand' : a.scope === 'store'),
  );
  return {
    company: companyName(core),
    accountKind: input.accountKind,
    accountId: input.accountId,
    accountName: name,
    from,
    to,
    printed: businessDate(core.now(), core.timeZone),
    opening,
    accruals,
    accrued: accruals.reduce((a, r) => a + r.amount, 0),
    entries,
    credits,
    uses,
    expiries,
    adjustments,
    closing: opening + credits + adjustments - uses - expiries,
  };
}

/** Ledger sums checked independently of the statement's arithmetic (tests and the owner's "verify"). */
export function ledgerBalanceAt(core: Core, kind: AccountKind, id: string, date: string): number {
  return core.db
    .select({ amount: rebateLedger.amount })
    .from(rebateLedger)
    .where(and(eq(rebateLedger.accountKind, kind), eq(rebateLedger.accountId, id), lte(rebateLedger.businessDate, date)))
    .all()
    .reduce((a, r) => a + r.amount, 0);
}

/** Accounts of a kind that have any entry or accrual: the batch a period's statements are printed for. */
export function statementAccounts(core: Core, kind: AccountKind): string[] {
  const ledger = core.db.selectDistinct({ id: rebateLedger.accountId }).from(rebateLedger).where(eq(rebateLedger.accountKind, kind)).all();
  const accrued =
    kind === 'brand'
      ? core.db.selectDistinct({ id: rebatePolicies.brandId }).from(rebatePolicies).where(eq(rebatePolicies.scope, 'brand')).all()
      : core.db.selectDistinct({ id: rebateAccruals.partyId }).from(rebateAccruals).innerJoin(rebatePolicies, eq(rebatePolicies.id, rebateAccruals.policyId)).where(eq(rebatePolicies.scope, 'store')).all();
  return [...new Set([...ledger, ...accrued].map((r) => r.id))].sort();
}
