// The warehouse procedures through the real IPC transport and tRPC client, as the screens will call them: a
// shipment received by scanning against its notice, moved on by transfer and van, adjusted, counted and reversed;
// errors translated (zh-CN first, data.appCode), roles enforced, and nothing written on a refusal.
import { TRPCClientError } from '@trpc/client';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSession } from '../../electron/core/auth/sessions';
import { STOCK_DOC_TYPES } from '../../db/schema/stock';
import { stockDocTypeSchema } from '../../electron/api/contract/stock';
import { clientFor, type Client } from '../helpers/api';
import { importCases, stockSnapshot, stockWorld, type CaseCodes, type StockWorld } from './stock-fixtures';

let w: StockWorld;
let owner: Client;
let clerk: Client;
let driver: Client;
let accountant: Client;
let codes: CaseCodes;

beforeEach(async () => {
  w = await stockWorld();
  const as = (userId: string, lang: 'zh-CN' | 'en' = 'zh-CN') => clientFor(w.t, startSession(w.t.core, userId), lang);
  owner = as(w.owner.userId);
  clerk = as(w.clerk.userId);
  driver = as(w.driver.userId);
  accountant = as(w.accountant.userId);
  codes = await importCases(w, w.cola, { prefix: 'K', cases: 2, batch: 'B1', producedOn: '2026-01-10' });
});
afterEach(() => w.close());

async function refusal(p: Promise<unknown>): Promise<{ message: string; appCode: string }> {
  const before = stockSnapshot(w);
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(TRPCClientError);
  expect(stockSnapshot(w)).toEqual(before);
  const e = err as TRPCClientError<never>;
  return { message: e.message, appCode: (e.data as unknown as { appCode: string }).appCode };
}

const asnFile = () => {
  const rows = [
    ['到货单号', '品牌', '商品编码', '单位', '数量', '批号', '生产日期', '单价(元)', '箱码'],
    ['ASN-100', '可口可乐', 'KL001', '箱', '2', 'B1', '2026-01-10', '48', codes.cases.join(';')],
    ['ASN-100', '可口可乐', 'CY002', '瓶', '24', 'T1', '2026-02-01', '2.5', ''],
  ];
  return { fileName: '发货通知.csv', contentBase64: iconv.encode(rows.map((r) => r.join(',')).join('\n'), 'gbk').toString('base64') };
};

async function receiveShipment() {
  const { asns } = await clerk.receiving.importAsn.mutate(asnFile());
  const state = await clerk.receiving.start.mutate({ warehouseId: w.main, asnId: asns[0]!.id });
  for (const code of codes.cases) await clerk.receiving.scan.mutate({ sessionId: state.id, raw: code });
  for (let i = 0; i < 24; i++) await clerk.receiving.scan.mutate({ sessionId: state.id, raw: w.tea.bottle });
  return { sessionId: state.id, posted: await clerk.receiving.post.mutate({ sessionId: state.id }) };
}

