// Employees and warehouses through the real router: owner-only writes with an audit row each, every role reads,
// a van needs a plate and a driver who drives, a main warehouse has neither; refusals change nothing.
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppRouter } from '../../electron/api/router';
import { signedIn, type Client } from '../helpers/api';
import { testDb, type TestDb } from '../helpers/core';
import { snapshot } from './catalog-fixtures';

let t: TestDb;
let owner: Client;
let accountant: Client;
let driver: Client;

beforeAll(async () => {
  t = await testDb();
  owner = (await signedIn(t, 'owner')).client;
  accountant = (await signedIn(t, 'accountant')).client;
  driver = (await signedIn(t, 'driver')).client;
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

describe('employees', () => {
  it('creates, updates and lists salespeople and drivers', async () => {
    const zhao = await owner.employees.create.mutate({ code: 'SJ01', name: '赵师傅', phone: '138 0731 0001', role: 'driver' });
    const liu = await owner.employees.create.mutate({ code: 'YW01', name: '刘业务', role: 'salesperson' });
    expect(audits('employees.create')).toBe(2);
    const renamed = await owner.employees.update.mutate({ id: liu.id, code: 'YW01', name: '刘强', role: 'salesperson', active: true });
    expect(renamed).toEqual({ id: liu.id, code: 'YW01', name: '刘强', phone: '', role: 'salesperson', active: true });
    expect(audits('employees.update')).toBe(1);
    expect((await driver.employees.list.query()).map((e) => e.code)).toEqual(['SJ01', 'YW01']);
    expect((await driver.employees.list.query({ role: 'driver' })).map((e) => e.id)).toEqual([zhao.id]);
  });

  it('refuses a taken code, an unknown employee and a non-owner', async () => {
    const e = await refused(() => owner.employees.create.mutate({ code: 'SJ01', name: '钱师傅', role: 'driver' }), 'EMPLOYEE_CODE_TAKEN');
    expect(e.message).toBe('员工编号“SJ01”已被“赵师傅”使用');
    await refused(() => owner.employees.update.mutate({ id: 'nope', code: 'X', name: '某人', role: 'other' }), 'EMPLOYEE_NOT_FOUND');
    await refused(() => accountant.employees.create.mutate({ code: 'X1', name: '某人', role: 'other' }), 'FORBIDDEN');
  });
});

describe('warehouses', () => {
  it('creates a main warehouse and a van with its driver and plate', async () => {
    const [zhao] = await owner.employees.list.query({ role: 'driver' });
    const main = await owner.warehouses.create.mutate({ code: 'ZC', name: '总仓', kind: 'main' });
    const van = await owner.warehouses.create.mutate({ code: 'CL01', name: '1 号车', kind: 'van', driverId: zhao!.id, plate: '湘a·12345' });
    expect(audits('warehouses.create')).toBe(2);
    expect(van).toMatchObject({ kind: 'van', driverName: '赵师傅', plate: '湘A·12345', active: true });
    expect((await driver.warehouses.list.query()).map((w) => w.id)).toEqual([main.id, van.id]);
    expect((await driver.warehouses.list.query({ kind: 'van' })).map((w) => w.id)).toEqual([van.id]);
    const parked = await owner.warehouses.update.mutate({ id: van.id, code: 'CL01', name: '1 号车', kind: 'van', driverId: zhao!.id, plate: '湘A·12345', active: false });
    expect(parked.active).toBe(false);
    expect(audits('warehouses.update')).toBe(1);
  });

  it('refuses a van without plate or driver, or driven by office staff, and a main warehouse with a driver', async () => {
    const [zhao] = await owner.employees.list.query({ role: 'driver' });
    const clerkEmp = await owner.employees.create.mutate({ code: 'KG01', name: '张库管', role: 'clerk' });
    const noPlate = await refused(() => owner.warehouses.create.mutate({ code: 'CL02', name: '2 号车', kind: 'van', driverId: zhao!.id }), 'VAN_NEEDS_PLATE');
    expect(noPlate.message).toBe('车辆必须填写车牌号');
    await refused(() => owner.warehouses.create.mutate({ code: 'CL02', name: '2 号车', kind: 'van', plate: '湘A·2' }), 'VAN_NEEDS_DRIVER');
    const office = await refused(
      () => owner.warehouses.create.mutate({ code: 'CL02', name: '2 号车', kind: 'van', plate: '湘A·2', driverId: clerkEmp.id }),
      'DRIVER_ROLE',
    );
    expect(office.message).toBe('“张库管”不是司机或业务员，不能驾驶车辆');
    await refused(() => owner.warehouses.create.mutate({ code: 'FC', name: '分仓', kind: 'main', driverId: zhao!.id }), 'MAIN_NO_DRIVER');
    await refused(() => owner.warehouses.create.mutate({ code: 'ZC', name: '另一个总仓', kind: 'main' }), 'WAREHOUSE_CODE_TAKEN');
    await refused(() => driver.warehouses.create.mutate({ code: 'FC', name: '分仓', kind: 'main' }), 'FORBIDDEN');
  });
});
