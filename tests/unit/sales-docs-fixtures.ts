// A distributor ready to sell and ship (for the sales codes, documents and receipt tests): the stock world's
// products, warehouses and actors; two salespeople; stores inside and outside the territory (广州市); cola in
// cases with nested trace codes received into the main warehouse by scanning (ours, D-US, and one case of
// another distributor's, D-OTHER); tea in two batches by blind receipt (the earlier expiry is picked first).
import { transact } from '../../db/tx';
import { saveCustomer } from '../../electron/core/parties/customers';
import { insertEmployee } from '../../electron/core/parties/employees';
import { postReceiving } from '../../electron/core/receiving/post';
import { scanIntoSession } from '../../electron/core/receiving/scan';
import { startReceiving } from '../../electron/core/receiving/sessions';
import { confirmOrder } from '../../electron/core/sales/orders-confirm';
import { createOrder, type CreateOrderInput } from '../../electron/core/sales/orders-edit';
import type { SalesOrderView } from '../../electron/core/sales/order-types';
import type { Actor } from '../../electron/core/shared/context';
import { saveTraceSettings } from '../../electron/core/trace';
import { importCases, receiveBlind, stockWorld, type CaseCodes, type StockWorld } from './stock-fixtures';

export interface SalesWorld extends StockWorld {
  zhang: string;
  li: string;
  /** 天河便利店, 广州市天河区, salesperson 张三 */
  tianhe: string;
  /** 越秀超市, 广州市越秀区, salesperson 李四 */
  yuexiu: string;
  /** 佛山百货, 佛山市禅城区: outside the territory */
  foshan: string;
  /** Cola cases K…, ours, received into the main warehouse. */
  ours: CaseCodes;
  /** One cola case of another distributor (D-OTHER), received too (diverted goods that came in). */
  foreign: CaseCodes;
  /** Cola cases registered but never received. */
  notReceived: CaseCodes;
}

export async function salesWorld(): Promise<SalesWorld> {
  const w = await stockWorld();
  const core = w.t.core;
  saveTraceSettings(core, w.owner, { distributorCode: 'D-US', territory: { regions: ['广州市'], channels: [], groups: [] } });
  const people = transact(w.t.sqlite, () => {
    const zhang = insertEmployee(core, { code: 'S01', name: '张三', role: 'salesperson' }).id;
    const li = insertEmployee(core, { code: 'S02', name: '李四', role: 'salesperson' }).id;
    const store = (code: string, name: string, region: string, salespersonId: string, address: string) =>
      saveCustomer(core, null, { code, name, region, channel: '便利店', salespersonId, contact: '陈老板', phone: '020-87654321', address });
    return {
      zhang,
      li,
      tianhe: store('K001', '天河便利店', '广州市天河区', zhang, '广州市天河区体育西路 88 号'),
      yuexiu: store('K002', '越秀超市', '广州市越秀区', li, '广州市越秀区北京路 12 号'),
      foshan: store('K003', '佛山百货', '佛山市禅城区', zhang, '佛山市禅城区祖庙路 5 号'),
    };
  });
  const ours = await importCases(w, w.cola, { prefix: 'K', cases: 6, batch: 'B2601', producedOn: '2026-01-10', distributor: 'D-US' });
  const foreign = await importCases(w, w.cola, { prefix: 'X', cases: 1, batch: 'B2601', producedOn: '2026-01-10', distributor: 'D-OTHER' });
  const notReceived = await importCases(w, w.cola, { prefix: 'N', cases: 1, batch: 'B2601', producedOn: '2026-01-10', distributor: 'D-US' });
  const session = startReceiving(core, w.clerk, { warehouseId: w.main });
  for (const code of [...ours.cases, ...foreign.cases]) scanIntoSession(core, w.clerk, { sessionId: session.id, raw: code });
  postReceiving(core, w.clerk, { id: session.id });
  receiveBlind(w, w.main, [
    { productId: w.tea.id, qty: 30, batchNo: 'T-LATE', producedOn: '2026-03-01' },
    { productId: w.tea.id, qty: 20, batchNo: 'T-EARLY', producedOn: '2026-01-01' },
    { productId: w.chips.id, qty: 100, batchNo: 'C1', producedOn: '2026-02-01' },
  ]);
  return { ...w, ...people, ours, foreign, notReceived };
}

/** A presale order taken and confirmed (stock reserved), ready to pick and deliver. */
export function confirmedOrder(w: SalesWorld, input: Omit<CreateOrderInput, 'kind' | 'warehouseId'> & Partial<Pick<CreateOrderInput, 'kind' | 'warehouseId'>>, actor: Actor = w.clerk): SalesOrderView {
  const order = createOrder(w.t.core, actor, { kind: 'presale', warehouseId: w.main, ...input });
  const r = confirmOrder(w.t.core, actor, { id: order.id });
  if (r.status !== 'confirmed') throw new Error(`order not confirmed: ${r.status} ${JSON.stringify(r.needed)}`);
  return r.order;
}

/** Row counts of what scanning and shipping write: to show a refusal wrote nothing. */
export function fulfilmentCounts(w: StockWorld): Record<string, number> {
  const tables = ['order_trace_codes', 'trace_events', 'diversion_alerts', 'outbox', 'audit_log', 'delivery_attachments', 'stock_moves', 'print_jobs'];
  return Object.fromEntries(tables.map((tb) => [tb, (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n]));
}
