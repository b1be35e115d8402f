// The rebate ledger: one append-only table of signed fen entries per account (a brand we are owed by, or a store
// we owe). credit (confirmed by the brand, or a closed store accrual) and use_reversal add; use and expire take
// away; adjust goes either way. Uses draw on the credits that expire first, so each credit's remaining amount,
// and with it what lapses, follows from the entries alone.
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { rebateLedger } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { nextDocNumber } from '../shared/doc-numbers';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import { assertFen, formatYuan } from '../shared/money';
import { assertBusinessDate, assertPeriodOpen, isPeriodClosed } from '../shared/period-lock';
import { mutate } from '../shared/mutate';
import { nextDay } from './periods';

export type LedgerEntry = typeof rebateLedger.$inferSelect;
export type AccountKind = LedgerEntry['accountKind'];

export interface EntryInput {
  accountKind: AccountKind;
  accountId: string;
  kind: LedgerEntry['kind'];
  amount: number;
  businessDate: string;
  expiresOn?: string | null;
  policyId?: string | null;
  periodKey?: string | null;
  refId?: string | null;
  poId?: string | null;
  refNo?: string;
  note?: string;
}

/** Appends one entry inside the caller's transaction: checks, period lock, number (FL-…), outbox. */
export function postEntry(core: Core, actor: Actor | null, input: EntryInput): LedgerEntry {
  assertFen(input.amount);
  if (input.amount === 0) throw new AppError('REBATE_AMOUNT_POSITIVE', { value: formatYuan(input.amount) });
  assertBusinessDate(input.businessDate);
  if (input.expiresOn) assertBusinessDate(input.expiresOn);
  assertPeriodOpen(core, input.businessDate);
  const seq = (core.db.select({ n: sql<number>`coalesce(max(${rebateLedger.seq}), 0)` }).from(rebateLedger).get()?.n ?? 0) + 1;
  const entry: LedgerEntry = {
    id: newId(),
    seq,
    docNo: nextDocNumber(core, 'FL', input.businessDate),
    accountKind: input.accountKind,
    accountId: input.accountId,
    kind: input.kind,
    amount: input.amount,
    businessDate: input.businessDate,
    expiresOn: input.kind === 'credit' ? (input.expiresOn ?? null) : null,
    policyId: input.policyId ?? null,
    periodKey: input.periodKey ?? null,
    refId: input.refId ?? null,
    poId: input.poId ?? null,
    refNo: input.refNo ?? '',
    note: input.note ?? '',
    createdBy: actor?.userId ?? null,
    createdAt: core.now().toISOString(),
  };
  core.db.insert(rebateLedger).values(entry).run();
  writeOutbox(core, 'rebates.ledger.posted', entry.id, entry);
  return entry;
}

export function entriesOf(core: Core, kind: AccountKind, accountId: string, asOf?: string): LedgerEntry[] {
  return core.db
    .select()
    .from(rebateLedger)
    .where(and(eq(rebateLedger.accountKind, kind), eq(rebateLedger.accountId, accountId), asOf ? lte(rebateLedger.businessDate, asOf) : undefined))
    .orderBy(asc(rebateLedger.seq))
    .all();
}

export const balanceOf = (entries: readonly LedgerEntry[]) => entries.reduce((a, e) => a + e.amount, 0);

export interface CreditLeft {
  entry: LedgerEntry;
  remaining: number;
}

/** What is left of each credit (and positive adjustment): expiries on it, then every use, soonest expiry first. */
export function creditsLeft(entries: readonly LedgerEntry[]): CreditLeft[] {
  const expired = new Map<string, number>();
  let consumed = 0;
  for (const e of entries) {
    if (e.kind === 'expire' && e.refId) expired.set(e.refId, (expired.get(e.refId) ?? 0) - e.amount);
    else if (e.kind === 'use' || e.kind === 'use_reversal' || (e.kind === 'adjust' && e.amount < 0)) consumed -= e.amount;
  }
  const credits = entries
    .filter((e) => e.kind === 'credit' || (e.kind === 'adjust' && e.amount > 0))
    .sort((a, b) => (a.expiresOn ?? '9999-12-31').localeCompare(b.expiresOn ?? '9999-12-31') || a.seq - b.seq);
  return credits.map((entry) => {
    let remaining = entry.amount - (expired.get(entry.id) ?? 0);
    const take = Math.max(0, Math.min(remaining, consumed));
    remaining -= take;
    consumed -= take;
    return { entry, remaining };
  });
}

/** Usable on a date: what is left of credits that have not lapsed by then. */
export function availableOn(entries: readonly LedgerEntry[], date: string): number {
  return creditsLeft(entries).reduce((a, c) => a + (c.entry.expiresOn === null || c.entry.expiresOn >= date ? c.remaining : 0), 0);
}

export interface AccountBalance {
  accountKind: AccountKind;
  accountId: string;
  balance: number;
  available: number;
  /** The next credit to lapse: its last day and what is left of it. */
  nextExpiry: { expiresOn: string; remaining: number } | null;
}

export function accountBalance(core: Core, kind: AccountKind, accountId: string, date: string): AccountBalance {
  const entries = entriesOf(core, kind, accountId);
  const next = creditsLeft(entries)
    .filter((c) => c.remaining > 0 && c.entry.expiresOn !== null && c.entry.expiresOn >= date)
    .sort((a, b) => a.entry.expiresOn!.localeCompare(b.entry.expiresOn!))[0];
  return {
    accountKind: kind,
    accountId,
    balance: balanceOf(entries),
    available: availableOn(entries, date),
    nextExpiry: next ? { expiresOn: next.entry.expiresOn!, remaining: next.remaining } : null,
  };
}

/**
 * Posts the lapse of every credit whose last day is before asOf and that still has something left: an expire
 * entry on the day after its last day (or on asOf when that month is already closed).
 */
export function postExpiries(core: Core, actor: Actor | null, input: { asOf: string; accountKind?: AccountKind; accountId?: string }): LedgerEntry[] {
  assertBusinessDate(input.asOf);
  return mutate(
    core,
    actor,
    (posted) => ({ action: 'rebates.expire', entity: 'rebate_ledger', data: { asOf: input.asOf, entries: posted.map((e) => e.docNo) } }),
    () => {
      const accounts = core.sqlite
        .prepare('SELECT DISTINCT account_kind AS kind, account_id AS id FROM rebate_ledger WHERE expires_on < ?')
        .all(input.asOf) as { kind: AccountKind; id: string }[];
      const posted: LedgerEntry[] = [];
      for (const a of accounts) {
        if ((input.accountKind && a.kind !== input.accountKind) || (input.accountId && a.id !== input.accountId)) continue;
        for (const c of creditsLeft(entriesOf(core, a.kind, a.id))) {
          if (c.remaining <= 0 || c.entry.expiresOn === null || c.entry.expiresOn >= input.asOf) continue;
          const lapse = nextDay(c.entry.expiresOn);
          const businessDate = isPeriodClosed(core, lapse.slice(0, 7)) ? input.asOf : lapse;
          posted.push(
            postEntry(core, actor, { accountKind: a.kind, accountId: a.id, kind: 'expire', amount: -c.remaining, businessDate, refId: c.entry.id, refNo: c.entry.docNo, policyId: c.entry.policyId, periodKey: c.entry.periodKey, note: `到期 ${c.entry.expiresOn}` }),
          );
        }
      }
      return posted;
    },
  );
}
