// Diversion (窜货): codes shipped to stores outside the territory or registered to another distributor are
// warned and logged; diverted goods coming in are logged the same way; the log is append-only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema';
import { transact } from '../../db/tx';
import {
  checkInbound,
  checkOutbound,
  listDiversionAlerts,
  logDiversionAlerts,
  recordCodeEvents,
  saveTraceSettings,
  type Territory,
} from '../../electron/core/trace';
import type { Actor } from '../../electron/core/shared/context';
import { insertCase, seedPlaces, seedProduct, type SeededPlaces, type SeededProduct } from '../fixtures/trace/seed';
import { makeActor, testDb, type TestDb } from '../helpers/core';

let t: TestDb;
let p: SeededProduct;
let places: SeededPlaces;
let owner: Actor;

const territory = (over: Partial<Territory> = {}): Territory => ({ regions: ['杭州市'], channels: ['超市', '便利店'], groups: [], ...over });

beforeEach(async () => {
  t = await testDb();
  p = seedProduct(t.core);
  places = seedPlaces(t.core);
  owner = await makeActor(t.core, 'owner');
  insertCase(t.core, p, 'C1', 'D-US');
  insertCase(t.core, p, 'C2', 'D-OTHER');
  saveTraceSettings(t.core, owner, { distributorCode: 'D-US', territory: territory() });
  transact(t.sqlite, () => recordCodeEvents(t.core, owner, [{ code: 'C1', kind: 'received', warehouseId: places.main }]));
});
afterEach(() => t.close());

const kinds = (r: { codes: { flags: { kind: string }[] }[] }) => r.codes.map((c) => c.flags.map((f) => f.kind));

describe('checkOutbound', () => {
  it('passes codes in stock going to a store inside the territory', () => {
    const r = checkOutbound(t.core, ['C1-B1', 'C1-B2-I3'], places.inside);
    expect(kinds(r)).toEqual([[], []]);
    expect(r.alerts).toEqual([]);
    expect(r.customer).toMatchObject({ name: '西湖便利店', region: '杭州市西湖区' });
  });

  it('warns of a store outside the regions, with an alert per code', () => {
    const r = checkOutbound(t.core, ['C1-B1'], places.otherRegion);
    expect(r.codes[0]?.flags).toEqual([
      { kind: 'region', code: 'TRACE_DIVERSION_REGION', params: { code: 'C1-B1', customer: '宁波超市', region: '宁波市海曙区', allowed: '杭州市' } },
    ]);
    expect(r.alerts).toEqual([{ direction: 'out', reason: 'region', code: 'C1-B1', productId: p.id, customerId: places.otherRegion, actual: '宁波市海曙区' }]);
  });

  it('warns of a channel not allowed, and of a store with no region or channel to check', () => {
    expect(checkOutbound(t.core, ['C1-B1'], places.otherChannel).codes[0]?.flags.map((f) => f.code)).toEqual(['TRACE_DIVERSION_CHANNEL']);
    expect(checkOutbound(t.core, ['C1-B1'], places.blank).codes[0]?.flags.map((f) => f.code)).toEqual([
      'TRACE_DIVERSION_NO_REGION',
      'TRACE_DIVERSION_NO_CHANNEL',
    ]);
  });

  it("lets a product group replace the default regions and channels", () => {
    saveTraceSettings(t.core, owner, {
      distributorCode: 'D-US',
      territory: territory({ groups: [{ name: '宁波专供', productIds: [p.id], regions: ['宁波市'], channels: [] }] }),
    });
    expect(kinds(checkOutbound(t.core, ['C1-B1'], places.otherRegion))).toEqual([[]]);
    expect(kinds(checkOutbound(t.core, ['C1-B1'], places.inside))).toEqual([['region']]);
  });

  it('allows every store when no territory is set', () => {
    saveTraceSettings(t.core, owner, { distributorCode: 'D-US', territory: { regions: [], channels: [], groups: [] } });
    expect(kinds(checkOutbound(t.core, ['C1-B1'], places.blank))).toEqual([[]]);
  });

  it('flags codes not in stock, opened cases, unknown codes, repeats, and codes registered elsewhere', () => {
    transact(t.sqlite, () => {
      recordCodeEvents(t.core, owner, [{ code: 'C2', kind: 'received', warehouseId: places.main }]);
      recordCodeEvents(t.core, owner, [{ code: 'C1-B4', kind: 'shipped', customerId: places.inside }]);
    });
    insertCase(t.core, p, 'C3', 'D-US');
    const r = checkOutbound(t.core, ['C3', 'C1', 'NOPE', 'C2', 'C2'], places.inside);
    expect(kinds(r)).toEqual([['not_in_stock'], ['opened'], ['unknown'], ['foreign'], ['duplicate_scan']]);
    expect(r.codes[0]?.flags[0]).toMatchObject({ code: 'TRACE_NOT_RECEIVED', params: { code: 'C3' } });
    expect(r.codes[1]?.flags[0]).toMatchObject({ code: 'TRACE_OPENED', params: { code: 'C1', inner: 'C1-B4' } });
    const shipped = checkOutbound(t.core, ['C1-B4-I1'], places.inside).codes[0];
    expect(shipped?.flags).toEqual([
      { kind: 'not_in_stock', code: 'TRACE_AT_CUSTOMER', params: expect.objectContaining({ code: 'C1-B4-I1', customer: '西湖便利店' }) },
    ]);
    expect(r.alerts).toEqual([{ direction: 'out', reason: 'foreign_code', code: 'C2', productId: p.id, registeredTo: 'D-OTHER', customerId: places.inside }]);
  });

  it('refuses an unknown customer', () => {
    expect(() => checkOutbound(t.core, ['C1'], 'nobody')).toThrow(expect.objectContaining({ code: 'CUSTOMER_NOT_FOUND' }));
  });
});

