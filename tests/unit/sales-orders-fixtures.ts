// A distributor ready to take orders (for the sales order, pricing, credit and delivery tests): the stock world's
// products, warehouses and actors; a 批发价 price list with the brand's limits on cola; a salesperson; three stores
// (one with a credit limit and 30-day terms, one without a limit, one on no price list); stock in the main
// warehouse (cola in two batches, tea, chips) and cola loaded on the van. The clock is movable (w.setToday).
import { transact } from '../../db/tx';
import { writePriceLimit } from '../../electron/core/catalog/price-limits';
import { insertPriceList } from '../../electron/core/catalog/price-lists';
import { writePrice } from '../../electron/core/catalog/prices';
import { saveCustomer } from '../../electron/core/parties/customers';
import { insertEmployee } from '../../electron/core/parties/employees';
import { loadVan } from '../../electron/core/stock/vans';
import { receiveBlind, stockWorld, type StockWorld } from './stock-fixtures';

export interface OrderWorld extends StockWorld {
  priceList: string;
  /** 张三, salesperson */
  zhang: string;
  /** 天河便利店: 批发价, credit limit 1,000 yuan, 30-day terms, salesperson 张三 */
  tianhe: string;
  /** 越秀超市: 批发价, no credit limit */
  yuexiu: string;
  /** 番禺小卖部: no price list */
  panyu: string;
  /** The van driver's employee id (王师傅). */
  vanDriver: string;
  setToday: (isoInstant: string) => void;
}

/** 批发价 (fen): cola 3.00/瓶, 17.00/盒, 65.00/箱 (limit 60–75 per case); tea 3.50/瓶, 80.00/箱; chips 5.00/瓶. */
export const PRICES = { colaBottle: 300, colaBox: 1700, colaCase: 6500, teaBottle: 350, teaCase: 8000, chips: 500 };
export const COLA_CASE_LIMIT = { min: 6000, max: 7500 };

export async function orderWorld(): Promise<OrderWorld> {
  let now = new Date('2026-03-15T02:00:00Z');
  const w = await stockWorld({ now: () => now });
  const core = w.t.core;
  const built = transact(w.t.sqlite, () => {
    const priceList = insertPriceList(core, { code: 'PF', name: '批发价' }).id;
    writePrice(core, w.cola.id, { priceListId: priceList, unitId: w.cola.units.bottle, price: PRICES.colaBottle });
    writePrice(core, w.cola.id, { priceListId: priceList, unitId: w.cola.units.box, price: PRICES.colaBox });
    writePrice(core, w.cola.id, { priceListId: priceList, unitId: w.cola.units.case, price: PRICES.colaCase });
    writePrice(core, w.tea.id, { priceListId: priceList, unitId: w.tea.units.bottle, price: PRICES.teaBottle });
    writePrice(core, w.tea.id, { priceListId: priceList, unitId: w.tea.units.case, price: PRICES.teaCase });
    writePrice(core, w.chips.id, { priceListId: priceList, unitId: w.chips.units.bottle, price: PRICES.chips });
    writePriceLimit(core, { productId: w.cola.id, unitId: w.cola.units.case, minPrice: COLA_CASE_LIMIT.min, maxPrice: COLA_CASE_LIMIT.max });
    const zhang = insertEmployee(core, { code: 'S01', name: '张三', role: 'salesperson' }).id;
    const store = (code: string, name: string, extra: { creditLimit?: number; paymentTermsDays?: number; priceListId?: string | null }) =>
      saveCustomer(core, null, { code, name, region: '广州市', channel: '便利店', salespersonId: zhang, contact: '陈老板', phone: '020-87654321', address: `广州市${name}`, ...extra });
    const vanDriver = (w.t.sqlite.prepare('SELECT driver_id AS d FROM warehouses WHERE id = ?').get(w.van) as { d: string }).d;
    return {
      priceList,
      zhang,
      vanDriver,
      tianhe: store('K001', '天河便利店', { creditLimit: 100_000, paymentTermsDays: 30, priceListId: priceList }),
      yuexiu: store('K002', '越秀超市', { priceListId: priceList }),
      panyu: store('K003', '番禺小卖部', { priceListId: null }),
    };
  });
  receiveBlind(w, w.main, [
    { productId: w.cola.id, qty: 240, batchNo: 'C-LATE', producedOn: '2026-02-01', expiresOn: '2027-02-01' },
    { productId: w.cola.id, qty: 48, batchNo: 'C-EARLY', producedOn: '2025-04-20', expiresOn: '2026-04-20' },
    { productId: w.tea.id, qty: 480, batchNo: 'T1', producedOn: '2026-01-01' },
    { productId: w.chips.id, qty: 100, batchNo: 'P1', producedOn: '2026-02-01' },
  ]);
  loadVan(core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 2, unitId: w.tea.units.case }] });
  return { ...w, ...built, setToday: (iso) => (now = new Date(iso)) };
}

/** Row counts of everything an order action may write: to show a refusal wrote nothing. */
export function orderCounts(w: StockWorld): Record<string, number> {
  const tables = [
    'sales_orders',
    'sales_order_lines',
    'sales_approvals',
    'stock_reservations',
    'sales_deliveries',
    'sales_delivery_lines',
    'stock_documents',
    'stock_moves',
    'ar_items',
    'ar_entries',
    'ar_allocations',
    'outbox',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((tb) => [tb, (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n]));
}

/** On-hand base units of a product in a warehouse (all batches). */
export const onHand = (w: StockWorld, warehouseId: string, productId: string): number =>
  (w.t.sqlite.prepare('SELECT coalesce(SUM(qty), 0) AS q FROM stock_balances WHERE warehouse_id = ? AND product_id = ? AND in_transit = 0').get(warehouseId, productId) as { q: number }).q;

export const reserved = (w: StockWorld, warehouseId: string, productId: string): number =>
  (w.t.sqlite.prepare('SELECT coalesce(SUM(qty_base), 0) AS q FROM stock_reservations WHERE warehouse_id = ? AND product_id = ?').get(warehouseId, productId) as { q: number }).q;
