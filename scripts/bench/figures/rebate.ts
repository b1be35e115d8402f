// rebate.* figures (issue 6), on a database of their own (scripts/bench/stock-fixture.ts: 500 products of one brand,
// 24 bottles a case; temp folder, deleted afterwards):
//   rebate.accrue_ms          recomputeAccruals() of 200 policies for March 2026 over 1,000,000 delivered sales order
//                             lines (sales_delivery_lines of D's sales tables, Jan–Mar, 2,000 stores) plus 2,000
//                             purchase receipts' stock moves: 120 brand policies on sell-out (tiered whole/marginal by
//                             amount or cases, per case, target; month or quarter), 40 on purchases, 40 store policies
//                             (each store accrues on its own). Median of 3 runs, one transaction each.
//   rebate.statement_pdf_ms   one brand's A4 statement for Q1 (its 160 policies' accruals, 300 ledger entries) rendered to PDF through
//                             Chromium (playwright-core), browser already started; median of 5.
// The sales rows are written with plain INSERTs (foreign keys checked at the end by foreign_key_check), not through
// deliverOrder: the figure is the accrual engine reading a million lines, not the order path.
import { transact } from '../../../db/tx';
import { FactCache } from '../../../electron/core/rebates/basis';
import { recomputeAccruals } from '../../../electron/core/rebates/accruals';
import { confirmCredit } from '../../../electron/core/rebates/accounts';
import { insertPolicy, type VersionInput } from '../../../electron/core/rebates/policies';
import { rebateStatement } from '../../../electron/core/rebates/statement';
import { rebateStatementsPdf } from '../../../electron/core/rebates/statement-render';
import { chromiumPdfRenderer } from '../../../electron/host/pdf-chromium';
import { afterBench, note, type Figure } from '../figure';
import { seededRandom, summarize, timeAsyncMs, timeMs } from '../stats';
import { stockBench } from '../stock-fixture';

export const prefix = 'rebate';

const LINES = Number(process.env.BENCH_REBATE_LINES ?? 1_000_000);
const STORES = 2_000;
const LINES_PER_ORDER = 10;
const PRODUCTS = 500;

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

