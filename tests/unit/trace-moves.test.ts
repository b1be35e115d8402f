// Codes through warehouse documents: a reversed receipt releases its codes so they can be received again (and a
// box of a released case too); codes scanned onto a transfer or van load get "moved" events from → to, shown in
// their history; a transfer's reversal moves them back; refused moves write nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postReceiving } from '../../electron/core/receiving/post';
import { scanIntoSession } from '../../electron/core/receiving/scan';
import { startReceiving } from '../../electron/core/receiving/sessions';
import { AppError } from '../../electron/core/shared/errors';
import { checkLedger } from '../../electron/core/stock/check';
import { reverseDocument } from '../../electron/core/stock/reverse';
import { shipTransfer } from '../../electron/core/stock/transfers';
import { loadVan } from '../../electron/core/stock/vans';
import { checkInbound, codeHistory, codeState, lookupCode } from '../../electron/core/trace';
import { importCases, receiveBlind, stockSnapshot, stockWorld, type CaseCodes, type StockWorld } from './stock-fixtures';

let w: StockWorld;
let codes: CaseCodes;
beforeEach(async () => {
  w = await stockWorld();
  codes = await importCases(w, w.cola, { prefix: 'M', cases: 3, batch: 'B1', producedOn: '2026-01-10' });
});
afterEach(() => w.close());

const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};
const stateOf = (code: string) => codeState(w.t.core, code, lookupCode(w.t.core, code)?.ancestors ?? []);

/** A blind receipt of the given trace codes into `warehouseId`, posted. */
function receiveCodes(list: readonly string[], warehouseId = w.main) {
  const s = startReceiving(w.t.core, w.clerk, { warehouseId });
  for (const c of list) scanIntoSession(w.t.core, w.clerk, { sessionId: s.id, raw: c });
  return postReceiving(w.t.core, w.clerk, { id: s.id }).doc;
}

describe('re-receiving after a reversal', () => {
  it('a reversed receipt releases its cases: they count as not received and can be received again', () => {
    const first = receiveCodes(codes.cases.slice(0, 2));
    expect(stateOf(codes.cases[0]!)).toMatchObject({ status: 'in_stock', warehouseId: w.main });
    const rev = reverseDocument(w.t.core, w.clerk, { id: first.id, reason: '送错仓库' });
    expect(stateOf(codes.cases[0]!).status).toBe('new');
    expect(stateOf(`${codes.cases[0]}B1I1`).status).toBe('new');
    expect(checkInbound(w.t.core, [codes.cases[0]!]).codes[0]!.flags).toEqual([]);
    const again = receiveCodes(codes.cases.slice(0, 2), w.second);
    expect(stateOf(codes.cases[1]!)).toMatchObject({ status: 'in_stock', warehouseId: w.second, event: { kind: 'received', docId: again.id } });
    const kinds = codeHistory(w.t.core, codes.cases[0]!).events.map((e) => [e.kind, e.docType, e.note]);
    expect(kinds).toEqual([
      ['received', 'receipt', null],
      ['written_off', 'reversal', rev.number],
      ['received', 'receipt', null],
    ]);
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('a box received alone and released does not stop its case from being received, a box still held does', () => {
    const boxOnly = receiveCodes([codes.boxes[0]!]);
    reverseDocument(w.t.core, w.clerk, { id: boxOnly.id, reason: '录错' });
    receiveCodes([codes.cases[0]!]);
    expect(stateOf(codes.boxes[0]!)).toMatchObject({ status: 'in_stock', event: { code: codes.cases[0] } });
    receiveCodes([codes.boxes[4]!]); // a box of the second case, kept
    const flags = checkInbound(w.t.core, [codes.cases[1]!]).codes[0]!.flags;
    expect(flags.map((f) => [f.kind, f.params.on])).toEqual([['already_received', codes.boxes[4]]]);
  });

  it('a released code cannot be moved or shipped: it is not in stock', () => {
    const first = receiveCodes([codes.cases[0]!]);
    reverseDocument(w.t.core, w.clerk, { id: first.id, reason: '录错' });
    receiveCodes([codes.cases[1]!]);
    const before = stockSnapshot(w);
    const e = errorOf(() =>
      shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }], codes: [codes.cases[0]!] }),
    );
    expect(e.code).toBe('TRACE_NOT_RECEIVED');
    expect(stockSnapshot(w)).toEqual(before);
  });
});

