// Statement import with the real exports in shared/fixtures/statements: layouts detected, money-in lines read to
// the fen, the same file (or an overlapping export) twice adds nothing, and bad files change nothing.
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../electron/core/shared/context';
import { AppError } from '../../electron/core/shared/errors';
import { translate } from '../../electron/core/shared/messages';
import { importStatement } from '../../electron/core/statements/import';
import { saveMapping } from '../../electron/core/statements/mappings';
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

const amounts = () => (t.core.sqlite.prepare('SELECT amount FROM statement_lines ORDER BY txn_time').all() as { amount: number }[]).map((r) => r.amount);

/** A WeChat Pay merchant-platform bill as the README describes it: backtick-prefixed fields, summary block. */
function merchantBill(rows: { time: string; orderNo: string; openid: string; status: 'SUCCESS' | 'REFUND'; yuan: string; product: string }[]): Uint8Array {
  const header = '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';
  const body = rows.map((r, i) =>
    [r.time, 'wx8888888888888888', '1900000109', '0', '', `42000012${String(i).padStart(20, '0')}`, r.orderNo, r.openid, 'NATIVE', r.status, 'OTHERS', 'CNY', r.yuan, '0.00', r.status === 'REFUND' ? '50000' : '0', r.status === 'REFUND' ? 'R1' : '0', r.status === 'REFUND' ? r.yuan : '0.00', '0.00', '', '', r.product, '', '0.02', '0.60%', r.yuan, r.status === 'REFUND' ? r.yuan : '0.00', '']
      .map((c) => `\`${c}`)
      .join(','),
  );
  const summary = ['总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额', `\`${rows.length},\`1.00,\`0.00,\`0.00,\`0.02,\`1.00,\`0.00`];
  return new TextEncoder().encode(['\ufeff' + header, ...body, ...summary].join('\r\n'));
}

