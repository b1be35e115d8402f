// A code's life as append-only events: receiving, moving, shipping part of a case, returns, write-offs; refused
// events change nothing; the ledger refuses UPDATE and DELETE.
import { count } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outbox, traceEvents } from '../../db/schema';
import { transact } from '../../db/tx';
import { codeHistory, codeState, lookupCode, recordCodeEvents, type CodeEventInput } from '../../electron/core/trace';
import type { Actor } from '../../electron/core/shared/context';
import { insertCase, seedPlaces, seedProduct, type SeededPlaces, type SeededProduct } from '../fixtures/trace/seed';
import { makeActor, testDb, type TestDb } from '../helpers/core';

let t: TestDb;
let p: SeededProduct;
let places: SeededPlaces;
let clerk: Actor;

beforeEach(async () => {
  t = await testDb();
  p = seedProduct(t.core);
  places = seedPlaces(t.core);
  clerk = await makeActor(t.core, 'clerk');
  insertCase(t.core, p, 'C1');
  insertCase(t.core, p, 'C2');
});
afterEach(() => t.close());

const record = (events: CodeEventInput[]) => transact(t.sqlite, () => recordCodeEvents(t.core, clerk, events));
const stateOf = (code: string) => codeState(t.core, code, lookupCode(t.core, code)?.ancestors ?? []);
const rows = () => ({
  events: t.db.select({ n: count() }).from(traceEvents).get()?.n,
  outbox: t.db.select({ n: count() }).from(outbox).get()?.n,
});

describe('recordCodeEvents', () => {
  it('receives a case: every box and bottle in it is in stock there; one outbox row for the batch', () => {
    const written = record([
      { code: 'C1', kind: 'received', warehouseId: places.main, docType: 'receipt', docId: 'R1' },
      { code: 'C2', kind: 'received', warehouseId: places.main, docType: 'receipt', docId: 'R1' },
    ]);
    expect(written.map((e) => [e.code, e.kind, e.userId])).toEqual([
      ['C1', 'received', clerk.userId],
      ['C2', 'received', clerk.userId],
    ]);
    expect(written[1]!.seq).toBeGreaterThan(written[0]!.seq);
    expect(stateOf('C1-B4-I6')).toMatchObject({ status: 'in_stock', warehouseId: places.main, event: { code: 'C1' } });
    const queued = t.db.select().from(outbox).all();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ topic: 'trace.events', entityId: 'R1' });
    expect((queued[0]!.payload as { events: unknown[] }).events).toHaveLength(2);
  });

  it('moves one box to the van; the case is then opened and cannot move whole, its other boxes can', () => {
    record([{ code: 'C1', kind: 'received', warehouseId: places.main }]);
    record([{ code: 'C1-B1', kind: 'moved', warehouseId: places.van, docType: 'van_load', docId: 'L1' }]);
    expect(stateOf('C1-B1-I3')).toMatchObject({ status: 'in_stock', warehouseId: places.van });
    expect(stateOf('C1-B2-I3')).toMatchObject({ status: 'in_stock', warehouseId: places.main });
    expect(() => record([{ code: 'C1', kind: 'moved', warehouseId: places.van }])).toThrow(
      expect.objectContaining({ code: 'TRACE_OPENED', params: { code: 'C1', inner: 'C1-B1' } }),
    );
    record([{ code: 'C1-B2', kind: 'moved', warehouseId: places.van }]);
    expect(stateOf('C1-B2-I1')).toMatchObject({ warehouseId: places.van });
  });

  it('ships a bottle to a store, refuses shipping it again, takes it back as a return', () => {
    record([{ code: 'C1', kind: 'received', warehouseId: places.main }]);
    record([{ code: 'C1-B1-I1', kind: 'shipped', customerId: places.inside, docType: 'sales_order', docId: 'S1' }]);
    expect(stateOf('C1-B1-I1')).toMatchObject({ status: 'at_customer', customerId: places.inside, warehouseId: null });
    expect(() => record([{ code: 'C1-B1-I1', kind: 'shipped', customerId: places.otherRegion }])).toThrow(
      expect.objectContaining({ code: 'TRACE_AT_CUSTOMER', params: expect.objectContaining({ code: 'C1-B1-I1', customer: '西湖便利店' }) }),
    );
    expect(() => record([{ code: 'C1-B1-I2', kind: 'returned', warehouseId: places.main }])).toThrow(
      expect.objectContaining({ code: 'TRACE_NOT_AT_CUSTOMER' }),
    );
    record([{ code: 'C1-B1-I1', kind: 'returned', warehouseId: places.main, docType: 'return', docId: 'RT1' }]);
    expect(stateOf('C1-B1-I1')).toMatchObject({ status: 'in_stock', warehouseId: places.main });
  });

  it('writes off a box; it can no longer ship', () => {
    record([{ code: 'C2', kind: 'received', warehouseId: places.main }]);
    record([{ code: 'C2-B4', kind: 'written_off', note: '破损' }]);
    expect(stateOf('C2-B4-I2')).toMatchObject({ status: 'written_off' });
    expect(() => record([{ code: 'C2-B4-I2', kind: 'shipped', customerId: places.inside }])).toThrow(
      expect.objectContaining({ code: 'TRACE_WRITTEN_OFF' }),
    );
  });

  it('refuses the whole batch and writes nothing when one event is wrong, listing every problem', () => {
    insertCase(t.core, p, 'C3');
    record([
      { code: 'C1', kind: 'received', warehouseId: places.main },
      { code: 'C3', kind: 'received', warehouseId: places.main },
    ]);
    const before = rows();
    let error: unknown;
    try {
      record([
        { code: 'C2', kind: 'received', warehouseId: places.main },
        { code: 'C2-B1', kind: 'received', warehouseId: places.main },
        { code: 'C1', kind: 'received', warehouseId: places.main },
        { code: 'NOPE', kind: 'received', warehouseId: places.main },
        { code: 'C3-B1', kind: 'shipped' },
        { code: 'C3-B2', kind: 'moved', warehouseId: 'no-such-warehouse' },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'TRACE_SCAN_INSIDE' });
    const details = (error as { details: { code: string }[] }).details.map((d) => d.code);
    expect(details).toEqual(['TRACE_SCAN_INSIDE', 'TRACE_ALREADY_RECEIVED', 'TRACE_CODE_UNKNOWN', 'TRACE_EVENT_CUSTOMER', 'WAREHOUSE_NOT_FOUND']);
    expect(rows()).toEqual(before);
    expect(stateOf('C2')).toMatchObject({ status: 'new' });
  });

  it('refuses receiving, moving or returning without a warehouse, and shipping a code never received', () => {
    expect(() => record([{ code: 'C1', kind: 'received' }])).toThrow(expect.objectContaining({ code: 'TRACE_EVENT_WAREHOUSE' }));
    expect(() => record([{ code: 'C1', kind: 'shipped', customerId: places.inside }])).toThrow(
      expect.objectContaining({ code: 'TRACE_NOT_RECEIVED' }),
    );
    expect(rows().events).toBe(0);
  });
});

