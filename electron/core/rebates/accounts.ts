// Rebate accounts: the owner enters (or imports) the brand's confirmed credits and adjustments; balances and the
// next expiry per brand (and per store for store rebates).
import { asc, eq } from 'drizzle-orm';
import { brands, customers, rebateLedger } from '../../../db/schema';
import { getBrand } from '../catalog/brands';
import { assertCustomer } from '../finance/ledger';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { formatYuan } from '../shared/money';
import { mutate } from '../shared/mutate';
import { accountBalance, postEntry, type AccountBalance, type AccountKind, type LedgerEntry } from './ledger';
import { parsePeriod } from './periods';
import { getPolicy } from './policies';

export interface ConfirmCreditInput {
  brandId: string;
  amount: number;
  businessDate: string;
  expiresOn?: string | null;
  /** The policy and period the brand's credit settles (so the estimate and the confirmation sit side by side). */
  policyId?: string | null;
  periodKey?: string | null;
  /** The brand's own credit note number. */
  refNo?: string;
  note?: string;
}

/** Inside the caller's transaction: one confirmed brand credit (used by the form and by imports). */
export function insertCredit(core: Core, actor: Actor | null, input: ConfirmCreditInput): LedgerEntry {
  getBrand(core, input.brandId);
  if (input.amount <= 0) throw new AppError('REBATE_AMOUNT_POSITIVE', { value: formatYuan(input.amount) });
  if (input.policyId) {
    const policy = getPolicy(core, input.policyId);
    if (policy.brandId !== input.brandId || policy.scope !== 'brand') throw new AppError('REBATE_POLICY_NOT_FOUND', { id: input.policyId });
  }
  if (input.periodKey) parsePeriod(input.periodKey);
  if (input.expiresOn && input.expiresOn < input.businessDate) throw new AppError('DATE_RANGE', { from: input.businessDate, to: input.expiresOn });
  return postEntry(core, actor, { ...input, accountKind: 'brand', accountId: input.brandId, kind: 'credit' });
}

export function confirmCredit(core: Core, actor: Actor, input: ConfirmCreditInput): LedgerEntry {
  return mutate(core, actor, (e) => ({ action: 'rebates.credit.confirm', entity: 'rebate_ledger', entityId: e.id, data: e }), () => insertCredit(core, actor, input));
}

/** A correction either way, with its reason; adjustments never expire. */
export function adjustAccount(core: Core, actor: Actor, input: { accountKind: AccountKind; accountId: string; amount: number; businessDate: string; note: string }): LedgerEntry {
  return mutate(
    core,
    actor,
    (e) => ({ action: 'rebates.account.adjust', entity: 'rebate_ledger', entityId: e.id, data: e }),
    () => {
      if (!input.note.trim()) throw new AppError('PERIOD_REASON');
      if (input.accountKind === 'brand') getBrand(core, input.accountId);
      else assertCustomer(core, input.accountId);
      if (input.amount < 0) {
        const bal = accountBalance(core, input.accountKind, input.accountId, input.businessDate);
        if (bal.available + input.amount < 0) throw new AppError('REBATE_BALANCE_LOW', { amount: formatYuan(-input.amount), available: formatYuan(bal.available) });
      }
      return postEntry(core, actor, { ...input, kind: 'adjust' });
    },
  );
}

export interface AccountRow extends AccountBalance {
  name: string;
}

/** Every account with entries (and every brand), with balance, available and next expiry as of a date. */
export function listAccounts(core: Core, input: { accountKind: AccountKind; date?: string }): AccountRow[] {
  const date = input.date ?? businessDate(core.now(), core.timeZone);
  const ids = new Set(
    core.db
      .selectDistinct({ id: rebateLedger.accountId })
      .from(rebateLedger)
      .where(eq(rebateLedger.accountKind, input.accountKind))
      .all()
      .map((r) => r.id),
  );
  const names =
    input.accountKind === 'brand'
      ? core.db.select({ id: brands.id, name: brands.name }).from(brands).orderBy(asc(brands.name)).all()
      : core.db.select({ id: customers.id, name: customers.name }).from(customers).orderBy(asc(customers.code)).all().filter((c) => ids.has(c.id));
  return names.map((n) => ({ ...accountBalance(core, input.accountKind, n.id, date), name: n.name }));
}

export function accountEntries(core: Core, input: { accountKind: AccountKind; accountId: string }): LedgerEntry[] {
  return core.db.select().from(rebateLedger).where(eq(rebateLedger.accountId, input.accountId)).orderBy(asc(rebateLedger.seq)).all().filter((e) => e.accountKind === input.accountKind);
}
