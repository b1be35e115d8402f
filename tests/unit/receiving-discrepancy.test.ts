// The receiving discrepancy report kept for the claim to the brand: a notice received short, over and with damaged
// bottles becomes a report listed for reprinting, and an A4 PDF (Chromium, CJK font) that reads back with the
// brand, the notice, each line and the totals. Cancelling a receipt posts nothing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importAsnFile } from '../../electron/core/receiving/asns';
import { discrepancyHtml, discrepancyReport, listDiscrepancies } from '../../electron/core/receiving/discrepancy-print';
import { addManualCount, setDamaged } from '../../electron/core/receiving/manual';
import { postReceiving } from '../../electron/core/receiving/post';
import { cancelReceiving, startReceiving } from '../../electron/core/receiving/sessions';
import { AppError } from '../../electron/core/shared/errors';
import { quickSession, clientFor, servicesWithPdf } from '../helpers/api';
import { receiveBlind, stockSnapshot, stockWorld, type StockWorld } from './stock-fixtures';

const services = servicesWithPdf();
afterAll(() => services.pdf.close?.());

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.close());

/** A notice for 2 cases of cola and 10 tea; 1 case + 20 bottles of cola arrive (4 broken), 12 tea. */
async function receivedWithDamage() {
  const csv = [
    '到货单号,品牌,发货日期,商品编码,单位,数量,批号,生产日期,有效期至,单价(元),箱码',
    'ASN-778,可口可乐,2026/03/14,KL001,箱,2,B1,2026-01-10,,48.00,',
    'ASN-778,可口可乐,2026/03/14,CY002,瓶,10,,,,2.5,',
  ].join('\r\n');
  const { asns } = await importAsnFile(w.t.core, w.clerk, { fileName: '到货通知.csv', bytes: new Uint8Array(iconv.encode(csv, 'gbk')) });
  const s = startReceiving(w.t.core, w.clerk, { warehouseId: w.main, asnId: asns[0]!.id });
  addManualCount(w.t.core, w.clerk, { sessionId: s.id, productId: w.cola.id, unitId: w.cola.units.case, qty: 1 });
  addManualCount(w.t.core, w.clerk, { sessionId: s.id, productId: w.cola.id, qty: 20 });
  setDamaged(w.t.core, w.clerk, { sessionId: s.id, productId: w.cola.id, batchNo: 'B1', damaged: 4 });
  addManualCount(w.t.core, w.clerk, { sessionId: s.id, productId: w.tea.id, qty: 12 });
  return postReceiving(w.t.core, w.clerk, { id: s.id });
}

describe('discrepancy report', () => {
  it('is kept with the brand, the notice and over/short/damaged per line, and listed for reprinting', async () => {
    const { doc, reportId } = await receivedWithDamage();
    const r = discrepancyReport(w.t.core, reportId!);
    expect(r).toMatchObject({ sourceNumber: doc.number, reference: 'ASN-778', brand: '可口可乐', totals: { over: 2, short: 8, damaged: 4 } });
    expect(r.lines.map((l) => [l.sku, l.expectedQty, l.actualQty, l.damagedQty, l.diffQty])).toEqual([
      ['KL001', 48, 44, 4, -8],
      ['CY002', 10, 12, 0, 2],
    ]);
    // Short 8 cola at 2.00 yuan a bottle, over 2 tea at 2.50.
    expect(r.totals.diffValue).toBe(-1600 + 500);
    const html = discrepancyHtml(w.t.core, r);
    expect(html).toContain('收货差异报告');
    expect(html).toContain('<tr class="short damaged"><td>1</td><td>KL001</td><td>可口可乐 500ml</td><td>B1</td>');
    expect(listDiscrepancies(w.t.core)).toEqual([
      expect.objectContaining({ id: reportId, sourceNumber: doc.number, reference: 'ASN-778', warehouseName: '总仓', over: 2, short: 8, damaged: 4, diffValue: -1100 }),
    ]);
  });

  it('prints as an A4 PDF through the API that reads back in Chinese', async () => {
    const { doc, reportId } = await receivedWithDamage();
    const client = clientFor(w.t, await quickSession(w.t, 'clerk'), 'zh-CN', services);
    const file = await client.receiving.reportPdf.mutate({ id: reportId! });
    expect(file).toMatchObject({ fileName: `收货差异报告-${doc.number}.pdf`, mime: 'application/pdf' });
    const dir = mkdtempSync(join(tmpdir(), 'dms-claim-'));
    try {
      writeFileSync(join(dir, 'r.pdf'), Buffer.from(file.contentBase64, 'base64'));
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('收货差异报告');
      expect(text).toContain(`收货单号：${doc.number}`);
      expect(text).toMatch(/ASN-778/);
      expect(text).toMatch(/KL001\s+可口可乐 500ml\s+B1\s+48瓶\s+44瓶\s+4\s+-8\s+-16\.00/);
      expect(text).toMatch(/超收 2，短少 8，破损 4，差异金额合计 ¥-11\.00/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a report that is not a receipt\'s', async () => {
    const client = clientFor(w.t, await quickSession(w.t, 'clerk'), 'zh-CN', services);
    await expect(client.receiving.report.query({ id: '0190aaaa-0000-7000-8000-000000000000' })).rejects.toMatchObject({ data: { appCode: 'STOCK_DOC_NOT_FOUND' } });
  });
});

describe('cancelling a receipt', () => {
  it('posts nothing: no stock, no report, the session is closed to scans', () => {
    receiveBlind(w, w.main, [{ productId: w.tea.id, qty: 1 }]);
    const s = startReceiving(w.t.core, w.clerk, { warehouseId: w.main });
    addManualCount(w.t.core, w.clerk, { sessionId: s.id, productId: w.cola.id, qty: 30 });
    const balances = w.t.sqlite.prepare('SELECT * FROM stock_balances').all();
    cancelReceiving(w.t.core, w.clerk, { id: s.id });
    expect(w.t.sqlite.prepare('SELECT status FROM stock_documents WHERE id = ?').get(s.id)).toEqual({ status: 'cancelled' });
    expect(w.t.sqlite.prepare('SELECT * FROM stock_balances').all()).toEqual(balances);
    const before = stockSnapshot(w);
    expect(() => addManualCount(w.t.core, w.clerk, { sessionId: s.id, productId: w.cola.id, qty: 1 })).toThrow(AppError);
    expect(stockSnapshot(w)).toEqual(before);
  });
});
