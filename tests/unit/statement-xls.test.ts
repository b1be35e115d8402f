// Legacy .xls statements (BIFF, read with SheetJS): the CCB and SPDB exports in shared/fixtures/statements, and
// CCB-layout workbooks written here with money-in rows, real Excel date cells and float amounts, so that every
// amount lands to the fen, every date and time and payer name as the bank printed it.
import * as XLSX from 'xlsx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../electron/core/shared/context';
import { importStatement } from '../../electron/core/statements/import';
import { readRows } from '../../electron/core/statements/read';
import { makeActor, testDb, type TestDb } from '../helpers/core';
import { financeCounts, NOW, statementFixture } from './finance-fixtures';

const fixture = statementFixture;

let t: TestDb;
let acct: Actor;
beforeEach(async () => {
  t = await testDb({ now: () => NOW });
  acct = await makeActor(t.core, 'accountant');
});
afterEach(() => t.close());

type LineRow = { txn_time: string; business_date: string; amount: number; payer_name: string; payer_account: string; reference: string; memo: string; source: string };
const lines = () => t.core.sqlite.prepare('SELECT * FROM statement_lines ORDER BY txn_time, amount').all() as LineRow[];

const CCB_HEAD = ['记账日          ', '交易日期          ', '交易时间                ', '支出                ', '收入                ', '账户余额          ', '币种          ', '摘要            ', '对方账号          ', '对方户名          ', '交易地点                '];

/** A CCB-layout BIFF8 workbook: bank preamble, padded header, the given rows, the trailer line. */
function ccbXls(rows: unknown[][]): Uint8Array {
  const aoa = [['China Construction Bank'], ['开户机构：', '长沙分行'], ['币　　种：', '人民币'], ['账　　号：', '43050*********1234'], [], CCB_HEAD, ...rows, ['以上数据仅供参考|具体内容请以柜台为准']];
  const ws = XLSX.utils.aoa_to_sheet(aoa, { cellDates: false });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '交易明细');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
}

describe('fixtures: CCB and SPDB legacy .xls', () => {
  it('CCB: the layout is recognised; its six rows are all spending (收入 0.00), so no money-in line and a trailer skipped', async () => {
    const rows = await readRows(fixture('ccb-example-ccb-records.xls'), 'ccb.xls');
    // The header cells are padded with spaces in the file; the cells come back trimmed, amounts as plain decimals.
    expect(rows[5]).toEqual(['记账日', '交易日期', '交易时间', '支出', '收入', '账户余额', '币种', '摘要', '对方账号', '对方户名', '交易地点']);
    expect(rows[6]).toEqual(['20250101', '20250101', '18:53:19', '67', '0', '2176.91', '人民币', '消费', '20883313166*****0156', '中***融科技有限公司', '支付宝-支付宝外部商户-中移动金融科技有限公司']);
    expect(rows[7]?.slice(3, 6)).toEqual(['16.78', '0', '2160.13']);
    const r = await importStatement(t.core, acct, { fileName: 'ccb-example-ccb-records.xls', bytes: fixture('ccb-example-ccb-records.xls') });
    expect(r).toMatchObject({ layout: 'ccb', duplicateFile: false, lines: 0, newLines: 0, skipped: 7 });
    expect(lines()).toEqual([]);
  });

  it('SPDB: the one 存入 line to the fen, its date and time (two spaces apart in the file), payer and account', async () => {
    const r = await importStatement(t.core, acct, { fileName: 'spdb.xls', bytes: fixture('spdb_debit-example-spdb_debit-records.xls') });
    expect(r).toMatchObject({ layout: 'spdb', lines: 1, newLines: 1, skipped: 3 });
    expect(lines()).toEqual([
      expect.objectContaining({ source: 'bank', txn_time: '2025-12-05 07:22:32', business_date: '2025-12-05', amount: 1_000, payer_name: '基金销售有限公司', payer_account: '12345678901236500', reference: '', memo: '汇入外' }),
    ]);
  });

  it.each(['ccb-example-ccb-records.xls', 'spdb_debit-example-spdb_debit-records.xls'])('%s imported twice adds nothing the second time', async (file) => {
    const first = await importStatement(t.core, acct, { fileName: file, bytes: fixture(file) });
    const before = financeCounts(t.core);
    const again = await importStatement(t.core, acct, { fileName: file, bytes: fixture(file) });
    expect(again).toMatchObject({ duplicateFile: true, newLines: 0, fileId: first.fileId });
    expect(financeCounts(t.core)).toEqual(before);
  });
});