describe('moved events on transfers and van loads', () => {
  beforeEach(() => {
    receiveCodes(codes.cases);
  });
  const caseLine = (qty: number) => [{ productId: w.cola.id, unitId: w.cola.units.case, qty }];

  it('a transfer moves its scanned cases from → to; the history names both warehouses', () => {
    const doc = shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: caseLine(2), codes: codes.cases.slice(0, 2) });
    expect(stateOf(`${codes.cases[0]}B2I3`)).toMatchObject({ status: 'in_stock', warehouseId: w.second });
    expect(stateOf(codes.cases[2]!)).toMatchObject({ warehouseId: w.main });
    const moved = codeHistory(w.t.core, codes.cases[0]!).events.at(-1)!;
    expect(moved).toMatchObject({ kind: 'moved', docType: 'transfer', docId: doc.id, note: doc.number, fromWarehouseName: '总仓', warehouseName: '二号仓' });
    const queued = w.t.sqlite.prepare("SELECT count(*) AS n FROM outbox WHERE topic = 'trace.events' AND entity_id = ?").get(doc.id);
    expect(queued).toEqual({ n: 1 });
  });

  it('reversing the transfer moves the codes back to where they came from', () => {
    const doc = shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: caseLine(1), codes: [codes.cases[0]!] });
    const rev = reverseDocument(w.t.core, w.clerk, { id: doc.id, reason: '调错' });
    expect(stateOf(codes.cases[0]!)).toMatchObject({ status: 'in_stock', warehouseId: w.main, event: { kind: 'moved', docId: rev.id } });
    expect(codeHistory(w.t.core, codes.cases[0]!).events.at(-1)).toMatchObject({ fromWarehouseName: '二号仓', warehouseName: '总仓' });
  });

  it('a van load moves a box to the van; the rest of the case stays', () => {
    const doc = loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.box, qty: 1 }], codes: [codes.boxes[0]!] });
    expect(stateOf(`${codes.boxes[0]}I1`)).toMatchObject({ warehouseId: w.van, event: { docType: 'van_load', docId: doc.id, fromWarehouseId: w.main } });
    expect(stateOf(codes.boxes[1]!)).toMatchObject({ warehouseId: w.main });
  });

  it('refuses codes of a product not on the document, more than it moves, or not in the source; nothing is written', () => {
    receiveBlind(w, w.main, [{ productId: w.tea.id, qty: 12 }]);
    const before = stockSnapshot(w);
    const notOnDoc = errorOf(() =>
      shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.tea.id, unitId: w.tea.units.bottle, qty: 1 }], codes: [codes.cases[0]!] }),
    );
    expect(notOnDoc).toMatchObject({ code: 'TRACE_MOVE_NOT_ON_DOC', params: { code: codes.cases[0], product: '可口可乐 500ml' } });
    const tooMany = errorOf(() =>
      shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: caseLine(1), codes: codes.cases.slice(0, 2) }),
    );
    expect(tooMany).toMatchObject({ code: 'TRACE_MOVE_TOO_MANY', params: { qty: 24, scanned: 48 } });
    expect(stockSnapshot(w)).toEqual(before);
    shipTransfer(w.t.core, w.clerk, { fromWarehouseId: w.main, toWarehouseId: w.second, lines: caseLine(1), codes: [codes.cases[0]!] });
    const after = stockSnapshot(w);
    const elsewhere = errorOf(() => loadVan(w.t.core, w.clerk, { vanId: w.van, fromWarehouseId: w.main, lines: caseLine(1), codes: [codes.cases[0]!] }));
    expect(elsewhere).toMatchObject({ code: 'TRACE_NOT_IN_WAREHOUSE', params: { warehouse: '总仓', actual: '二号仓' } });
    expect(stockSnapshot(w)).toEqual(after);
  });
});