export async function run(): Promise<Figure[]> {
  const b = await stockBench({ products: PRODUCTS, warehouses: 1 });
  const { core, owner, brandId } = b;
  const rnd = seededRandom(6);
  const warehouse = b.warehouses[0]!;
  note(`rebate: seeding ${LINES.toLocaleString('en-US')} delivered sales lines`);
  const started = Date.now();
  transact(core.sqlite, () => {
    const customer = core.sqlite.prepare(`INSERT INTO customers (id, code, name, search_text, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')`);
    for (let i = 0; i < STORES; i++) customer.run(`c${i}`, `K${String(i).padStart(5, '0')}`, `门店${i}`, `门店${i}`);
    const doc = core.sqlite.prepare(`INSERT INTO stock_documents (id, number, type, status, warehouse_id, business_date, created_at) VALUES (?, ?, 'sale', 'posted', ?, ?, 'x')`);
    const order = core.sqlite.prepare(
      `INSERT INTO sales_orders (id, number, kind, status, customer_id, warehouse_id, business_date, created_at, updated_at) VALUES (?, ?, 'presale', 'delivered', ?, ?, ?, 'x', 'x')`,
    );
    const line = core.sqlite.prepare(
      `INSERT INTO sales_order_lines (id, order_id, line_no, product_id, unit_name, factor, qty, qty_base, price_fen, gross_fen, net_fen, delivered_qty_base) VALUES (?, ?, ?, ?, '箱', 24, ?, ?, ?, ?, ?, ?)`,
    );
    const delivery = core.sqlite.prepare(`INSERT INTO sales_deliveries (id, order_id, stock_doc_id, amount_fen, business_date, created_at) VALUES (?, ?, ?, ?, ?, 'x')`);
    const dline = core.sqlite.prepare(`INSERT INTO sales_delivery_lines (id, delivery_id, line_id, doc_line_no, qty_base, amount_fen) VALUES (?, ?, ?, ?, ?, ?)`);
    const orders = Math.ceil(LINES / LINES_PER_ORDER);
    for (let o = 0; o < orders; o++) {
      const date = day(Math.floor(rnd() * 90));
      const id = `o${o}`;
      order.run(id, `SO-${o}`, `c${Math.floor(rnd() * STORES)}`, warehouse, date);
      doc.run(`d${o}`, `XS-${o}`, warehouse, date);
      let total = 0;
      const lines: [string, number, number][] = [];
      for (let l = 1; l <= LINES_PER_ORDER && o * LINES_PER_ORDER + l <= LINES; l++) {
        const qty = 1 + Math.floor(rnd() * 10);
        const price = 4_000 + Math.floor(rnd() * 4_000);
        const lineId = `${id}l${l}`;
        line.run(lineId, id, l, b.products[Math.floor(rnd() * PRODUCTS)]!.id, qty, qty * 24, price, qty * price, qty * price, qty * 24);
        lines.push([lineId, qty * 24, qty * price]);
        total += qty * price;
      }
      delivery.run(`v${o}`, id, `d${o}`, total, date);
      lines.forEach(([lineId, q, a], i) => dline.run(`${lineId}v`, `v${o}`, lineId, i + 1, q, a));
    }
    // Purchases: receipt moves (the purchase basis), 2,000 over the quarter.
    const batch = core.sqlite.prepare(`INSERT INTO batches (id, product_id, batch_no, created_at) VALUES (?, ?, '', 'x')`);
    const move = core.sqlite.prepare(
      `INSERT INTO stock_moves (id, doc_id, doc_type, doc_number, line_no, warehouse_id, product_id, batch_id, in_transit, qty, value, business_date, created_at) VALUES (?, ?, 'receipt', ?, 1, ?, ?, ?, 0, ?, ?, ?, 'x')`,
    );
    const receipt = core.sqlite.prepare(`INSERT INTO stock_documents (id, number, type, status, warehouse_id, business_date, created_at) VALUES (?, ?, 'receipt', 'posted', ?, ?, 'x')`);
    b.products.forEach((p, i) => batch.run(`b${i}`, p.id));
    for (let r = 0; r < 2_000; r++) {
      const date = day(Math.floor(rnd() * 90));
      const i = Math.floor(rnd() * PRODUCTS);
      const cases = 10 + Math.floor(rnd() * 200);
      receipt.run(`r${r}`, `RK-${r}`, warehouse, date);
      move.run(`m${r}`, `r${r}`, `RK-${r}`, warehouse, b.products[i]!.id, `b${i}`, cases * 24, cases * 4_500, date);
    }
    const broken = core.sqlite.prepare('PRAGMA foreign_key_check').all();
    if (broken.length > 0) throw new Error(`rebate bench seed broke ${broken.length} foreign keys`);

    // 200 policies.
    const ids = b.products.map((p) => p.id);
    const some = (n: number) => Array.from({ length: n }, () => ids[Math.floor(rnd() * PRODUCTS)]!);
    for (let i = 0; i < 200; i++) {
      const scope = i < 160 ? 'brand' : 'store';
      const basis = i < 120 || scope === 'store' ? 'sellout' : 'purchase';
      const kinds: VersionInput['kind'][] = ['tiered', 'tiered', 'per_unit', 'target'];
      const kind = kinds[i % 4]!;
      const measure = i % 3 === 0 ? 'quantity' : 'amount';
      const scale = scope === 'store' ? 1 : 500;
      const version: VersionInput = {
        validFrom: '2026-01-01',
        periodKind: i % 5 === 0 ? 'quarter' : 'month',
        basis,
        measure,
        kind,
        tierMode: i % 2 === 0 ? 'whole' : 'marginal',
        productIds: i % 4 === 1 ? some(50) : [],
        tiers: measure === 'amount' ? [{ from: 100_000 * scale, value: 50 }, { from: 300_000 * scale, value: 100 }, { from: 800_000 * scale, value: 200 }] : [{ from: 20 * scale, value: 50 }, { from: 60 * scale, value: 100 }, { from: 150 * scale, value: 200 }],
        perUnit: 100,
        target: measure === 'amount' ? 500_000 * scale : 100 * scale,
        rateBp: 150,
      };
      insertPolicy(core, owner, { code: `P${String(i).padStart(3, '0')}`, name: `基准政策${i}`, scope, brandId, version });
    }
  });
  note(`rebate: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const facts = new FactCache(core);
  note(`rebate: March sell-out facts read in ${Math.round(timeMs(() => facts.get('sellout', '2026-03-01', '2026-03-31')))} ms (${facts.get('sellout', '2026-03-01', '2026-03-31').length} product×store rows)`);
  const accrue: number[] = [];
  let rows = 0;
  for (let k = 0; k < 3; k++) accrue.push(timeMs(() => (rows = recomputeAccruals(core, owner, { date: '2026-03-20' }).length)));
  note(`rebate: ${rows.toLocaleString('en-US')} accrual rows per run`);

  // A statement with many rows: credits and uses over the quarter.
  transact(core.sqlite, () => {
    for (let i = 0; i < 300; i++) confirmCredit(core, owner, { brandId, amount: 1_000 + i, businessDate: day(i % 90), refNo: `KO-${i}` });
  });
  const renderer = chromiumPdfRenderer();
  afterBench(() => renderer.close?.());
  const statement = rebateStatement(core, { accountKind: 'brand', accountId: brandId, periodKey: '2026-Q1' });
  await rebateStatementsPdf(renderer, [statement]); // starts the browser
  const pdf: number[] = [];
  for (let k = 0; k < 5; k++) pdf.push(await timeAsyncMs(() => rebateStatementsPdf(renderer, [rebateStatement(core, { accountKind: 'brand', accountId: brandId, periodKey: '2026-Q1' })])));
  return [
    { name: 'rebate.accrue_ms', value: Math.round(summarize(accrue).p50), unit: 'ms' },
    { name: 'rebate.statement_pdf_ms', value: Math.round(summarize(pdf).p50), unit: 'ms' },
  ];
}