describe('CCB layout with money in (written as BIFF8 here)', () => {
  it('amounts to the fen (floats, thousands), text dates and real Excel date cells, payer names in Chinese', async () => {
    const bytes = ccbXls([
      ['20261120', '20261120', '09:15:02', 0, 1280.5, 3456.7, '人民币', '转账存入', '6222 0000 1111 2345', '长沙市好又多便利店', '手机银行'],
      ['20261121', '20261121', '16:40:00', 0, 0.1 + 0.2, 3457, '人民币', '转账存入', '6228480000009', '李四', '网银'],
      ['20261121', '20261121', '17:00:00', 88.88, 0, 3368.12, '人民币', '消费', '2088', '**超市', '支付宝'],
      ['20261122', '20261122', '08:05:09', 0, 123456.78, 126824.9, '人民币', '跨行转入', '6217000000000001', '湖南百佳商贸有限公司', '人行大额'],
    ]);
    const r = await importStatement(t.core, acct, { fileName: '交易明细.xls', bytes });
    expect(r).toMatchObject({ layout: 'ccb', lines: 3, skipped: 2 });
    expect(lines().map((l) => [l.txn_time, l.amount, l.payer_name, l.payer_account, l.memo])).toEqual([
      ['2026-11-20 09:15:02', 128_050, '长沙市好又多便利店', '6222 0000 1111 2345', '转账存入 手机银行'],
      ['2026-11-21 16:40:00', 30, '李四', '6228480000009', '转账存入 网银'],
      ['2026-11-22 08:05:09', 12_345_678, '湖南百佳商贸有限公司', '6217000000000001', '跨行转入 人行大额'],
    ]);
  });

  it('a real Excel date cell (serial number with a date format) reads as that calendar day, with no time-zone shift', async () => {
    const ws = XLSX.utils.aoa_to_sheet([CCB_HEAD, ['x', 'x', '10:00:00', 0, 50, 0, '人民币', '转账存入', '1', '王五', '']]);
    ws['B2'] = { t: 'n', v: 46346, z: 'yyyy-mm-dd' }; // 46346 days after 1899-12-30: 2026-11-20
    ws['C2'] = { t: 'n', v: 46346 + 0.5, z: 'yyyy-mm-dd hh:mm:ss' };
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'S');
    const rows = await readRows(new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer), 'x.xls');
    expect(rows[1]?.slice(1, 3)).toEqual(['2026-11-20 00:00:00', '2026-11-20 12:00:00']);
  });

  it('an HTML table saved as .xls (as some bank portals do) is read too', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><table><tr>${CCB_HEAD.map((h) => `<td>${h}</td>`).join('')}</tr>
      <tr><td>20261120</td><td>20261120</td><td>11:11:11</td><td>0.00</td><td>2,000.00</td><td>9,000.00</td><td>人民币</td><td>转账存入</td><td>6222</td><td>赵六副食店</td><td>柜台</td></tr></table></body></html>`;
    const r = await importStatement(t.core, acct, { fileName: 'ccb-html.xls', bytes: new TextEncoder().encode(html) });
    expect(r).toMatchObject({ layout: 'ccb', lines: 1 });
    expect(lines()[0]).toMatchObject({ txn_time: '2026-11-20 11:11:11', amount: 200_000, payer_name: '赵六副食店' });
  });
});