describe('warehouse API', () => {
  it('receives a shipment by scanning against its notice, with expected against scanned after each scan', async () => {
    const { asns } = await clerk.receiving.importAsn.mutate(asnFile());
    const state = await clerk.receiving.start.mutate({ warehouseId: w.main, asnId: asns[0]!.id });
    expect(state.lines.map((l) => [l.sku, l.expected, l.scanned])).toEqual([
      ['KL001', 48, 0],
      ['CY002', 24, 0],
    ]);
    const r = await clerk.receiving.scan.mutate({ sessionId: state.id, raw: codes.cases[0]! });
    expect(r.scanned).toMatchObject({ kind: 'trace', qty: 24, name: '可口可乐 500ml' });
    expect(r.state.lines[0]).toMatchObject({ scanned: 24, status: 'short' });
    // The patching variant answers with the changed line and the totals only.
    const patch = await clerk.receiving.scanLine.mutate({ sessionId: state.id, raw: w.tea.bottle });
    expect(patch.line).toMatchObject({ sku: 'CY002', expected: 24, scanned: 1, status: 'short' });
    expect(patch.totals).toEqual({ expected: 72, scanned: 25, damaged: 0, short: 47, over: 0 });
    expect('state' in patch).toBe(false);
    const dup = await refusal(clerk.receiving.scan.mutate({ sessionId: state.id, raw: codes.cases[0]! }));
    expect(dup).toEqual({ appCode: 'TRACE_SCAN_DUPLICATE', message: `追溯码“${codes.cases[0]}”重复扫描` });
    expect((await clerk.receiving.drafts.query()).map((d) => d.number)).toEqual([state.number]);
    const { reportId } = await clerk.receiving.post.mutate({ sessionId: state.id });
    const report = await accountant.stock.varianceReport.query({ id: reportId! });
    expect(report.lines.map((l) => [l.sku, l.diffQty, l.diffValue])).toEqual([
      ['KL001', -24, -4800],
      ['CY002', -23, -5750],
    ]);
    const posting = await refusal(clerk.receiving.post.mutate({ sessionId: state.id }));
    expect(posting.appCode).toBe('RECEIVING_CLOSED');
    expect(posting.message).toMatch(/^收货单 RK-20260315-\d{4} 已过账或已取消，不能再扫描或修改$/);
  });

  it('moves stock on by transfer and van, lets every role read it, and the driver only their van', async () => {
    await receiveShipment();
    const t = await clerk.transfers.ship.mutate({ fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.tea.id, qty: 6 }] });
    expect((await driver.transfers.inTransit.query({})).map((d) => d.number)).toEqual([t.number]);
    await clerk.transfers.receive.mutate({ id: t.id });
    const load = await clerk.vans.load.mutate({ vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 1 }] });
    expect((await driver.vans.list.query()).map((v) => v.id)).toEqual([w.van]);
    expect((await driver.vans.stock.query({ vanId: w.van })).products).toMatchObject([{ sku: 'KL001', qty: 24 }]);
    expect((await driver.vans.loadingList.query({ id: load.id })).lines[0]).toMatchObject({ whole: 1, batches: [{ batchNo: 'B1', qty: 24 }] });
    const other = await refusal(driver.vans.stock.query({ vanId: w.otherVan }));
    expect(other).toEqual({ appCode: 'VAN_NOT_YOURS', message: '只能查看自己的车辆' });
    const forbidden = await refusal(driver.vans.load.mutate({ vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 1 }] }));
    expect(forbidden).toEqual({ appCode: 'FORBIDDEN', message: '当前角色（司机/业务员）无权执行此操作' });
    const { reportId } = await clerk.vans.return.mutate({ vanId: w.van, toWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 22 }] });
    expect((await owner.stock.varianceReport.query({ id: reportId! })).totals).toMatchObject({ short: 2 });
    const balances = await driver.stock.balances.query({ allWarehouses: true });
    expect(balances.rows.map((r) => [r.sku, r.qty])).toEqual([
      ['CY002', 24],
      ['KL001', 46],
    ]);
    expect((await accountant.stock.check.query()).ok).toBe(true);
  });

  it('refuses bad input with the product named, in Chinese or English, and writes nothing', async () => {
    await receiveShipment();
    const neg = await refusal(clerk.transfers.ship.mutate({ fromWarehouseId: w.main, toWarehouseId: w.second, lines: [{ productId: w.cola.id, qty: -1 }] }));
    expect(neg).toEqual({ appCode: 'STOCK_QTY_INVALID', message: '“可口可乐 500ml”的数量必须是大于 0 的整数，实际为 -1' });
    const short = await refusal(clerk.vans.load.mutate({ vanId: w.van, fromWarehouseId: w.main, lines: [{ productId: w.tea.id, qty: 25 }] }));
    expect(short.message).toBe('总仓的“冰红茶 500ml”库存不足：需要 25，可用 24（基本单位）');
    const unknown = await refusal(clerk.adjustments.create.mutate({ warehouseId: w.main, kind: 'damage', reason: '破损', lines: [{ productId: 'no-such-product', qty: 1 }] }));
    expect(unknown).toEqual({ appCode: 'PRODUCT_NOT_FOUND', message: '找不到该商品' });
    const en = clientFor(w.t, startSession(w.t.core, w.clerk.userId), 'en');
    const english = await refusal(en.transfers.ship.mutate({ fromWarehouseId: w.main, toWarehouseId: w.main, lines: [{ productId: w.cola.id, qty: 1 }] }));
    expect(english.message).toBe('The source and destination warehouse must differ');
    const days = await refusal(owner.stock.setNearExpiryDays.mutate({ days: 1.5 }));
    expect(days.appCode).toBe('NEAR_EXPIRY_DAYS');
  });

  it('holds a clerk write-off for the owner, counts a stocktake, and reverses through the API', async () => {
    const { posted } = await receiveShipment();
    const writeOff = await clerk.adjustments.create.mutate({ warehouseId: w.main, kind: 'write_off', reason: '过期', lines: [{ productId: w.tea.id, qty: 2 }] });
    expect(writeOff.status).toBe('pending');
    expect((await clerk.adjustments.pending.query()).map((d) => d.id)).toEqual([writeOff.id]);
    expect((await refusal(clerk.adjustments.approve.mutate({ id: writeOff.id }))).appCode).toBe('FORBIDDEN');
    await owner.adjustments.approve.mutate({ id: writeOff.id });

    const st = await clerk.stocktakes.start.mutate({ warehouseId: w.main });
    await clerk.stocktakes.scan.mutate({ stocktakeId: st.id, raw: codes.cases[0]! });
    await clerk.stocktakes.scan.mutate({ stocktakeId: st.id, raw: codes.cases[1]! });
    await clerk.stocktakes.count.mutate({ stocktakeId: st.id, productId: w.tea.id, unitId: w.tea.units.box, qty: 3 });
    expect((await refusal(clerk.stocktakes.review.query({ id: st.id }))).appCode).toBe('STOCKTAKE_NOT_REVIEW');
    await clerk.stocktakes.close.mutate({ id: st.id });
    expect((await accountant.stocktakes.review.query({ id: st.id })).lines.map((l) => [l.sku, l.book, l.counted])).toEqual([
      ['CY002', 22, 18],
      ['KL001', 48, 48],
    ]);
    expect((await refusal(clerk.stocktakes.approve.mutate({ id: st.id }))).appCode).toBe('FORBIDDEN');
    const approved = await owner.stocktakes.approve.mutate({ id: st.id });
    expect(approved.adjustmentId).not.toBeNull();

    // The receipt cannot be reversed now: tea has gone below what it brought in.
    const rev = await refusal(clerk.stock.reverse.mutate({ id: posted.doc.id, reason: '错收' }));
    expect(rev.appCode).toBe('STOCK_REVERSAL_NEGATIVE');
    expect(rev.message).toBe('不能冲销：总仓的“冰红茶 500ml”（批次 T1）现有 18，冲销需扣回 24，库存会变为负数');
    const undo = await owner.stock.reverse.mutate({ id: approved.adjustmentId!, reason: '盘点有误' });
    expect(undo.type).toBe('reversal');
    const docs = await accountant.stock.documents.query({ type: 'reversal' });
    expect(docs.map((d) => d.reversesId)).toEqual([approved.adjustmentId]);
    expect((await owner.stock.check.query()).ok).toBe(true);
  });
});

describe('stock contract', () => {
  it('lists every stock document type the schema has', () => {
    expect([...stockDocTypeSchema.options].sort()).toEqual([...STOCK_DOC_TYPES].sort());
  });
});
