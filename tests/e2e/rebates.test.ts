// 返利 in Chromium: the owner opens the section, sees the brand's rebate balance with its expiry, records a credit the
// brand confirmed (录入品牌返利到账; a bad amount cannot be sent), reads the account's entries, then opens the brand's
// statement for this month on screen and downloads it as an A4 PDF (read back with pdftotext); creates a policy after
// the server refused its tiers; the accountant sees the same figures without the write buttons.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '../../electron/core/shared/dates';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { apiAs, OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { ownerApi } from './warehouse-seed';

const ACCOUNTANT = { username: 'kuaiji', displayName: '李会计', password: 'kuaiji-pass-123', role: 'accountant' };
const shots = resolve(import.meta.dirname, '../../docs/screenshots');
let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];
let month: string;

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  const api = await ownerApi(host.url);
  const brand = await api.brands.create.mutate({ name: '农夫山泉' });
  const today = businessDate(host.app.core.now(), host.app.core.timeZone);
  month = today.slice(0, 7);
  // ¥500 of confirmed rebate that lapses at the end of next year, deductible up to 10% of an order, and a monthly
  // purchase policy: 1% from ¥0, 2% from ¥1,000.
  await api.rebates.confirmCredit.mutate({ brandId: brand.id, amount: 50_000, businessDate: today, expiresOn: `${Number(today.slice(0, 4)) + 1}-12-31`, refNo: 'NF-2026-118' });
  await api.rebates.setCap.mutate({ brandId: brand.id, capBp: 1_000 });
  await api.rebates.createPolicy.mutate({
    code: 'NFSQ-M',
    name: '月度进货返利',
    scope: 'brand',
    brandId: brand.id,
    version: { validFrom: `${month}-01`, periodKind: 'month', basis: 'purchase', measure: 'amount', kind: 'tiered', tierMode: 'whole', tiers: [{ from: 0, value: 100 }, { from: 100_000, value: 200 }] },
  });
  await api.rebates.recompute.mutate({ periodKey: month });
  await (await apiAs(host.url, OWNER.username, OWNER.password)).mutate('users.create', ACCOUNTANT);
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const ledger = () => host.app.core.sqlite.prepare("SELECT kind, amount, ref_no AS refNo FROM rebate_ledger WHERE account_kind = 'brand' ORDER BY seq").all();

