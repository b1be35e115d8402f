// rebates.* through the IPC client the renderer uses: the owner imports policies (all or nothing), recomputes,
// confirms, deducts on a PO and downloads the statement as PDF and .xlsx; the accountant reads but may not write;
// refusals arrive translated and write nothing.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPurchaseOrder } from '../../electron/core/receiving/purchase-orders';
import { clientFor, quickSession, servicesWithPdf } from '../helpers/api';
import { buy, noon, rebateCounts } from './rebates-fixtures';
import { stockWorld, type StockWorld } from './stock-fixtures';

let w: StockWorld;
beforeEach(async () => {
  w = await stockWorld({ now: () => new Date(noon('2026-03-15')) });
});
afterEach(() => w.close());
const services = servicesWithPdf();
afterAll(() => services.pdf.close?.());

const csv = (rows: string[][]) => ({ fileName: '返利政策.csv', contentBase64: Buffer.from(rows.map((r) => r.join(',')).join('\n'), 'utf8').toString('base64') });
const HEAD = ['政策编号', '政策名称', '品牌', '生效日期', '失效日期', '周期', '基数', '计量', '类型', '阶梯方式', '档位', '比例', '每单位(元)'];

describe('rebates API', () => {
  it('imports policies all or nothing, with row errors in Chinese', async () => {
    const owner = clientFor(w.t, await quickSession(w.t, 'owner'), 'zh-CN', services);
    const before = rebateCounts(w);
    const bad = csv([
      HEAD,
      ['KO-Q1', '一季度进货阶梯', 'KKL', '2026-01-01', '2026-03-31', '季', '进货', '金额', '阶梯', '全额', '10000:1%; 20000:2%', '', ''],
      ['KO-BOX', '每箱返利', '可口可乐', '2026-01-01', '', '', '进货', '数量', '按件', '', '', '', '1.5'],
      ['KO-BAD', '阶梯倒挂', 'KKL', '2026-01-01', '', '月', '进货', '金额', '阶梯', '', '20000:2%; 10000:1%', '', ''],
    ]);
    const err = await owner.rebates.importPolicies.mutate(bad).then(() => null, (e: { message: string; data?: { details?: { row: number; column: string; message: string }[] } }) => e);
    expect(err?.data?.details?.map((d) => [d.row, d.column, d.message])).toEqual([
      [3, '周期', '返利政策必须指定结算周期（月、季度或年）'],
      [4, '档位', '第 2 档的起点和返利必须都高于上一档'],
    ]);
    expect(rebateCounts(w)).toEqual(before);

    const good = csv([
      HEAD,
      ['KO-Q1', '一季度进货阶梯', 'KKL', '2026-01-01', '2026-03-31', '季', '进货', '金额', '阶梯', '全额', '10000:1%; 20000:2%', '', ''],
      ['KO-BOX', '每箱返利', '可口可乐', '2026-01-01', '', '月', '进货', '数量', '按件', '', '', '', '1.5'],
      ['KO-Q1', '二季度进货阶梯', 'KKL', '2026-04-01', '2026-06-30', '季', '进货', '金额', '阶梯', '超额', '10000:1.5%; 20000:2.5%', '', ''],
    ]);
    expect(await owner.rebates.importPolicies.mutate(good)).toEqual({ created: 2, updated: 1, rows: 3 });
    const policies = await owner.rebates.policies.query();
    expect(policies.map((p) => [p.code, p.versions.length])).toEqual([['KO-BOX', 1], ['KO-Q1', 2]]);
    expect(policies[1]!.versions[1]).toMatchObject({ tierMode: 'marginal', tiers: [{ from: 1_000_000, value: 150 }, { from: 2_000_000, value: 250 }] });
    expect(policies[0]!.versions[0]).toMatchObject({ kind: 'per_unit', perUnit: 150, periodKind: 'month' });
  });

  it('recompute, confirm, deduct, statement PDF and .xlsx; the accountant reads but cannot write', async () => {
    const owner = clientFor(w.t, await quickSession(w.t, 'owner'), 'zh-CN', services);
    const accountant = clientFor(w.t, await quickSession(w.t, 'accountant'), 'en', services);
    const { policy } = await owner.rebates.createPolicy.mutate({
      code: 'KO-M',
      name: '月度进货阶梯返利',
      scope: 'brand',
      brandId: w.brandId,
      version: { validFrom: '2026-01-01', periodKind: 'month', basis: 'purchase', kind: 'tiered', tiers: [{ from: 1_000_000, value: 100 }, { from: 2_000_000, value: 200 }] },
    });
    buy(w, noon('2026-03-05'), [{ product: w.cola, cases: 400, price: 5000 }]);
    const [a] = await owner.rebates.recompute.mutate({ periodKey: '2026-03' });
    expect(a).toMatchObject({ policyId: policy.id, amount: 40_000, tierNo: 2 });
    await owner.rebates.confirmCredit.mutate({ brandId: w.brandId, amount: 39_000, businessDate: '2026-03-15', policyId: policy.id, periodKey: '2026-03', refNo: 'KO-0315' });
    expect((await accountant.rebates.accruals.query({ periodKey: '2026-03' }))[0]).toMatchObject({ confirmed: 39_000, difference: -1_000 });

    const po = createPurchaseOrder(w.t.core, w.owner, { brandId: w.brandId, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 10, price: 5000 }] });
    await owner.rebates.setCap.mutate({ brandId: w.brandId, capBp: 500 });
    const before = rebateCounts(w);
    await expect(owner.rebates.deduct.mutate({ poId: po.id, amount: 2_501 })).rejects.toThrow('抵扣 25.01 元超过上限 25.00 元（可抵扣商品金额 500.00 元的 5%，已抵扣 0.00 元）');
    await expect(accountant.rebates.deduct.mutate({ poId: po.id, amount: 100 })).rejects.toMatchObject({ data: { code: 'FORBIDDEN' } });
    expect(rebateCounts(w)).toEqual(before);
    await owner.rebates.deduct.mutate({ poId: po.id, amount: 2_500 });
    expect(await accountant.rebates.deductionRoom.query({ poId: po.id })).toMatchObject({ used: 2_500, payable: 47_500, available: 36_500 });
    expect((await accountant.rebates.forecast.query())[0]).toMatchObject({ code: 'KO-M', tierNo: 2, next: null, text: '已达最高档' });

    const pdf = await accountant.rebates.statementPdf.mutate({ accountKind: 'brand', accountId: w.brandId, periodKey: '2026-03' });
    expect(pdf).toMatchObject({ mime: 'application/pdf', fileName: '返利对账单_可口可乐_2026-03-01_2026-03-31.pdf' });
    const file = join(w.t.dir, 'api.pdf');
    writeFileSync(file, Buffer.from(pdf.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const want of ['月度进货阶梯返利', '390.00', '25.00', po.number, '365.00']) expect(text).toContain(want);
    const batch = await owner.rebates.statementBatchXlsx.mutate({ accountKind: 'brand', periodKey: '2026-03' });
    expect(batch.fileName).toBe('返利对账单_1份_2026-03-01_2026-03-31.xlsx');
  }, 60_000);
});
