// customers.import and customers.export through the real router: GBK and UTF-8 CSV and .xlsx with Chinese
// headers, salesperson and price list by name or code, credit in yuan (￥5,000.00, as Chinese Excel writes it) to fen, all-or-nothing with a
// per-row report, and an export that re-imports to the same stores.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { snapshot } from './catalog-fixtures';
import { gbk, readXlsx, upload, utf8, utf8Bom, xlsx, type Cell } from './import-fixtures';

let t: TestDb;
let owner: Client;
let accountant: Client;

beforeEach(async () => {
  t = await testDb();
  owner = (await signedIn(t, 'owner')).client;
  accountant = (await signedIn(t, 'accountant')).client;
  await owner.employees.create.mutate({ code: 'YW01', name: '刘强', role: 'salesperson' });
  await owner.employees.create.mutate({ code: 'SJ01', name: '赵师傅', role: 'driver' });
  await owner.priceLists.create.mutate({ code: 'PF', name: '批发价' });
  await owner.priceLists.create.mutate({ code: 'KA', name: 'KA价' });
});
afterEach(() => t.close());

const HEADER: Cell[] = ['客户编码', '客户名称', '联系人', '电话', '地址', '区域', '渠道', '业务员', '价格表', '信用额度(元)', '账期(天)', '状态'];
const ROWS: Cell[][] = [
  ['MD001', '红星便利店', '张老板', '13800138000', '芙蓉区五一大道 100 号', '芙蓉区', '便利店', '刘强', '批发价', '￥5,000.00', 15, '启用'],
  ['MD002', '好又多超市（解放路店）', '王建国', '0731-88886666', '天心区解放西路 8 号', '天心区', 'KA', 'YW01', 'KA', '12800.5', 30, ''],
  ['MD003', '岳麓山小卖部', '', '', '', '岳麓区', '便利店', '赵师傅', '', '', '', '停用'],
];

async function refused(p: () => Promise<unknown>, appCode: string) {
  const before = snapshot(t);
  const e = await p().then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof TRPCClientError)) throw new Error(`expected a refusal, got ${JSON.stringify(e)}`);
  expect((e as TRPCClientError<AppRouter>).data?.appCode, e.message).toBe(appCode);
  expect(snapshot(t)).toEqual(before);
  return e as TRPCClientError<AppRouter>;
}

async function stores() {
  const { rows } = await owner.customers.list.query();
  return rows.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest);
}

