// Trace codes on returns: scanned case codes go back 'returned' into the warehouse (and into their batch), damaged
// ones are written off with the damage adjustment, a reversal ships the saleable ones back to the customer; codes
// that are unknown, of another product, with another customer, scanned twice or holding more than the line are
// refused with nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReturn, type CreateReturnInput } from '../../electron/core/sales/returns-post';
import { reverseReturn } from '../../electron/core/sales/returns-reverse';
import { codeState, lookupCode, recordCodeEvents } from '../../electron/core/trace';
import { orderWorld, type OrderWorld } from './sales-orders-fixtures';
import { codeOf } from './sales-promotions-fixtures';
import { importCases, type CaseCodes } from './stock-fixtures';

let w: OrderWorld;
let codes: CaseCodes;
beforeEach(async () => {
  w = await orderWorld();
  // Three cases of cola in batch C-LATE (the dates the batch was received with): received, then two shipped to
  // 越秀超市 and one to 天河便利店.
  codes = await importCases(w, w.cola, { prefix: 'KR', cases: 3, batch: 'C-LATE', producedOn: '2026-02-01', expiresOn: '2027-02-01' });
  recordCodeEvents(w.t.core, w.clerk, codes.cases.map((code) => ({ code, kind: 'received', warehouseId: w.main })));
  recordCodeEvents(w.t.core, w.clerk, [
    { code: codes.cases[0]!, kind: 'shipped', customerId: w.yuexiu },
    { code: codes.cases[1]!, kind: 'shipped', customerId: w.yuexiu },
    { code: codes.cases[2]!, kind: 'shipped', customerId: w.tianhe },
  ]);
});
afterEach(() => w.close());

const ret = (lines: CreateReturnInput['lines']) => createReturn(w.t.core, w.clerk, { customerId: w.yuexiu, warehouseId: w.main, post: true, lines });
const state = (code: string) => codeState(w.t.core, code, lookupCode(w.t.core, code)!.ancestors);
const counts = () =>
  Object.fromEntries(
    ['sales_returns', 'sales_return_codes', 'stock_moves', 'trace_events', 'ar_items', 'outbox', 'audit_log'].map((tb) => [tb, (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n]),
  );

describe('returned trace codes', () => {
  it('records returned (saleable) and returned + written off (damaged), into the codes’ batch; a reversal ships the saleable one back', () => {
    const [saleable, damaged] = [codes.cases[0]!, codes.cases[1]!];
    const r = ret([
      { kind: 'return', productId: w.cola.id, unitId: w.cola.units.case, qty: 1, codes: [saleable] },
      { kind: 'return', condition: 'damaged', productId: w.cola.id, unitId: w.cola.units.case, qty: 1, codes: [damaged] },
    ]);
    // No order and no history with this store: the list price, ¥65.00 a case.
    expect(r).toMatchObject({ returnFen: 13_000, diffFen: -13_000 });
    expect(r.lines.map((l) => [l.batchNo, l.codes])).toEqual([
      ['C-LATE', [saleable]],
      ['C-LATE', [damaged]],
    ]);
    expect(state(saleable)).toMatchObject({ status: 'in_stock', warehouseId: w.main });
    expect(state(codes.items[0]!)).toMatchObject({ status: 'in_stock' });
    expect(state(damaged)).toMatchObject({ status: 'written_off' });
    const events = w.t.sqlite.prepare("SELECT code, kind, doc_type AS docType, doc_id AS docId, note FROM trace_events WHERE code IN (?, ?) AND doc_type IN ('sale_return', 'adjustment') ORDER BY seq").all(saleable, damaged);
    expect(events).toEqual([
      { code: saleable, kind: 'returned', docType: 'sale_return', docId: r.inDocId, note: r.number },
      { code: damaged, kind: 'returned', docType: 'sale_return', docId: r.inDocId, note: r.number },
      { code: damaged, kind: 'written_off', docType: 'adjustment', docId: r.damageDocId, note: r.number },
    ]);

    reverseReturn(w.t.core, w.owner, { id: r.id, reason: '扫错' });
    expect(state(saleable)).toMatchObject({ status: 'at_customer', customerId: w.yuexiu });
    // The damaged case stays written off: the trace ledger has no way back from a write-off.
    expect(state(damaged)).toMatchObject({ status: 'written_off' });
  });

  it('refuses codes that do not fit the line or the customer, and writes nothing', () => {
    const before = counts();
    const line = (extra: Partial<CreateReturnInput['lines'][number]>) => ({ kind: 'return' as const, productId: w.cola.id, unitId: w.cola.units.case, qty: 1, ...extra });
    expect(codeOf(() => ret([line({ codes: ['KR-NOPE'] })]))).toBe('TRACE_CODE_UNKNOWN');
    expect(codeOf(() => ret([line({ codes: [codes.cases[2]!] })]))).toBe('SALES_RETURN_CODE_CUSTOMER');
    expect(codeOf(() => ret([line({ productId: w.tea.id, unitId: w.tea.units.case, codes: [codes.cases[0]!] })]))).toBe('SALES_RETURN_CODE_PRODUCT');
    expect(codeOf(() => ret([line({ unitId: w.cola.units.box, codes: [codes.cases[0]!] })]))).toBe('SALES_RETURN_CODE_QTY');
    expect(codeOf(() => ret([line({ codes: [codes.cases[0]!] }), line({ codes: [codes.boxes[0]!] })]))).toBe('TRACE_SCAN_INSIDE');
    expect(codeOf(() => ret([line({ codes: [codes.cases[0]!] }), { kind: 'exchange', productId: w.tea.id, qty: 1, codes: [codes.cases[1]!] }]))).toBe('SALES_RETURN_CODES_ON_OUT');
    expect(counts()).toEqual(before);
    // A box of a case: 6 bottles back, the case is then partly here and partly with the store.
    const r = ret([line({ unitId: w.cola.units.box, codes: [codes.boxes[0]!] })]);
    expect(r.lines[0]).toMatchObject({ qtyBase: 6, codes: [codes.boxes[0]] });
    expect(state(codes.boxes[0]!)).toMatchObject({ status: 'in_stock' });
    expect(state(codes.boxes[1]!)).toMatchObject({ status: 'at_customer' });
  });
});