describe('real-format statement fixtures', () => {
  it.each([
    ['alipay-example-alipay-records.csv', 'alipay', [22_222_850]],
    ['wechat-example-wechat-records.csv', 'wechat', [35, 2_300, 7, 7, 500]],
    ['icbc-debit-v2-example-icbc-debit-v2-records.csv', 'icbc', [104, 3_000, 34_158, 123_456, 123_456]],
    ['cmb-debit-example-cmb-records.csv', 'cmb', [123_400]],
    ['abc_debit-example-abc_debit-records.csv', 'abc', [1_000_000, 1]],
    ['boc-debit-example-boc-records.csv', 'boc', [100_000, 300_000, 577_100, 5_000]],
  ])('%s → layout %s, money-in lines to the fen', async (file, layout, expected) => {
    const r = await importStatement(t.core, acct, { fileName: file, bytes: fixture(file) });
    expect(r).toMatchObject({ layout, duplicateFile: false, lines: expected.length, newLines: expected.length });
    expect(amounts()).toEqual(expected);
  });

  it('reads Alipay GBK: payer, account and the tab-suffixed order id', async () => {
    await importStatement(t.core, acct, { fileName: 'alipay.csv', bytes: fixture('alipay-example-alipay-records.csv') });
    const line = t.core.sqlite.prepare('SELECT * FROM statement_lines').get() as Record<string, string>;
    expect(line).toMatchObject({ source: 'alipay', txn_time: '2023-01-18 10:17:29', business_date: '2023-01-18', payer_name: 'xxxx', payer_account: 'xxx***@163.com', reference: '2xxxxxxxxxxxxxxxxxxxxxxxxx9' });
  });

  it('the same file twice, and the .xlsx export of the same WeChat bill, add nothing', async () => {
    const first = await importStatement(t.core, acct, { fileName: 'w.csv', bytes: fixture('wechat-example-wechat-records.csv') });
    const before = financeCounts(t.core);
    const again = await importStatement(t.core, acct, { fileName: 'w.csv', bytes: fixture('wechat-example-wechat-records.csv') });
    expect(again).toMatchObject({ duplicateFile: true, newLines: 0, fileId: first.fileId });
    expect(financeCounts(t.core)).toEqual(before);
    const xlsx = await importStatement(t.core, acct, { fileName: 'w.xlsx', bytes: fixture('wechat-example-wechat-records.xlsx') });
    expect(xlsx).toMatchObject({ duplicateFile: false, layout: 'wechat', lines: 5, newLines: 0 });
    expect(financeCounts(t.core).statement_lines).toBe(5);
  });

  it('WeChat merchant bill: backticks stripped, refunds and the summary block skipped', async () => {
    const bytes = merchantBill([
      { time: '2026-11-20 09:15:02', orderNo: 'SO-20261118-0003', openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', status: 'SUCCESS', yuan: '1280.50', product: '货款' },
      { time: '2026-11-20 10:00:00', orderNo: 'SO-20261118-0004', openid: 'oUpF8uN', status: 'REFUND', yuan: '500.00', product: '退款' },
    ]);
    const r = await importStatement(t.core, acct, { fileName: 'merchant.csv', bytes });
    expect(r).toMatchObject({ layout: 'wechat-merchant', lines: 1, skipped: 3 });
    const line = t.core.sqlite.prepare('SELECT * FROM statement_lines').get() as Record<string, unknown>;
    expect(line).toMatchObject({ amount: 128_050, reference: 'SO-20261118-0003', payer_account: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o', source: 'wechat' });
  });

  it('a column mapping saved for a bank we did not know', async () => {
    const csv = '交易日,贷方发生额,借方发生额,对方名称,流水号\r\n2026-11-20,"1,500.00",,好又多便利店,BK001\r\n2026-11-21,,200.00,电费,BK002\r\n';
    await expect(importStatement(t.core, acct, { fileName: 'x.csv', bytes: iconv.encode(csv, 'gbk') })).rejects.toMatchObject({ code: 'STATEMENT_LAYOUT' });
    saveMapping(t.core, acct, { key: 'rcb', name: '农商银行', mapping: { date: '交易日', credit: '贷方发生额', payerName: '对方名称', reference: '流水号' } });
    const r = await importStatement(t.core, acct, { fileName: 'x.csv', bytes: iconv.encode(csv, 'gbk') });
    expect(r).toMatchObject({ layout: 'rcb', lines: 1 });
    expect(amounts()).toEqual([150_000]);
  });
});

describe('bad files change nothing and say why (zh-CN first)', () => {
  async function refused(bytes: Uint8Array, fileName: string, code: string, opts: { mappingKey?: string } = {}) {
    const before = financeCounts(t.core);
    const err = await importStatement(t.core, acct, { fileName, bytes, ...opts }).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe(code);
    expect(financeCounts(t.core)).toEqual(before);
    return translate((err as AppError).code, 'zh-CN', (err as AppError).params);
  }

  it('a damaged .xls (BIFF signature, broken body): clear message', async () => {
    const broken = fixture('ccb-example-ccb-records.xls').slice(0, 600);
    const msg = await refused(broken, 'ccb.xls', 'STATEMENT_XLS');
    expect(msg).toContain('另存为 .xlsx');
  });

  it('wrong encoding: binary or broken bytes', async () => {
    expect(await refused(new Uint8Array([0x31, 0x2c, 0xff, 0xfe, 0x00, 0x01, 0x02, 0x0a]), 'x.csv', 'STATEMENT_ENCODING')).toContain('编码');
    await refused(new Uint8Array([0xd5, 0xcb, 0xff, 0xff, 0x2c, 0x31, 0x0a]), 'x.csv', 'STATEMENT_ENCODING');
  });

  it('unknown layout, a saved mapping whose column is missing, an unreadable money-in row', async () => {
    expect(await refused(new TextEncoder().encode('名称,数量\n可乐,3\n'), 'x.csv', 'STATEMENT_LAYOUT')).toContain('无法识别的对账单格式');
    expect(await refused(fixture('cmb-debit-example-cmb-records.csv'), 'cmb.csv', 'STATEMENT_MAPPING', { mappingKey: 'boc' })).toContain('记账时间');
    const bad = '交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n2026-11-20 10:00:00,转账,张三,/,收入,¥12.3x,零钱,已收钱,1,/,/\n';
    expect(await refused(new TextEncoder().encode(bad), 'w.csv', 'STATEMENT_ROW')).toContain('第 2 行');
  });
});
