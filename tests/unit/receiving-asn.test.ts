// Receiving a brand shipment against its notice (ASN): the notice imported from CSV (GBK), JSON or .xlsx; plain
// barcodes, case barcodes, GS1 codes with batch and expiry, and case trace codes scanned into a draft that is
// persisted per scan; posting writes stock by batch at the notice's price, code events, the discrepancy report,
// outbox and audit in one transaction.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { importAsnFile, asnView } from '../../electron/core/receiving/asns';
import { addManualCount, setDamaged } from '../../electron/core/receiving/manual';
import { postReceiving } from '../../electron/core/receiving/post';
import { scanIntoSession } from '../../electron/core/receiving/scan';
import { listDrafts, startReceiving } from '../../electron/core/receiving/sessions';
import { receivingState } from '../../electron/core/receiving/state';
import type { Core } from '../../electron/core/shared/context';
import { AppError } from '../../electron/core/shared/errors';
import { checkLedger } from '../../electron/core/stock/check';
import { documentView } from '../../electron/core/stock/doc-views';
import { reverseDocument } from '../../electron/core/stock/reverse';
import { varianceReportView } from '../../electron/core/stock/variance';
import { codeState } from '../../electron/core/trace';
import { saveTraceSettings } from '../../electron/core/trace/settings';
import { gs1, importCases, stockSnapshot, stockWorld, type CaseCodes, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld();
});
afterEach(() => w.close());

const csv = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n');
const HEAD = ['到货单号', '品牌', '发货日期', '商品编码', '单位', '数量', '批号', '生产日期', '有效期至', '单价(元)', '箱码'];

function asnCsv(codes: CaseCodes | null): string[][] {
  return [
    HEAD,
    ['ASN-001', '可口可乐', '2026/03/14', 'KL001', '箱', '2', 'B1', '2026-01-10', '', '48.00', codes ? codes.cases.slice(0, 2).join(';') : ''],
    ['ASN-001', '可口可乐', '2026/03/14', 'KL001', '箱', '1', 'B2', '2026-02-01', '2026-12-31', '48.00', ''],
    ['ASN-001', '可口可乐', '2026/03/14', 'CY002', '瓶', '10', '', '', '', '2.5', ''],
  ];
}

async function importCsv(rows: string[][], encoding: 'gbk' | 'utf8' = 'gbk') {
  const bytes = encoding === 'gbk' ? new Uint8Array(iconv.encode(csv(rows), 'gbk')) : new TextEncoder().encode(csv(rows));
  return importAsnFile(w.t.core, w.clerk, { fileName: '到货通知.csv', bytes });
}

const codeOf = async (p: Promise<unknown> | (() => unknown)): Promise<AppError> => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

