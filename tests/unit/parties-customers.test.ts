// Customers (stores) through the real router: create, get, update, list and search (pinyin too), the rules on
// salesperson, price list, credit and phone, owner/accountant-only writes, an audit row per change, and refusals
// that change nothing.
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { snapshot } from './catalog-fixtures';

let t: TestDb;
let owner: Client;
let accountant: Client;
let clerk: Client;
let driver: Client;
let sales: { id: string };
let office: { id: string };
let list: { id: string };

beforeAll(async () => {
  t = await testDb();
  owner = (await signedIn(t, 'owner')).client;
  accountant = (await signedIn(t, 'accountant')).client;
  clerk = (await signedIn(t, 'clerk')).client;
  driver = (await signedIn(t, 'driver')).client;
  sales = await owner.employees.create.mutate({ code: 'YW01', name: '刘业务', phone: '13900001111', role: 'salesperson' });
  office = await owner.employees.create.mutate({ code: 'KJ01', name: '李会计', role: 'accountant' });
  list = await owner.priceLists.create.mutate({ code: 'PF', name: '批发价' });
});
afterAll(() => t.close());

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

const audits = (action: string) =>
  (t.sqlite.prepare('SELECT count(*) AS n FROM audit_log WHERE action = ?').get(action) as { n: number }).n;

const store = (over: Record<string, unknown> = {}) => ({
  code: 'MD001',
  name: '红星便利店',
  contact: '张老板',
  phone: '0731-88886666',
  address: '湖南省长沙市芙蓉区五一大道 100 号',
  region: '芙蓉区',
  channel: '便利店',
  creditLimit: 500_000,
  paymentTermsDays: 15,
  ...over,
});

describe('customers.create, get and update', () => {
  it('creates a store with salesperson and price list, readable by every role', async () => {
    const before = audits('customers.create');
    const c = await accountant.customers.create.mutate(store({ salespersonId: sales.id, priceListId: list.id }));
    expect(audits('customers.create')).toBe(before + 1);
    expect(c).toMatchObject({
      code: 'MD001',
      name: '红星便利店',
      contact: '张老板',
      salespersonName: '刘业务',
      priceListName: '批发价',
      creditLimit: 500_000,
      paymentTermsDays: 15,
      active: true,
    });
    expect(await driver.customers.get.query({ id: c.id })).toEqual(c);
  });

  it('updates fields and keeps the id; deactivates', async () => {
    const [c] = (await owner.customers.list.query({ q: 'MD001' })).rows;
    const before = audits('customers.update');
    const u = await owner.customers.update.mutate({ id: c!.id, ...store({ name: '红星便利店（五一店）', creditLimit: 800_000, active: false }) });
    expect(audits('customers.update')).toBe(before + 1);
    expect(u).toMatchObject({ id: c!.id, name: '红星便利店（五一店）', creditLimit: 800_000, active: false, salespersonId: null });
    await owner.customers.update.mutate({ id: c!.id, ...store({ salespersonId: sales.id, priceListId: list.id }) });
  });

  it('refuses a code that is taken, naming the store', async () => {
    const e = await refused(() => owner.customers.create.mutate(store({ name: '另一家' })), 'CUSTOMER_CODE_TAKEN');
    expect(e.message).toBe('客户编码“MD001”已被“红星便利店”使用');
  });

  it('refuses a salesperson who does not sell, and unknown references', async () => {
    const e = await refused(() => owner.customers.create.mutate(store({ code: 'MD009', salespersonId: office.id })), 'SALESPERSON_ROLE');
    expect(e.message).toBe('“李会计”不是业务员或司机，不能负责客户');
    expect(e.data?.details).toEqual({ field: 'salespersonId' });
    await refused(() => owner.customers.create.mutate(store({ code: 'MD009', salespersonId: 'nope' })), 'EMPLOYEE_NOT_FOUND');
    await refused(() => owner.customers.create.mutate(store({ code: 'MD009', priceListId: 'nope' })), 'PRICE_LIST_NOT_FOUND');
    await refused(() => owner.customers.update.mutate({ id: 'nope', ...store({ code: 'MD009' }) }), 'CUSTOMER_NOT_FOUND');
  });

  it('refuses a bad phone, a fractional credit limit and negative terms at validation', async () => {
    const e = await refused(() => owner.customers.create.mutate(store({ code: 'MD009', phone: '电话138' })), 'VALIDATION');
    expect(e.message).toBe('输入有误：phone: 电话只能包含数字、空格和 + - ( )');
    await refused(() => owner.customers.create.mutate(store({ code: 'MD009', creditLimit: 100.5 })), 'VALIDATION');
    await refused(() => owner.customers.create.mutate(store({ code: 'MD009', paymentTermsDays: -1 })), 'VALIDATION');
  });

  it('is written by owner and accountant only', async () => {
    await refused(() => clerk.customers.create.mutate(store({ code: 'MD010' })), 'FORBIDDEN');
    await refused(() => driver.customers.create.mutate(store({ code: 'MD010' })), 'FORBIDDEN');
  });
});

describe('customers.list and customers.search', () => {
  beforeAll(async () => {
    for (const [code, name, contact, region] of [
      ['MD002', '好又多超市', '王建国', '天心区'],
      ['MD003', '芙蓉烟酒店', '陈海燕', '芙蓉区'],
      ['MD004', '岳麓山小卖部', '赵志强', '岳麓区'],
    ] as const) {
      await owner.customers.create.mutate(store({ code, name, contact, region, phone: '', salespersonId: sales.id }));
    }
  });

  it('lists every store in code order, and filters by region and salesperson', async () => {
    const all = await driver.customers.list.query();
    expect(all.rows.map((c) => c.code)).toEqual(['MD001', 'MD002', 'MD003', 'MD004']);
    expect((await owner.customers.list.query({ region: '芙蓉区' })).rows.map((c) => c.code)).toEqual(['MD001', 'MD003']);
    expect((await owner.customers.list.query({ salespersonId: sales.id, limit: 2 })).total).toBe(4);
  });

  it('finds stores by name, pinyin initials, full pinyin, contact and code', async () => {
    const codes = async (q: string) => (await driver.customers.search.query({ q })).map((c) => c.code);
    expect(await codes('hyd')).toEqual(['MD002']);
    expect(await codes('haoyouduo')).toEqual(['MD002']);
    expect(await codes('超市')).toEqual(['MD002']);
    expect(await codes('zhiqiang')).toEqual(['MD004']);
    expect(await codes('md003')).toEqual(['MD003']);
    expect((await driver.customers.search.query({ q: 'md003' }))[0]?.rank).toBe(0);
    // 芙蓉: the name starting with it first, then the one whose name contains it.
    expect(await codes('芙蓉')).toEqual(['MD003']);
    expect(await codes('fryjd')).toEqual(['MD003']);
  });

  it('leaves inactive stores out of the picker unless asked', async () => {
    const [c] = (await owner.customers.list.query({ q: 'MD004' })).rows;
    await owner.customers.update.mutate({ id: c!.id, ...store({ code: 'MD004', name: '岳麓山小卖部', contact: '赵志强', active: false }) });
    expect(await driver.customers.search.query({ q: '岳麓' })).toEqual([]);
    expect((await driver.customers.search.query({ q: '岳麓', includeInactive: true })).map((x) => x.code)).toEqual(['MD004']);
    expect((await owner.customers.list.query({ active: false })).rows.map((x) => x.code)).toEqual(['MD004']);
  });
});
