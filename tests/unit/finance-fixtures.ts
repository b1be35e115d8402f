// Shared set-up for the finance tests: customers and employees inserted straight into a real test database, and a
// fixed clock (business day 2026-11-24 in Asia/Shanghai).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { customers, employees } from '../../db/schema';
import type { Core } from '../../electron/core/shared/context';
import { newId } from '../../electron/core/shared/ids';

export const NOW = new Date('2026-11-24T04:00:00Z');

/** The real-format statement exports in shared/fixtures/statements (beside the repository: ../shared from /work/main). */
export const STATEMENT_FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'statements');
export const statementFixture = (name: string) => new Uint8Array(readFileSync(join(STATEMENT_FIXTURES, name)));

export function addCustomer(core: Core, name: string, opts: { termsDays?: number; code?: string } = {}): string {
  const id = newId();
  const at = core.now().toISOString();
  core.db
    .insert(customers)
    .values({ id, code: opts.code ?? `C${id.slice(-8)}`, name, searchText: name, paymentTermsDays: opts.termsDays ?? 30, createdAt: at, updatedAt: at })
    .run();
  return id;
}

export function addEmployee(core: Core, name: string, role: 'driver' | 'salesperson' = 'driver'): string {
  const id = newId();
  core.db.insert(employees).values({ id, code: `E${id.slice(-8)}`, name, role, searchText: name, createdAt: core.now().toISOString() }).run();
  return id;
}

/** Row counts of every table the money side writes: "changes nothing" compares two of these. */
export function financeCounts(core: Core): Record<string, number> {
  const tables = ['ar_items', 'ar_entries', 'ar_allocations', 'ar_item_open', 'ar_balances', 'audit_log', 'outbox', 'period_events', 'cash_handovers', 'driver_cash_entries', 'statement_files', 'statement_lines', 'statement_matches', 'payer_aliases', 'doc_sequences'];
  return Object.fromEntries(tables.map((t) => [t, (core.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

/** Sum of every cached balance and open amount: catches an in-place change that keeps row counts. */
export function financeSums(core: Core): Record<string, number> {
  const q = (sql: string) => (core.sqlite.prepare(sql).get() as { s: number | null }).s ?? 0;
  return { balances: q('SELECT SUM(balance) AS s FROM ar_balances'), open: q('SELECT SUM(open) AS s FROM ar_item_open'), seq: q('SELECT SUM(last) AS s FROM doc_sequences') };
}
