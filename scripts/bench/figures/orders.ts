// orders.*: the sales order list over 100,000 orders with 1,000,000 lines (a year of a busy distributor: 10 lines
// an order, ~275 orders a day, 3,000 stores, 4 main warehouses and 2 vans), on a database of its own. The data is
// written with prepared inserts in one transaction (the bench measures the list, not entry).
//   list_query_ms / list_query_p99_ms: listOrders (a page of 50 with names, and the count of all matches), p50 and
//     p99 over 400 seeded filters as the screens ask them: a status over a month, a store, a warehouse over a week,
//     van sales by status, the newest page, a day's numbers, each at a random page of the first five.
import { transact } from '../../../db/tx';
import { insertEmployee } from '../../../electron/core/parties/employees';
import { insertWarehouse } from '../../../electron/core/parties/warehouses';
import { listOrders, type ListOrdersInput } from '../../../electron/core/sales/orders-list';
import type { SalesOrderKind, SalesOrderStatus } from '../../../electron/core/sales/order-types';
import { newId } from '../../../electron/core/shared/ids';
import type { Figure } from '../figure';
import { note } from '../figure';
import { stockBench } from '../stock-fixture';
import { pick, seededRandom, summarize, timeMs } from '../stats';

export const prefix = 'orders';

const ORDERS = 100_000;
const LINES_PER_ORDER = 10;
const CUSTOMERS = 3_000;
const DAYS = 365;

/** Weighted picks: most orders are delivered; a few are open, cancelled or reversed. */
const STATUSES: [SalesOrderStatus, number][] = [
  ['delivered', 70],
  ['confirmed', 10],
  ['partially_delivered', 5],
  ['cancelled', 5],
  ['draft', 5],
  ['pending_approval', 3],
  ['reversed', 2],
];
const KINDS: [SalesOrderKind, number][] = [
  ['presale', 60],
  ['van', 25],
  ['counter', 15],
];

function weighted<T>(table: readonly [T, number][], rnd: () => number): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * total;
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return table[0]![0];
}

const dayOf = (i: number) => new Date(Date.UTC(2025, 2, 16 + i)).toISOString().slice(0, 10);

export async function run(): Promise<Figure[]> {
  return measure(ORDERS, LINES_PER_ORDER);
}

/** Builds `orders` orders of `lines` lines and times the list (also run smaller when looking at query plans). */
export async function measure(ORDERS: number, LINES_PER_ORDER: number, explain = false): Promise<Figure[]> {
  note(`orders: writing ${ORDERS} orders × ${LINES_PER_ORDER} lines`);
  const bench = await stockBench({ products: 200, warehouses: 4 });
  const core = bench.core;
  const rnd = seededRandom(23);
  const now = core.now().toISOString();
  const setup = transact(core.sqlite, () => {
    const sales = Array.from({ length: 20 }, (_, i) => insertEmployee(core, { code: `S${i + 1}`, name: `业务员${i + 1}`, role: 'salesperson' }).id);
    const vans = [1, 2].map((i) => {
      const driver = insertEmployee(core, { code: `D${i}`, name: `司机${i}`, role: 'driver' }).id;
      return insertWarehouse(core, { code: `V${i}`, name: `${i}号车`, kind: 'van', driverId: driver, plate: `粤A0000${i}` }).id;
    });
    const insertCustomer = core.sqlite.prepare(
      `INSERT INTO customers (id, code, name, region, channel, salesperson_id, search_text, created_at, updated_at) VALUES (?, ?, ?, '广州市', '便利店', ?, ?, ?, ?)`,
    );
    const customers = Array.from({ length: CUSTOMERS }, (_, i) => {
      const id = newId();
      insertCustomer.run(id, `K${String(i).padStart(5, '0')}`, `门店${i}`, sales[i % sales.length], `门店${i}`, now, now);
      return id;
    });
    return { sales, vans, customers };
  });
  const units = new Map(
    (core.sqlite.prepare('SELECT product_id AS p, id, name FROM product_units WHERE factor = 1').all() as { p: string; id: string; name: string }[]).map((u) => [u.p, u]),
  );
  const products = bench.products.map((p) => p.id);
  const insertOrder = core.sqlite.prepare(
    `INSERT INTO sales_orders (id, number, kind, status, customer_id, warehouse_id, salesperson_id, business_date, gross_fen, discount_fen,
       amount_fen, delivered_fen, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)`,
  );
  const insertLine = core.sqlite.prepare(
    `INSERT INTO sales_order_lines (id, order_id, line_no, product_id, unit_id, unit_name, factor, qty, qty_base, price_fen, gross_fen, net_fen,
       delivered_qty_base) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const perDay = Math.ceil(ORDERS / DAYS);
  const buildMs = timeMs(() =>
    transact(core.sqlite, () => {
      for (let i = 0; i < ORDERS; i++) {
        const day = dayOf(Math.floor(i / perDay));
        const number = `SO-${day.replace(/-/g, '')}-${String((i % perDay) + 1).padStart(4, '0')}`;
        const kind = weighted(KINDS, rnd);
        const status = weighted(STATUSES, rnd);
        const warehouse = kind === 'van' ? pick(setup.vans, rnd) : pick(bench.warehouses, rnd);
        const id = newId();
        let amount = 0;
        const lines: unknown[][] = [];
        for (let n = 1; n <= LINES_PER_ORDER; n++) {
          const productId = pick(products, rnd);
          const unit = units.get(productId)!;
          const qty = 1 + Math.floor(rnd() * 48);
          const price = 200 + Math.floor(rnd() * 800);
          amount += qty * price;
          lines.push([newId(), id, n, productId, unit.id, unit.name, qty, qty, price, qty * price, qty * price, status === 'delivered' ? qty : 0]);
        }
        insertOrder.run(id, number, kind, status, pick(setup.customers, rnd), warehouse, pick(setup.sales, rnd), day, amount, amount, status === 'delivered' ? amount : 0, now, now);
        for (const l of lines) insertLine.run(...l);
      }
    }),
  );
  note(`orders: written in ${(buildMs / 1000).toFixed(1)} s`);
  core.sqlite.pragma('optimize');

  const filters: (() => ListOrdersInput)[] = [
    () => {
      const start = Math.floor(rnd() * (DAYS - 30));
      return { status: weighted(STATUSES, rnd), from: dayOf(start), to: dayOf(start + 29) };
    },
    () => ({ customerId: pick(setup.customers, rnd) }),
    () => {
      const start = Math.floor(rnd() * (DAYS - 7));
      return { warehouseId: pick(bench.warehouses, rnd), from: dayOf(start), to: dayOf(start + 6) };
    },
    () => ({ kind: 'van', status: pick(['confirmed', 'partially_delivered'] as SalesOrderStatus[], rnd) }),
    () => ({}),
    () => ({ number: `SO-${dayOf(Math.floor(rnd() * DAYS)).replace(/-/g, '')}` }),
  ];
  const query = () => {
    const input = { ...pick(filters, rnd)(), limit: 50, offset: 50 * Math.floor(rnd() * 5) };
    const ms = timeMs(() => listOrders(core, input));
    if (explain && ms > 20) note(`slow ${ms.toFixed(1)} ms: ${JSON.stringify(input)}`);
    return ms;
  };
  for (let i = 0; i < 40; i++) query();
  const s = summarize(Array.from({ length: 400 }, query));
  return [
    { name: 'orders.list_query_ms', value: s.p50, unit: 'ms' },
    { name: 'orders.list_query_p99_ms', value: s.p99, unit: 'ms' },
  ];
}