describe('customers.import', () => {
  it.each([
    ['客户.csv (GBK)', async () => gbk([HEADER, ...ROWS])],
    ['客户.csv (UTF-8 BOM)', async () => utf8Bom([HEADER, ...ROWS])],
    ['客户.xlsx', () => xlsx([HEADER, ...ROWS])],
  ])('imports %s with names or codes for salesperson and price list, yuan to fen', async (label, make) => {
    const res = await accountant.customers.import.mutate(upload(label.split(' ')[0]!, await make()));
    expect(res).toEqual({ created: 3, updated: 0, rows: 3 });
    const rows = await stores();
    expect(rows.map((c) => [c.code, c.salespersonName, c.priceListName, c.creditLimit, c.paymentTermsDays, c.active])).toEqual([
      ['MD001', '刘强', '批发价', 500_000, 15, true],
      ['MD002', '刘强', 'KA价', 1_280_050, 30, true],
      ['MD003', '赵师傅', null, 0, 0, false],
    ]);
    expect(rows[1]).toMatchObject({ name: '好又多超市（解放路店）', contact: '王建国', phone: '0731-88886666', region: '天心区', channel: 'KA' });
    expect((await owner.customers.search.query({ q: 'hyd' }))[0]?.code).toBe('MD002');
    expect((t.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'customers.import'").get() as { n: number }).n).toBe(1);
  });

  it('updates stores by code and keeps columns the file lacks', async () => {
    await owner.customers.import.mutate(upload('a.csv', utf8([HEADER, ...ROWS])));
    const res = await owner.customers.import.mutate(upload('b.csv', utf8([['客户编码', '客户名称', '信用额度'], ['MD001', '红星便利店（新）', '8000']])));
    expect(res).toEqual({ created: 0, updated: 1, rows: 1 });
    const [md1] = (await owner.customers.list.query({ q: 'MD001' })).rows;
    expect(md1).toMatchObject({ name: '红星便利店（新）', creditLimit: 800_000, salespersonName: '刘强', phone: '13800138000', paymentTermsDays: 15 });
  });

  it('reports every bad row and imports none', async () => {
    const rows: Cell[][] = [
      HEADER,
      ROWS[0]!,
      ['MD004', '', '', '电话138', '', '', '', '王五', '零售价', '五千', '-3', ''],
      ['MD001', '重复编码', '', '', '', '', '', '', '', '', '', ''],
    ];
    const e = await refused(() => owner.customers.import.mutate(upload('bad.csv', utf8(rows))), 'IMPORT_FAILED');
    expect(e.message).toBe('导入失败：2 行有错误，未导入任何数据');
    expect(e.data?.details).toEqual([
      { row: 3, column: '客户名称', code: 'IMPORT_REQUIRED', params: { column: '客户名称' }, message: '“客户名称”不能为空' },
      { row: 3, column: '信用额度(元)', code: 'MONEY_FORMAT', params: { value: '五千' }, message: '金额“五千”格式不正确' },
      { row: 3, column: '账期(天)', code: 'IMPORT_INTEGER', params: { column: '账期(天)', value: '-3' }, message: '“账期(天)”应为非负整数，实际为“-3”' },
      { row: 4, column: '客户编码', code: 'IMPORT_DUPLICATE_ROW', params: { value: 'MD001', row: 2 }, message: '“MD001”与第 2 行重复' },
    ]);
  });

  it('reports unknown salespeople and price lists, and bad phones, by column', async () => {
    const rows: Cell[][] = [HEADER, ['MD005', '新店', '', '138-0000 (店)', '', '', '', '', '', '', '', ''], ['MD006', '新店2', '', '', '', '', '', '', '零售价', '', '', '']];
    const e = await refused(() => owner.customers.import.mutate(upload('bad.csv', utf8(rows))), 'IMPORT_FAILED');
    expect(e.data?.details).toEqual([
      { row: 2, column: '电话', code: 'PHONE_FORMAT', params: {}, message: '电话只能包含数字、空格和 + - ( )' },
      { row: 3, column: '价格表', code: 'IMPORT_UNKNOWN', params: { column: '价格表', value: '零售价' }, message: '“价格表”中的“零售价”不存在' },
    ]);
    const e2 = await refused(() => owner.customers.import.mutate(upload('bad.csv', utf8([HEADER, ['MD005', '新店', '', '', '', '', '', '王五', '', '', '', '']]))), 'IMPORT_FAILED');
    expect(e2.data?.details).toMatchObject([{ row: 2, column: '业务员', code: 'IMPORT_UNKNOWN', message: '“业务员”中的“王五”不存在' }]);
  });

  it('refuses a file without the code column, and the clerk', async () => {
    const e = await refused(() => owner.customers.import.mutate(upload('x.csv', utf8([['名称'], ['店']]))), 'IMPORT_COLUMNS');
    expect(e.message).toBe('缺少必需的列：客户编码');
    const clerk = (await signedIn(t, 'clerk')).client;
    await refused(() => clerk.customers.import.mutate(upload('a.csv', utf8([HEADER, ...ROWS]))), 'FORBIDDEN');
  });
});

describe('customers.export', () => {
  it('writes the importer’s headers with yuan amounts, and re-imports to the same stores', async () => {
    await owner.customers.import.mutate(upload('a.csv', gbk([HEADER, ...ROWS])));
    const before = await stores();
    const file = await owner.customers.export.mutate();
    expect(file.fileName).toMatch(/^客户资料-\d{8}\.xlsx$/);
    const sheet = await readXlsx(file.contentBase64);
    expect(sheet[0]).toEqual(HEADER);
    expect(sheet[2]).toEqual(['MD002', '好又多超市（解放路店）', '王建国', '0731-88886666', '天心区解放西路 8 号', '天心区', 'KA', '刘强', 'KA价', '12800.5', '30', '启用']);
    const res = await owner.customers.import.mutate(file);
    expect(res).toEqual({ created: 0, updated: 3, rows: 3 });
    expect(await stores()).toEqual(before);
  });

  it('serves a template with the same headers', async () => {
    const file = await owner.customers.template.query();
    expect(await readXlsx(file.contentBase64)).toEqual([HEADER]);
  });
});