describe('返利', () => {
  it('shows the balance, records a credit, and downloads the statement PDF', async () => {
    await page.getByRole('link', { name: /返利/ }).click();
    await page.getByRole('tab', { name: '账户' }).click();
    const accounts = page.getByRole('table', { name: '返利账户' });
    await expectText(accounts.getByRole('row').filter({ hasText: '农夫山泉' }), /农夫山泉.*500\.00.*500\.00.*-12-31 到期 ¥500\.00/);

    const form = page.getByRole('region', { name: '录入品牌返利到账' });
    await form.getByRole('combobox', { name: '品牌' }).click();
    await page.getByRole('option', { name: '农夫山泉' }).click();
    await form.getByRole('textbox', { name: '到账金额（元）' }).fill('12o.50');
    expect(await form.getByRole('button', { name: '确认到账' }).isDisabled()).toBe(true);
    await form.getByRole('textbox', { name: '到账金额（元）' }).fill('120.50');
    await form.getByRole('textbox', { name: '品牌单号' }).fill('NF-2026-131');
    await form.getByRole('button', { name: '确认到账' }).click();
    await expectVisible(page.getByText('已录入 农夫山泉 返利到账 ¥120.50'));
    await expectText(accounts.getByRole('row').filter({ hasText: '农夫山泉' }), /农夫山泉.*620\.50.*620\.50/);
    expect(ledger()).toEqual([
      { kind: 'credit', amount: 50_000, refNo: 'NF-2026-118' },
      { kind: 'credit', amount: 12_050, refNo: 'NF-2026-131' },
    ]);

    await accounts.getByRole('row').filter({ hasText: '农夫山泉' }).click();
    const entries = page.getByRole('table', { name: '农夫山泉 的账户明细' });
    await expectText(entries.getByRole('row').filter({ hasText: 'NF-2026-131' }), /到账.*120\.50.*NF-2026-131/);
    await page.screenshot({ path: resolve(shots, 'rebates-accounts.png') });

    await page.getByRole('tab', { name: '对账单' }).click();
    await page.getByRole('combobox', { name: '品牌/门店' }).click();
    await page.getByRole('option', { name: '农夫山泉' }).click();
    const statement = page.getByRole('region', { name: '返利对账单' });
    await expectVisible(statement.getByText(`农夫山泉 返利对账单 ${month}-01 至`));
    await expectVisible(statement.getByText('¥620.50').first());
    await expectVisible(statement.getByRole('table', { name: '本期计提' }).getByText('NFSQ-M 月度进货返利'));
    await page.screenshot({ path: resolve(shots, 'rebates-statement.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^返利对账单_农夫山泉_${month}-01_${month}-\\d{2}\\.pdf$`));
    const file = join(mkdtempSync(join(tmpdir(), 'dms-rebate-')), 'statement.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('农夫山泉');
    expect(text).toContain('NF-2026-131');
    expect(text).toMatch(/620\.50/);
    expect(errors).toEqual([]);
  });

  it("creates a policy (the server's translated error first), imports one from CSV, and downloads every brand's statement in one PDF", async () => {
    await page.getByRole('tab', { name: '政策' }).click();
    await expectVisible(page.getByRole('table', { name: '返利政策' }).getByText('NFSQ-M'));
    await page.keyboard.press('Alt+KeyN'); // 新建政策, the screen's create button
    const dialog = page.getByRole('dialog', { name: '新建返利政策' });
    await dialog.getByRole('textbox', { name: '政策编号' }).fill('NFSQ-J');
    await dialog.getByRole('textbox', { name: '政策名称' }).fill('季度阶梯返利（超额累进）');
    await dialog.getByRole('combobox', { name: '品牌' }).click();
    await page.getByRole('option', { name: '农夫山泉' }).click();
    await dialog.getByRole('combobox', { name: '阶梯方式' }).click();
    await page.getByRole('option', { name: '超额累进' }).click();
    await dialog.getByRole('textbox', { name: '比例 % 或 每单位 元 1' }).fill('1');
    await dialog.getByRole('button', { name: '加一档' }).click();
    await dialog.getByRole('textbox', { name: '起点（元或数量） 2' }).fill('0');
    await dialog.getByRole('textbox', { name: '比例 % 或 每单位 元 2' }).fill('1.5');
    await dialog.getByRole('button', { name: '保存政策' }).click();
    await expectVisible(dialog.getByText('第 2 档的起点和返利必须都高于上一档'));
    const policies = () => host.app.core.sqlite.prepare('SELECT code FROM rebate_policies ORDER BY code').all();
    expect(policies()).toEqual([{ code: 'NFSQ-M' }]);

    await dialog.getByRole('textbox', { name: '起点（元或数量） 2' }).fill('5000');
    await dialog.getByRole('button', { name: '保存政策' }).click();
    await expectVisible(page.getByText('已新建政策 NFSQ-J'));
    await expectText(page.getByRole('table', { name: '返利政策' }).getByRole('row').filter({ hasText: 'NFSQ-J' }), new RegExp(`NFSQ-J.*季度阶梯返利.*品牌.*农夫山泉.*${month}-01 起：阶梯，进货`));
    expect(policies()).toEqual([{ code: 'NFSQ-J' }, { code: 'NFSQ-M' }]);
    const tiers = host.app.core.sqlite.prepare("SELECT v.tier_mode AS mode, v.tiers FROM rebate_policy_versions v JOIN rebate_policies p ON p.id = v.policy_id WHERE p.code = 'NFSQ-J'").get() as { mode: string; tiers: string };
    expect(tiers.mode).toBe('marginal');
    expect(JSON.parse(tiers.tiers)).toEqual([{ from: 0, value: 100 }, { from: 500_000, value: 150 }]);

    // Import from CSV, all or nothing: the refused row is listed with its column, then the corrected file goes in.
    const head = '政策编号,政策名称,品牌,生效日期,周期,基数,计量,类型,阶梯方式,档位';
    const upload = (rows: string[]) => page.locator('input[type="file"]').setInputFiles({ name: '返利政策.csv', mimeType: 'text/csv', buffer: Buffer.from([head, ...rows].join('\n'), 'utf8') });
    await upload([`NFSQ-Y,年度进货阶梯,农夫山泉,${month}-01,年,进货,金额,阶梯,全额,100000:2%; 50000:1%`]);
    await expectVisible(page.getByRole('alert').getByText(/第 2 行「档位」：第 2 档的起点和返利必须都高于上一档/));
    expect(policies()).toEqual([{ code: 'NFSQ-J' }, { code: 'NFSQ-M' }]);
    await upload([`NFSQ-Y,年度进货阶梯,农夫山泉,${month}-01,年,进货,金额,阶梯,全额,50000:1%; 100000:2%`]);
    await expectVisible(page.getByText('已导入 1 条政策'));
    await expectVisible(page.getByRole('table', { name: '返利政策' }).getByText('年度进货阶梯'));
    expect(policies()).toEqual([{ code: 'NFSQ-J' }, { code: 'NFSQ-M' }, { code: 'NFSQ-Y' }]);
    await page.screenshot({ path: resolve(shots, 'rebates-policies.png') });

    await page.getByRole('tab', { name: '对账单' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部品牌 PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^返利对账单_1份_${month}-01_${month}-\\d{2}\\.pdf$`));
    const file = join(mkdtempSync(join(tmpdir(), 'dms-rebate-')), 'batch.pdf');
    await download.saveAs(file);
    expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toContain('农夫山泉');
    expect(errors).toEqual([]);
  });

  it('creates a prompt-payment policy and a store policy paid in goods from the form', async () => {
    const api = await ownerApi(host.url);
    const brandId = (host.app.core.sqlite.prepare(`SELECT id FROM brands WHERE name = '农夫山泉'`).get() as { id: string }).id;
    await api.products.create.mutate({ sku: 'NFSQ-380', name: '农夫山泉 380ml', brandId, units: [{ name: '瓶', factor: 1 }] });
    await api.customers.create.mutate({ code: 'TH01', name: '天河便利店' });
    await page.getByRole('tab', { name: '政策' }).click();
    const open = async (code: string, name: string) => {
      await expectHidden(page.getByRole('dialog', { name: '新建返利政策' }));
      await page.keyboard.press('Alt+KeyN');
      const dialog = page.getByRole('dialog', { name: '新建返利政策' });
      await dialog.getByRole('textbox', { name: '政策编号' }).fill(code);
      await dialog.getByRole('textbox', { name: '政策名称' }).fill(name);
      await dialog.getByRole('combobox', { name: '品牌' }).click();
      await page.getByRole('option', { name: '农夫山泉' }).click();
      return dialog;
    };
    const version = (code: string) =>
      host.app.core.sqlite
        .prepare('SELECT p.scope, p.customer_id AS customerId, v.kind, v.basis, v.rate_bp AS rateBp, v.per_unit AS perUnit, v.payment_days AS paymentDays, v.settlement, v.goods_product_id AS goodsProductId FROM rebate_policy_versions v JOIN rebate_policies p ON p.id = v.policy_id WHERE p.code = ?')
        .get(code);

    let dialog = await open('NFSQ-P', '及时付款返利');
    await dialog.getByRole('combobox', { name: '返利方式' }).click();
    await page.getByRole('option', { name: '及时付款' }).click();
    await dialog.getByRole('textbox', { name: '返利比例 %' }).fill('0.5');
    await dialog.getByRole('textbox', { name: '付款期限（天）' }).fill('15');
    await dialog.getByRole('button', { name: '保存政策' }).click();
    await expectVisible(page.getByText('已新建政策 NFSQ-P'));
    expect(version('NFSQ-P')).toMatchObject({ scope: 'brand', kind: 'prompt_payment', basis: 'purchase', rateBp: 50, paymentDays: 15 });

    dialog = await open('MD-G', '门店陈列返货');
    await dialog.getByRole('combobox', { name: '返利方式' }).click();
    await page.getByRole('option', { name: '按件' }).click();
    await dialog.getByRole('combobox', { name: '计量' }).click();
    await page.getByRole('option', { name: '按数量' }).click();
    await dialog.getByRole('textbox', { name: '每单位返利（元）' }).fill('2');
    await dialog.getByRole('combobox', { name: '政策对象' }).click();
    await page.getByRole('option', { name: '我们给门店的返利' }).click();
    const store = dialog.getByRole('combobox', { name: '门店（空 = 全部门店）' });
    await store.click();
    await store.pressSequentially('thbld');
    await page.getByRole('option', { name: /天河便利店/ }).click();
    await dialog.getByRole('combobox', { name: '兑付方式' }).click();
    await page.getByRole('option', { name: '返货' }).click();
    const goods = dialog.getByRole('combobox', { name: '返货商品' });
    await goods.click();
    await goods.pressSequentially('nfsq');
    await page.getByRole('option', { name: /农夫山泉 380ml/ }).click();
    await page.screenshot({ path: resolve(shots, 'rebates-store-policy.png') });
    await dialog.getByRole('button', { name: '保存政策' }).click();
    await expectVisible(page.getByText('已新建政策 MD-G'));
    expect(version('MD-G')).toMatchObject({ scope: 'store', kind: 'per_unit', basis: 'sellout', perUnit: 200, settlement: 'goods', customerId: expect.any(String), goodsProductId: expect.any(String) });
    expect(errors).toEqual([]);
  });

  it('shows the accountant the same balances and policies without the write buttons', async () => {
    const accountant = await openPage(browser, host.url);
    await signIn(accountant.page, ACCOUNTANT.username, ACCOUNTANT.password);
    await accountant.page.getByRole('link', { name: /返利/ }).click();
    await accountant.page.getByRole('tab', { name: '账户' }).click();
    await expectText(accountant.page.getByRole('table', { name: '返利账户' }).getByRole('row').filter({ hasText: '农夫山泉' }), /农夫山泉.*620\.50/);
    expect(await accountant.page.getByRole('region', { name: '录入品牌返利到账' }).count()).toBe(0);
    await accountant.page.getByRole('tab', { name: '政策' }).click();
    await expectVisible(accountant.page.getByRole('table', { name: '返利政策' }).getByText('NFSQ-J'));
    expect(await accountant.page.getByRole('button', { name: '新建政策' }).count()).toBe(0);
    expect(accountant.errors).toEqual([]);
  });
});