describe('the event ledger', () => {
  it('refuses UPDATE and DELETE', () => {
    record([{ code: 'C1', kind: 'received', warehouseId: places.main }]);
    expect(() => t.sqlite.prepare("UPDATE trace_events SET kind = 'shipped'").run()).toThrow(/append-only/);
    expect(() => t.sqlite.prepare('DELETE FROM trace_events').run()).toThrow(/append-only/);
    expect(rows().events).toBe(1);
  });
});

describe('codeHistory', () => {
  it('shows where a bottle is and the events of its case, its own, in order, with names', () => {
    record([{ code: 'C1', kind: 'received', warehouseId: places.main, docType: 'receipt', docId: 'R1' }]);
    record([{ code: 'C1-B1', kind: 'moved', warehouseId: places.van }]);
    record([{ code: 'C1-B1-I1', kind: 'shipped', customerId: places.inside }]);
    record([{ code: 'C1-B2-I1', kind: 'shipped', customerId: places.inside }]);
    const h = codeHistory(t.core, 'C1-B1-I1');
    expect(h.state).toMatchObject({ status: 'at_customer', customerName: '西湖便利店' });
    expect(h.events.map((e) => [e.code, e.kind, e.relation, e.warehouseName ?? e.customerName])).toEqual([
      ['C1', 'received', 'outer', '总仓'],
      ['C1-B1', 'moved', 'outer', '一号车'],
      ['C1-B1-I1', 'shipped', 'self', '西湖便利店'],
    ]);
    expect(h.events[0]?.userName).toBe(clerk.name);
    const caseHistory = codeHistory(t.core, 'C1');
    expect(caseHistory.events.map((e) => [e.code, e.relation])).toEqual([
      ['C1', 'self'],
      ['C1-B1', 'inner'],
      ['C1-B1-I1', 'inner'],
      ['C1-B2-I1', 'inner'],
    ]);
    expect(caseHistory.state).toMatchObject({ status: 'in_stock', warehouseName: '总仓' });
  });
});