describe('importing shipment notices', () => {
  it('reads a GBK CSV with Chinese headers into notices with lines, batches, prices and case codes', async () => {
    const codes = await importCases(w, w.cola, { prefix: 'A', cases: 2, batch: 'B1', producedOn: '2026-01-10' });
    const r = await importCsv(asnCsv(codes));
    expect(r.rows).toBe(3);
    expect(r.asns).toHaveLength(1);
    const asn = asnView(w.t.core, r.asns[0]!.id);
    expect(asn).toMatchObject({ asnNo: 'ASN-001', shippedOn: '2026-03-14', status: 'open' });
    expect(asn.lines.map((l) => [l.sku, l.unitName, l.qty, l.qtyBase, l.batchNo, l.expiresOn, l.price])).toEqual([
      ['KL001', '箱', 2, 48, 'B1', '2027-01-10', 4800],
      ['KL001', '箱', 1, 24, 'B2', '2026-12-31', 4800],
      ['CY002', '瓶', 10, 10, '', null, 250],
    ]);
    expect(asn.codes.map((c) => c.code).sort()).toEqual(codes.cases);
  });

  it('reads the same notice from JSON with nested lines and from .xlsx', async () => {
    const json = {
      asnNo: 'ASN-J1',
      brand: 'KKL',
      shippedOn: '2026-03-14',
      lines: [
        { sku: 'KL001', unit: '箱', qty: 1, batch: 'J1', expiresOn: '2026-11-30', price: '48' },
        { 商品编码: 'SP003', 数量: 5 },
      ],
    };
    const r = await importAsnFile(w.t.core, w.clerk, { fileName: 'asn.json', bytes: new TextEncoder().encode(JSON.stringify(json)) });
    expect(asnView(w.t.core, r.asns[0]!.id).lines.map((l) => [l.sku, l.qtyBase, l.batchNo])).toEqual([
      ['KL001', 24, 'J1'],
      ['SP003', 5, ''],
    ]);

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('到货');
    ws.addRow(['到货单号', '品牌', '条码', '单位', '数量', '批号', '有效期至']);
    ws.addRow(['ASN-X1', '可口可乐', w.tea.case, '箱', 3, 'T1', new Date(Date.UTC(2026, 8, 30))]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const x = await importAsnFile(w.t.core, w.clerk, { fileName: 'asn.xlsx', bytes });
    expect(asnView(w.t.core, x.asns[0]!.id).lines.map((l) => [l.sku, l.qtyBase, l.batchNo, l.expiresOn])).toEqual([['CY002', 72, 'T1', '2026-09-30']]);
  });

  it('refuses a file with bad rows, listing each row and column, and imports nothing', async () => {
    const e = await codeOf(
      importCsv([
        HEAD,
        ['ASN-002', '可口可乐', '', 'NOPE', '箱', '2', 'B1', '', '', '', ''],
        ['ASN-002', '可口可乐', '', 'KL001', '箱', '-3', 'B1', '', '', '', ''],
        ['ASN-002', '可口可乐', '', 'KL001', '箱', '3', 'B1', '2026-13-01', '', 'abc', ''],
        ['ASN-002', '可口可乐', '', 'KL001', '桶', '3', 'B1', '', '', '', ''],
      ]),
    );
    expect(e.code).toBe('IMPORT_FAILED');
    const details = e.details as { row: number; column: string; code: string }[];
    expect(details.map((d) => [d.row, d.column, d.code])).toEqual([
      [3, '数量', 'IMPORT_INTEGER'],
      [4, '生产日期', 'DATE_FORMAT'],
      [4, '单价(元)', 'MONEY_FORMAT'],
    ]);
    expect(w.t.sqlite.prepare('SELECT count(*) AS n FROM asns').get()).toEqual({ n: 0 });
    // Rows that read well are checked against the catalog next: an unknown product and an unknown unit.
    const e2 = await codeOf(
      importCsv([HEAD, ['ASN-002', '可口可乐', '', 'NOPE', '箱', '2', 'B1', '', '', '', ''], ['ASN-003', '可口可乐', '', 'KL001', '桶', '3', 'B1', '', '', '', '']]),
    );
    expect((e2.details as { row: number; column: string; code: string }[]).map((d) => [d.row, d.column, d.code])).toEqual([
      [2, '商品编码', 'IMPORT_UNKNOWN'],
      [3, '单位', 'UNIT_NOT_FOUND'],
    ]);
    expect(w.t.sqlite.prepare('SELECT count(*) AS n FROM asns').get()).toEqual({ n: 0 });
  });

  it('refuses a notice imported twice, a missing column and a malformed JSON file', async () => {
    await importCsv(asnCsv(null));
    const again = await codeOf(importCsv(asnCsv(null)));
    expect(again.code).toBe('IMPORT_FAILED');
    expect((again.details as { code: string }[])[0]!.code).toBe('ASN_TAKEN');
    expect((await codeOf(importCsv([['到货单号', '品牌', '商品编码'], ['A', '可口可乐', 'KL001']]))).code).toBe('IMPORT_COLUMNS');
    const bad = await codeOf(importAsnFile(w.t.core, w.clerk, { fileName: 'a.json', bytes: new TextEncoder().encode('{"asnNo": ') }));
    expect(bad.code).toBe('ASN_JSON');
  });
});

describe('receiving against a notice', () => {
  let codes: CaseCodes;
  let sessionId: string;
  beforeEach(async () => {
    codes = await importCases(w, w.cola, { prefix: 'A', cases: 3, batch: 'B1', producedOn: '2026-01-10' });
    const r = await importCsv(asnCsv(codes));
    sessionId = startReceiving(w.t.core, w.clerk, { warehouseId: w.main, asnId: r.asns[0]!.id }).id;
  });

  const scan = (raw: string) => scanIntoSession(w.t.core, w.clerk, { sessionId, raw });

  it('shows expected against scanned live, filling the announced batches in order', () => {
    const first = receivingState(w.t.core, sessionId);
    expect(first.lines.map((l) => [l.sku, l.batchNo, l.expected, l.scanned, l.status])).toEqual([
      ['KL001', 'B1', 48, 0, 'short'],
      ['KL001', 'B2', 24, 0, 'short'],
      ['CY002', '', 10, 0, 'short'],
    ]);
    // A case code brings its 24 nested bottles; two cases fill B1.
    const a = scan(codes.cases[0]!);
    expect(a.scanned).toMatchObject({ kind: 'trace', qty: 24, batchNo: 'B1', warnings: [] });
    scan(codes.cases[1]!);
    // A plain case barcode goes to the first batch still short (B2), a bottle barcode too, then over.
    scan(w.cola.case);
    const r = scan(w.cola.bottle);
    expect(r.line).toMatchObject({ sku: 'KL001', batchNo: 'B2', expected: 24, scanned: 25, status: 'over' });
    expect(receivingState(w.t.core, sessionId).lines.map((l) => [l.batchNo, l.scanned, l.status])).toEqual([
      ['B1', 48, 'ok'],
      ['B2', 25, 'over'],
      ['', 0, 'short'],
    ]);
    expect(r.totals).toEqual({ expected: 82, scanned: 73, damaged: 0, short: 10, over: 1 });
    expect(receivingState(w.t.core, sessionId).totals).toEqual(r.totals);
  });

  it('refuses a case scanned twice, a box of a case already scanned, and unknown or malformed codes', async () => {
    scan(codes.cases[0]!);
    expect((await codeOf(() => scan(codes.cases[0]!))).code).toBe('TRACE_SCAN_DUPLICATE');
    expect((await codeOf(() => scan(codes.boxes[1]!))).code).toBe('TRACE_SCAN_INSIDE');
    expect((await codeOf(() => scan('6900000000000'))).code).toBe('BARCODE_CHECK_DIGIT');
    expect((await codeOf(() => scan('ZZ-NOT-A-CODE'))).code).toBe('SCAN_NOT_RECOGNISED');
    expect(receivingState(w.t.core, sessionId).totals.scanned).toBe(24);
  });

  it('takes the batch and expiry of a GS1 label, and refuses one that contradicts the batch', async () => {
    const r = scan(gs1(w.cola.bottle, '2026-12-31', 'B2'));
    expect(r.scanned).toMatchObject({ batchNo: 'B2', qty: 1 });
    expect((await codeOf(() => scan(gs1(w.cola.bottle, '2027-06-30', 'B2')))).code).toBe('BATCH_EXPIRY_CONFLICT');
  });

  it('keeps every scan when the app is closed mid-receipt, and carries on after reopening', async () => {
    scan(codes.cases[0]!);
    scan(w.tea.bottle);
    const file = w.t.file;
    w.t.sqlite.close();
    const reopened = await openDatabase(file);
    const core: Core = { ...w.t.core, db: reopened.db, sqlite: reopened.sqlite };
    expect(listDrafts(core).map((d) => [d.id, d.scanned])).toEqual([[sessionId, 25]]);
    const { line } = scanIntoSession(core, w.clerk, { sessionId, raw: w.tea.bottle });
    expect(line).toMatchObject({ sku: 'CY002', scanned: 2 });
    reopened.sqlite.close();
    // Let afterEach close a fresh handle on the same file.
    Object.assign(w.t, await openDatabase(file));
    w.t.core = { ...w.t.core, db: w.t.db, sqlite: w.t.sqlite };
  });

  it('posts stock by batch at the notice price, code events, the discrepancy report, and closes the notice', () => {
    scan(codes.cases[0]!);
    scan(codes.cases[1]!);
    for (let i = 0; i < 20; i++) scan(w.cola.bottle); // B2: 20 of 24 (4 short)
    for (let i = 0; i < 10; i++) scan(w.tea.bottle);
    setDamaged(w.t.core, w.clerk, { sessionId, productId: w.tea.id, batchNo: '', damaged: 2 });
    addManualCount(w.t.core, w.clerk, { sessionId, productId: w.chips.id, qty: 3 }); // not announced: over
    const { doc, reportId } = postReceiving(w.t.core, w.clerk, { id: sessionId });

    const view = documentView(w.t.core, doc.id);
    expect(view.doc.status).toBe('posted');
    expect(view.moves.map((m) => [m.sku, m.batchNo, m.expiresOn, m.qty, m.value])).toEqual([
      ['KL001', 'B1', '2027-01-10', 48, 9600],
      ['KL001', 'B2', '2026-12-31', 20, 4000],
      ['CY002', '', null, 8, 2000],
      ['SP003', '', null, 3, 0],
    ]);
    expect(checkLedger(w.t.core).ok).toBe(true);

    const report = varianceReportView(w.t.core, reportId!);
    expect(report).toMatchObject({ kind: 'receiving', sourceNumber: doc.number, reference: 'ASN-001' });
    expect(report.lines.map((l) => [l.sku, l.batchNo, l.expectedQty, l.actualQty, l.damagedQty, l.diffQty, l.diffValue])).toEqual([
      ['KL001', 'B2', 24, 20, 0, -4, -800],
      ['CY002', '', 10, 10, 2, -2, -500],
      ['SP003', '', 0, 3, 0, 3, 0],
    ]);
    expect(report.totals).toMatchObject({ over: 3, short: 6, damaged: 2 });

    expect(codeState(w.t.core, codes.items[0]!, [codes.boxes[0]!, codes.cases[0]!]).status).toBe('in_stock');
    expect(asnView(w.t.core, view.doc.id === doc.id ? (w.t.sqlite.prepare('SELECT asn_id AS id FROM receiving_sessions WHERE id = ?').get(doc.id) as { id: string }).id : '').status).toBe('received');
    const topics = (w.t.sqlite.prepare('SELECT topic FROM outbox ORDER BY seq').all() as { topic: string }[]).map((r) => r.topic);
    expect(topics).toEqual(['trace.events', 'stock.document.posted']);
  });

  it('refuses posting twice, and scanning into a posted receipt, changing nothing', async () => {
    scan(codes.cases[0]!);
    const { doc } = postReceiving(w.t.core, w.clerk, { id: sessionId });
    const before = stockSnapshot(w);
    const e = await codeOf(() => postReceiving(w.t.core, w.clerk, { id: sessionId }));
    expect(e.code).toBe('RECEIVING_CLOSED');
    expect(e.params).toEqual({ number: doc.number });
    expect((await codeOf(() => scan(w.cola.bottle))).code).toBe('RECEIVING_CLOSED');
    expect(stockSnapshot(w)).toEqual(before);
  });

  it('reverses a posted receipt: stock back out, the notice open again, its codes released', () => {
    scan(codes.cases[0]!);
    const { doc } = postReceiving(w.t.core, w.clerk, { id: sessionId });
    const rev = reverseDocument(w.t.core, w.clerk, { id: doc.id, reason: '录错' });
    expect(rev.number).toMatch(/^CX-/);
    expect(documentView(w.t.core, doc.id).doc).toMatchObject({ status: 'reversed', reversedById: rev.id });
    expect(w.t.sqlite.prepare('SELECT sum(qty) AS q FROM stock_balances').get()).toEqual({ q: 0 });
    expect(w.t.sqlite.prepare('SELECT status FROM asns').get()).toEqual({ status: 'open' });
    expect(codeState(w.t.core, codes.cases[0]!, []).status).toBe('new');
    expect(checkLedger(w.t.core).ok).toBe(true);
  });

  it('accepts a code registered to another distributor with a warning, and logs the diversion on posting', async () => {
    const foreign = await importCases(w, w.cola, { prefix: 'F', cases: 1, batch: 'B1', distributor: 'OTHER-DIST' });
    saveTraceSettings(w.t.core, w.owner, { distributorCode: 'OUR-DIST', territory: { regions: [], channels: [], groups: [] } });
    const r = scan(foreign.cases[0]!);
    expect(r.scanned.warnings.map((x) => x.code)).toEqual(['TRACE_FOREIGN']);
    postReceiving(w.t.core, w.clerk, { id: sessionId });
    expect(w.t.sqlite.prepare('SELECT direction, reason, code FROM diversion_alerts').all()).toEqual([{ direction: 'in', reason: 'foreign_code', code: foreign.cases[0] }]);
  });
});
