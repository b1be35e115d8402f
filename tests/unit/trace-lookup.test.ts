// Nested lookup (case ⊃ box ⊃ item) and the checks a receiving scan runs, on a real migrated database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { checkInbound, lookupCode, recordCodeEvents, requireCode, saveTraceSettings } from '../../electron/core/trace';
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
});
afterEach(() => t.close());

const kinds = (codes: { flags: { kind: string }[] }[]) => codes.map((c) => c.flags.map((f) => f.kind));

describe('lookupCode', () => {
  it('returns a case with its boxes, their items and the quantity in base units', () => {
    const info = lookupCode(t.core, 'C1');
    expect(info).toMatchObject({ code: 'C1', level: 'case', quantity: 24, parentCode: null, ancestors: [], batch: 'L2026' });
    expect(info?.product).toMatchObject({ id: p.id, sku: 'P1', baseUnit: '瓶' });
    expect(info?.unit).toMatchObject({ name: '箱', factor: 24 });
    expect(info?.children.map((b) => [b.code, b.level, b.quantity, b.children.length])).toEqual([
      ['C1-B1', 'box', 6, 6],
      ['C1-B2', 'box', 6, 6],
      ['C1-B3', 'box', 6, 6],
      ['C1-B4', 'box', 6, 6],
    ]);
    expect(info?.children[0]?.children[0]).toMatchObject({ code: 'C1-B1-I1', level: 'item', quantity: 1, children: [] });
  });

  it('gives an item its box and case as ancestors, innermost first', () => {
    expect(lookupCode(t.core, 'C1-B3-I2')).toMatchObject({ level: 'item', parentCode: 'C1-B3', ancestors: ['C1-B3', 'C1'], quantity: 1 });
  });

  it('returns null for an unknown code; requireCode throws a translated TRACE_CODE_UNKNOWN', () => {
    expect(lookupCode(t.core, 'NOPE')).toBeNull();
    expect(() => requireCode(t.core, 'NOPE')).toThrow(expect.objectContaining({ code: 'TRACE_CODE_UNKNOWN', params: { code: 'NOPE' } }));
  });
});

describe('checkInbound', () => {
  it('passes a new case without flags and flags an unknown code', () => {
    const r = checkInbound(t.core, ['C1', 'X9']);
    expect(kinds(r.codes)).toEqual([[], ['unknown']]);
    expect(r.codes[0]?.info?.quantity).toBe(24);
    expect(r.codes[1]?.flags[0]).toMatchObject({ code: 'TRACE_CODE_UNKNOWN', params: { code: 'X9' } });
    expect(r.alerts).toEqual([]);
  });

  it('flags a repeated scan and a box scanned after its case (and the other way round)', () => {
    insertCase(t.core, p, 'C2');
    const r = checkInbound(t.core, ['C1', 'C1', 'C1-B2', 'C2-B1-I4', 'C2']);
    expect(kinds(r.codes)).toEqual([[], ['duplicate_scan'], ['nested_scan'], [], ['nested_scan']]);
    expect(r.codes[2]?.flags[0]).toMatchObject({ code: 'TRACE_SCAN_INSIDE', params: { code: 'C1-B2', outer: 'C1' } });
    expect(r.codes[4]?.flags[0]).toMatchObject({ code: 'TRACE_SCAN_CONTAINS', params: { code: 'C2', inner: 'C2-B1-I4' } });
  });

  it('checks against codes scanned earlier in the same document', () => {
    const r = checkInbound(t.core, ['C1-B1-I1', 'C1-B2'], ['C1']);
    expect(kinds(r.codes)).toEqual([['nested_scan'], ['nested_scan']]);
  });

  it('flags codes registered to another distributor as diverted goods coming in, with an alert to log', () => {
    insertCase(t.core, p, 'C2', 'D-OTHER');
    insertCase(t.core, p, 'C3', 'D-US');
    // Without our own code set, nothing can be called someone else's.
    expect(kinds(checkInbound(t.core, ['C2']).codes)).toEqual([[]]);
    saveTraceSettings(t.core, clerk, { distributorCode: 'D-US', territory: { regions: [], channels: [], groups: [] } });
    const r = checkInbound(t.core, ['C1', 'C2', 'C3']);
    expect(kinds(r.codes)).toEqual([[], ['foreign'], []]);
    expect(r.codes[1]?.flags[0]).toMatchObject({ code: 'TRACE_FOREIGN', params: { code: 'C2', registeredTo: 'D-OTHER' } });
    expect(r.alerts).toEqual([{ direction: 'in', reason: 'foreign_code', code: 'C2', productId: p.id, registeredTo: 'D-OTHER' }]);
  });

  it('flags codes with history: the case itself, a box inside it, and a case whose box came in alone', () => {
    insertCase(t.core, p, 'C2');
    transact(t.sqlite, () =>
      recordCodeEvents(t.core, clerk, [
        { code: 'C1', kind: 'received', warehouseId: places.main, docType: 'receipt', docId: 'R1' },
        { code: 'C2-B3', kind: 'received', warehouseId: places.main, docType: 'receipt', docId: 'R1' },
      ]),
    );
    // One scan at a time, so that the nesting between the codes is not what is flagged.
    const r = ['C1', 'C1-B2-I1', 'C2', 'C2-B1'].map((code) => checkInbound(t.core, [code]).codes[0]!);
    expect(kinds(r)).toEqual([['already_received'], ['already_received'], ['already_received'], []]);
    expect(r[1]?.flags[0]?.params).toMatchObject({ code: 'C1-B2-I1', on: 'C1' });
    expect(r[2]?.flags[0]?.params).toMatchObject({ code: 'C2', on: 'C2-B3' });
    expect(r[1]?.state).toMatchObject({ status: 'in_stock', warehouseId: places.main });
    expect(r[3]?.state).toMatchObject({ status: 'new', event: null });
  });
});