describe('the diversion log', () => {
  it('logs alerts going out and coming in with their document, one outbox row per call', () => {
    const out = checkOutbound(t.core, ['C1-B1', 'C1-B2'], places.otherRegion);
    const inbound = checkInbound(t.core, ['C2']);
    transact(t.sqlite, () => {
      logDiversionAlerts(t.core, owner, out.alerts, { docType: 'sales_order', docId: 'SO-1', warehouseId: places.main });
      logDiversionAlerts(t.core, owner, inbound.alerts, { docType: 'receipt', docId: 'R-1', warehouseId: places.main });
    });
    const all = listDiversionAlerts(t.core, { limit: 10 });
    expect(all.map((a) => [a.direction, a.reason, a.code, a.docId])).toEqual(
      expect.arrayContaining([
        ['out', 'region', 'C1-B1', 'SO-1'],
        ['out', 'region', 'C1-B2', 'SO-1'],
        ['in', 'foreign_code', 'C2', 'R-1'],
      ]),
    );
    expect(all.find((a) => a.code === 'C2')).toMatchObject({ registeredTo: 'D-OTHER', productName: '啤酒P1', userId: owner.userId });
    expect(listDiversionAlerts(t.core, { direction: 'out', customerId: places.otherRegion, limit: 10 }).map((a) => a.customerName)).toEqual(['宁波超市', '宁波超市']);
    expect(listDiversionAlerts(t.core, { code: 'C2', limit: 10 })).toHaveLength(1);
    expect(listDiversionAlerts(t.core, { from: '2999-01-01T00:00:00Z', limit: 10 })).toEqual([]);
    const queued = t.db.select().from(outbox).all().filter((o) => o.topic === 'trace.diversion');
    expect(queued.map((o) => o.entityId)).toEqual(['SO-1', 'R-1']);
  });

  it('writes nothing for no alerts, and refuses UPDATE and DELETE', () => {
    expect(transact(t.sqlite, () => logDiversionAlerts(t.core, owner, []))).toEqual([]);
    transact(t.sqlite, () => logDiversionAlerts(t.core, owner, checkInbound(t.core, ['C2']).alerts));
    expect(() => t.sqlite.prepare("UPDATE diversion_alerts SET reason = 'region'").run()).toThrow(/append-only/);
    expect(() => t.sqlite.prepare('DELETE FROM diversion_alerts').run()).toThrow(/append-only/);
    expect(listDiversionAlerts(t.core, { limit: 10 })).toHaveLength(1);
  });
});
