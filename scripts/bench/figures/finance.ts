// finance.*-side figures (issue 5), on a database of their own (temp folder, deleted afterwards):
//   ar.aging_ms               aging() as of today over 30,000 customers with 50,000 invoices and 10,000 receipts
//                             (median of 3 runs; reads the open-amount cache, as nothing is dated later)
//   ar.aging_past_ms          the same as of a past month end: open amounts summed from the ledgers
//   match.statement_10k_ms    autoMatch() of 10,000 imported statement lines against 50,000 open invoices: 30 %
//                             quote a document number, 20 % come from known payers, 30 % pay one invoice of a
//                             unique amount, 20 % nothing fits. One transaction, savepoint per line.
//   match.import_10k_ms       importStatement() of those 10,000 lines (CSV, UTF-8) into the database
//   statement.batch_pdf_per_s customer statements per second rendered to one A4 PDF (HTML template → Chromium via
//                             playwright-core), 200 customers, browser already started
// The harness wants every figure of a module to start with the module's prefix, so match.* and statement.* are
// reported by finance-match.ts and finance-statement.ts, which share the database seeded here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../db/open';
import { transact } from '../../../db/tx';
import { aging } from '../../../electron/core/finance/aging';
import { autoAllocate } from '../../../electron/core/finance/allocation';
import { batchStatements } from '../../../electron/core/finance/customer-statement';
import { statementsPdf } from '../../../electron/core/finance/customer-statement-render';
import { postInvoice, recordReceipt } from '../../../electron/core/finance/post';
import type { Actor, Core } from '../../../electron/core/shared/context';
import { DEFAULT_TIME_ZONE } from '../../../electron/core/shared/dates';
import { formatYuan } from '../../../electron/core/shared/money';
import { importStatement } from '../../../electron/core/statements/import';
import { autoMatch } from '../../../electron/core/statements/match';
import { chromiumPdfRenderer } from '../../../electron/host/pdf-chromium';
import type { Figure } from '../figure';
import { afterBench, note } from '../figure';
import { seededRandom, summarize, timeAsyncMs, timeMs } from '../stats';

export const prefix = 'ar';

const CUSTOMERS = Number(process.env.BENCH_FIN_SCALE ?? 1) * 30_000;
const INVOICES = Number(process.env.BENCH_FIN_SCALE ?? 1) * 50_000;
const RECEIPTS = Number(process.env.BENCH_FIN_SCALE ?? 1) * 10_000;
const LINES = Number(process.env.BENCH_FIN_SCALE ?? 1) * 10_000;
const PDF_CUSTOMERS = 200;
const AS_OF = '2026-11-24';

const day = (offset: number) => new Date(Date.UTC(2026, 10, 24) - offset * 86_400_000).toISOString().slice(0, 10);

function seed(core: Core, rnd: () => number): { invoices: { id: string; customerId: string; sourceNo: string; amount: number }[]; customerIds: string[] } {
  const customerIds: string[] = [];
  const insert = core.sqlite.prepare(
    `INSERT INTO customers (id, code, name, search_text, payment_terms_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')`,
  );
  const invoices: { id: string; customerId: string; sourceNo: string; amount: number }[] = [];
  transact(core.sqlite, () => {
    for (let i = 0; i < CUSTOMERS; i++) {
      const id = `c${String(i).padStart(6, '0')}`;
      insert.run(id, `C${String(i).padStart(6, '0')}`, `门店${i}`, `门店${i}`, [0, 7, 15, 30, 60][i % 5]);
      customerIds.push(id);
    }
    for (let i = 0; i < INVOICES; i++) {
      const customerId = customerIds[Math.floor(rnd() * CUSTOMERS)]!;
      const businessDate = day(Math.floor(rnd() * 180));
      const sourceNo = `SO-${businessDate.replace(/-/g, '')}-${String(i).padStart(4, '0')}`;
      const amount = 1_000 + Math.floor(rnd() * 2_000_000);
      const item = postInvoice(core, { customerId, sourceType: 'delivery', sourceNo, businessDate, amount });
      invoices.push({ id: item.id, customerId, sourceNo, amount });
    }
    for (let i = 0; i < RECEIPTS; i++) {
      const inv = invoices[Math.floor(rnd() * INVOICES)]!;
      const r = recordReceipt(core, { customerId: inv.customerId, method: 'bank', amount: Math.max(100, Math.floor(inv.amount * rnd())), businessDate: AS_OF });
      autoAllocate(core, null, r.id, AS_OF);
    }
  });
  return { invoices, customerIds };
}

