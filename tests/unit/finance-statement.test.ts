// Customer statements (对账单): every figure ties to the ledger to the fen; HTML (A4, zh-CN, CJK fonts), .xlsx and
// a real PDF from Debian's Chromium, read back with pdftotext; batch printing for every customer with a balance.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { transact } from '../../db/tx';
import { createReceipt, postAdjustment, reverseAction } from '../../electron/core/finance/actions';
import { batchStatements, customerStatement } from '../../electron/core/finance/customer-statement';
import { statementsHtml, statementsPdf, statementXlsx, yuanInWords } from '../../electron/core/finance/customer-statement-render';
import { ledgerBalance, postInvoice } from '../../electron/core/finance';
import type { Actor } from '../../electron/core/shared/context';
import { AppError } from '../../electron/core/shared/errors';
import type { PdfRenderer } from '../../electron/core/shared/pdf';
import { chromiumPdfRenderer } from '../../electron/host/pdf-chromium';
import { makeActor, testDb, type TestDb } from '../helpers/core';
import { addCustomer, addEmployee, NOW } from './finance-fixtures';

let t: TestDb;
let acct: Actor;
let cust: string;
let pdf: PdfRenderer;

beforeAll(() => {
  pdf = chromiumPdfRenderer();
});
afterAll(async () => {
  await pdf.close?.();
});
beforeEach(async () => {
  t = await testDb({ now: () => NOW });
  acct = await makeActor(t.core, 'accountant');
  cust = addCustomer(t.core, '好又多便利店（人民路店）', { code: 'C0001' });
  t.core.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('company.name', '"杭州顺达商贸有限公司"', 'x')`).run();
  const driver = addEmployee(t.core, '王师傅');
  const inv = (sourceNo: string, amount: number, businessDate: string) => transact(t.core.sqlite, () => postInvoice(t.core, { customerId: cust, sourceType: 'delivery', sourceNo, businessDate, amount }));
  inv('SO-20261015-0001', 128_000, '2026-10-15'); // before the period: opening balance
  const a = inv('SO-20261103-0002', 56_780, '2026-11-03');
  inv('SO-20261110-0007', 23_450, '2026-11-10');
  createReceipt(t.core, acct, { customerId: cust, method: 'bank', amount: 128_000, businessDate: '2026-11-05' });
  createReceipt(t.core, acct, { customerId: cust, method: 'cash', collectorId: driver, amount: 56_700, businessDate: '2026-11-12', writeOffs: [{ debitItemId: a.id, amount: 80, reason: '抹零' }] });
  postAdjustment(t.core, acct, { customerId: cust, direction: 'credit', amount: 3_000, businessDate: '2026-11-15', note: '返利' });
  const wrong = createReceipt(t.core, acct, { customerId: cust, method: 'wechat', amount: 1_000, businessDate: '2026-11-16' });
  reverseAction(t.core, acct, { itemId: wrong.receipt.id, reason: '重复录入', businessDate: '2026-11-17' });
  inv('SO-20261201-0001', 9_900, '2026-12-01'); // after the period: not on it
});
afterEach(() => t.close());

describe('customer statement', () => {
  it('ties to the ledger: opening + lines = closing = ledger balance at the end date', () => {
    const s = customerStatement(t.core, { customerId: cust, from: '2026-11-01', to: '2026-11-30' });
    expect(s.opening).toBe(128_000);
    expect(s.opening).toBe(ledgerBalance(t.core, cust, '2026-10-31'));
    expect(s.closing).toBe(ledgerBalance(t.core, cust, '2026-11-30'));
    expect(s.totals).toEqual({ invoices: 80_230, receipts: 185_700, credits: 3_080, reversals: 1_000, debit: 81_230, credit: 188_780 });
    expect(s.closing).toBe(128_000 + 80_230 - 185_700 - 3_080 + 1_000);
    expect(s.lines.at(-1)?.balance).toBe(s.closing);
    expect(s.lines.map((l) => l.description)).toContain('抹零：抹零');
    expect(s.lines.map((l) => l.description)).toContain('冲销收款：重复录入');
  });

  it('refuses a period that ends before it starts and an unknown customer', () => {
    expect(() => customerStatement(t.core, { customerId: cust, from: '2026-11-30', to: '2026-11-01' })).toThrow(AppError);
    expect(() => customerStatement(t.core, { customerId: 'nobody', from: '2026-11-01', to: '2026-11-30' })).toThrow(AppError);
  });

  it('writes amounts in words as on Chinese documents', () => {
    expect(yuanInWords(2_045_000)).toBe('贰万零肆佰伍拾元整');
    expect(yuanInWords(100_000_005)).toBe('壹佰万元零伍分');
    expect(yuanInWords(1_005_060)).toBe('壹万零伍拾元陆角整');
    expect(yuanInWords(0)).toBe('零元整');
  });

  it('.xlsx: the rows sum to the closing balance', async () => {
    const s = customerStatement(t.core, { customerId: cust, from: '2026-11-01', to: '2026-11-30' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await statementXlsx(s)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('对账单');
    expect(ws?.getCell('A1').value).toBe('杭州顺达商贸有限公司 客户对账单');
    let debit = 0;
    let credit = 0;
    for (let r = 6; r < 6 + s.lines.length; r++) {
      debit += Math.round(Number(ws?.getCell(r, 5).value ?? 0) * 100);
      credit += Math.round(Number(ws?.getCell(r, 6).value ?? 0) * 100);
    }
    expect(Math.round(Number(ws?.getCell(5, 7).value) * 100) + debit - credit).toBe(s.closing);
  });

  it('A4 PDF from the HTML template: Chinese text and every figure are in it; a PNG for the docs', async () => {
    const s = customerStatement(t.core, { customerId: cust, from: '2026-11-01', to: '2026-11-30' });
    const html = statementsHtml([s], { printed: '2026-11-24' });
    expect(html).toContain('"Noto Sans CJK SC", "Microsoft YaHei", sans-serif');
    expect(html).toContain('lang="zh-CN"');
    const bytes = await statementsPdf(pdf, [s], { printed: '2026-11-24' });
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = join(t.dir, 'pdf');
    mkdirSync(dir);
    writeFileSync(join(dir, 's.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
    for (const want of ['客户对账单', '杭州顺达商贸有限公司', '好又多便利店（人民路店）', '1,280.00', '567.80', '1,857.00', '30.80', '贵方尚欠我司货款', '贰佰零肆元伍角整']) expect(text).toContain(want);
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*1\s*页/); // the page footer
    const closing = Math.abs(s.closing);
    expect(text).toContain((closing / 100).toLocaleString('en-US', { minimumFractionDigits: 2 }));
    const fonts = execFileSync('pdffonts', [join(dir, 's.pdf')], { encoding: 'utf8' });
    // Chromium embeds the CJK collection as Type 3 glyph fonts: every font must be embedded, with a Unicode map.
    const fontRows = fonts.split('\n').slice(2).filter((l) => l.trim());
    expect(fontRows.length).toBeGreaterThan(0);
    for (const row of fontRows) expect(row).toMatch(/\byes\s+\S+\s+yes\b/);
    // A picture of page 1; `DMS_UPDATE_SCREENSHOTS=1` also refreshes docs/screenshots/customer-statement.png.
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-singlefile', join(dir, 's.pdf'), join(dir, 'customer-statement')]);
    expect(statSync(join(dir, 'customer-statement.png')).size).toBeGreaterThan(20_000);
    if (process.env.DMS_UPDATE_SCREENSHOTS === '1') {
      const shots = join(process.cwd(), 'docs', 'screenshots');
      mkdirSync(shots, { recursive: true });
      copyFileSync(join(dir, 'customer-statement.png'), join(shots, 'customer-statement.png'));
    }
  });

  it('batch: one statement per customer with a balance or activity, in one printable PDF', async () => {
    const quiet = addCustomer(t.core, '没有往来的店', { code: 'C0009' });
    const other = addCustomer(t.core, '百佳超市', { code: 'C0002' });
    transact(t.core.sqlite, () => postInvoice(t.core, { customerId: other, sourceType: 'delivery', sourceNo: 'SO-X', businessDate: '2026-09-01', amount: 5_000 }));
    const all = batchStatements(t.core, { from: '2026-11-01', to: '2026-11-30' });
    expect(all.map((s) => s.customer.code)).toEqual(['C0001', 'C0002']);
    expect(all.map((s) => s.customer.id)).not.toContain(quiet);
    const bytes = await statementsPdf(pdf, all, { printed: '2026-11-24' });
    const file = join(t.dir, 'batch.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(2);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('百佳超市');
    expect(text).toContain('尚欠我司货款');
  });
});