function statementCsv(core: Core, rnd: () => number, invoices: { id: string; customerId: string; sourceNo: string; amount: number }[]): Uint8Array {
  const open = new Map((core.sqlite.prepare(`SELECT item_id AS id, open FROM ar_item_open WHERE side = 'debit' AND open > 0`).all() as { id: string; open: number }[]).map((r) => [r.id, r.open]));
  const rows = ['交易日,贷方发生额,对方名称,流水号,附言'];
  const aliases = core.sqlite.prepare(`INSERT OR IGNORE INTO payer_aliases (payer_name, customer_id, confirmations, updated_at) VALUES (?, ?, 1, 'x')`);
  transact(core.sqlite, () => {
    for (let i = 0; i < LINES; i++) {
      const inv = invoices[Math.floor(rnd() * invoices.length)]!;
      const openAmount = open.get(inv.id) ?? inv.amount;
      const kind = i % 10;
      let payer = `付款人${i}`;
      let amount = 1 + Math.floor(rnd() * 3_000_000);
      let memo = '货款';
      if (kind < 3) {
        memo = `付${inv.sourceNo}`;
        amount = openAmount;
      } else if (kind < 5) {
        payer = `老板${inv.customerId}`;
        aliases.run(payer, inv.customerId);
        amount = Math.max(1, Math.floor(openAmount * rnd()));
      } else if (kind < 8) amount = openAmount;
      rows.push(`${AS_OF},${formatYuan(amount)},${payer},BK${String(i).padStart(8, '0')},${memo}`);
    }
  });
  return new TextEncoder().encode(rows.join('\r\n'));
}

export interface FinanceFixture {
  core: Core;
  actor: Actor;
  invoices: { id: string; customerId: string; sourceNo: string; amount: number }[];
  rnd: () => number;
}

let fixture: Promise<FinanceFixture> | null = null;

/** The seeded database, built once per bench run by whichever finance module runs first; deleted at the end. */
export function financeFixture(): Promise<FinanceFixture> {
  fixture ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dms-bench-finance-'));
    const opened = await openDatabase(join(dir, 'finance.sqlite'));
    afterBench(() => {
      opened.sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const core: Core = { db: opened.db, sqlite: opened.sqlite, now: () => new Date('2026-11-24T04:00:00Z'), timeZone: DEFAULT_TIME_ZONE };
    const rnd = seededRandom(20261124);
    note(`finance: seeding ${CUSTOMERS} customers, ${INVOICES} invoices, ${RECEIPTS} receipts`);
    const { invoices } = seed(core, rnd);
    return { core, actor: { userId: 'bench', role: 'accountant', name: 'bench' }, invoices, rnd };
  })();
  return fixture;
}

/** ar.aging_ms */
export async function run(): Promise<Figure[]> {
  const { core } = await financeFixture();
  aging(core, AS_OF); // warm the page cache and the statement cache
  const runs = [0, 1, 2].map(() => timeMs(() => aging(core, AS_OF)));
  // As of a past date the open amounts are summed from the ledgers instead of read from the cache.
  const past = [0, 1, 2].map(() => timeMs(() => aging(core, '2026-10-31')));
  note(`finance: aging rows ${aging(core, AS_OF).length}`);
  return [
    { name: 'ar.aging_ms', value: summarize(runs).p50, unit: 'ms' },
    { name: 'ar.aging_past_ms', value: summarize(past).p50, unit: 'ms' },
  ];
}

/** match.statement_10k_ms and match.import_10k_ms (module finance-match.ts). */
export async function runMatch(): Promise<Figure[]> {
  const { core, actor, invoices, rnd } = await financeFixture();
  core.sqlite
    .prepare(`INSERT OR REPLACE INTO statement_mappings (key, name, mapping, updated_at) VALUES ('bench', '基准银行', ?, 'x')`)
    .run(JSON.stringify({ date: '交易日', credit: '贷方发生额', payerName: '对方名称', reference: '流水号', memo: ['附言'] }));
  const bytes = statementCsv(core, rnd, invoices);
  const importMs = await timeAsyncMs(() => importStatement(core, actor, { fileName: 'bench.csv', bytes }));
  let result: ReturnType<typeof autoMatch> | undefined;
  const matchMs = timeMs(() => {
    result = autoMatch(core, actor);
  });
  note(`finance: matched ${result?.matched} of ${result?.examined} ${JSON.stringify(result?.byRule)}`);
  return [
    { name: 'match.statement_10k_ms', value: matchMs, unit: 'ms' },
    { name: 'match.import_10k_ms', value: importMs, unit: 'ms' },
  ];
}

/** statement.batch_pdf_per_s (module finance-statement.ts). */
export async function runStatementPdf(): Promise<Figure[]> {
  const { core } = await financeFixture();
  const pdf = chromiumPdfRenderer();
  try {
    const statements = batchStatements(core, { from: '2026-11-01', to: AS_OF }).slice(0, PDF_CUSTOMERS);
    await statementsPdf(pdf, statements.slice(0, 1), { printed: AS_OF }); // start Chromium outside the timing
    const ms = await timeAsyncMs(() => statementsPdf(pdf, statements, { printed: AS_OF }));
    return [{ name: 'statement.batch_pdf_per_s', value: statements.length / (ms / 1000), unit: 'statements/s' }];
  } finally {
    await pdf.close?.();
  }
}
