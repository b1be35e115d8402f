// Employees and warehouses: a salesperson and a driver, the main warehouse and a van with its driver and plate.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';

let host: TestHost;
let browser: Browser;
let page: Page;
let errors: string[];

async function open(section: RegExp, heading: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: section }).click();
  await expectVisible(page.getByRole('heading', { name: heading }));
}

async function pick(form: ReturnType<Page['getByRole']>, label: string, option: string): Promise<void> {
  await form.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('employees and warehouses', () => {
  it('adds a salesperson and a driver', async () => {
    await open(/员工/, '员工');
    for (const e of [
      { code: 'Y001', name: '张业务', role: '业务员' },
      { code: 'S001', name: '李师傅', role: '司机' },
    ]) {
      await page.keyboard.press('Alt+KeyN');
      const form = page.getByRole('dialog', { name: '新建员工' });
      await expectVisible(form);
      await form.getByRole('textbox', { name: '编号', exact: true }).fill(e.code);
      await form.getByRole('textbox', { name: '姓名', exact: true }).fill(e.name);
      await pick(form, '岗位', e.role);
      await form.getByRole('button', { name: '保存' }).click();
      await expectHidden(form);
    }
    const table = page.getByRole('table', { name: '员工' });
    await expectVisible(table.getByRole('row').filter({ hasText: '李师傅' }).getByRole('cell', { name: '司机' }));
    expect(host.app.core.sqlite.prepare('SELECT code, role FROM employees ORDER BY code').all()).toEqual([
      { code: 'S001', role: 'driver' },
      { code: 'Y001', role: 'salesperson' },
    ]);
  });

  it('refuses a duplicate employee code with the server message under the field', async () => {
    await page.keyboard.press('Alt+KeyN');
    const form = page.getByRole('dialog', { name: '新建员工' });
    await form.getByRole('textbox', { name: '编号', exact: true }).fill('Y001');
    await form.getByRole('textbox', { name: '姓名', exact: true }).fill('王重复');
    await form.getByRole('button', { name: '保存' }).click();
    // The server names the field, so its message sits under the code box.
    await expectVisible(form.getByText('员工编号“Y001”已被“张业务”使用'));
    expect(await form.getByRole('textbox', { name: '编号', exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Escape');
    await expectHidden(form);
    expect(host.app.core.sqlite.prepare('SELECT count(*) AS n FROM employees').get()).toEqual({ n: 2 });
  });

  it('adds the main warehouse and a van with its driver and plate', async () => {
    await open(/仓库/, '仓库');
    await page.keyboard.press('Alt+KeyN');
    let form = page.getByRole('dialog', { name: '新建仓库' });
    await form.getByRole('textbox', { name: '编号', exact: true }).fill('ZC');
    await form.getByRole('textbox', { name: '名称', exact: true }).fill('主仓库');
    await form.getByRole('button', { name: '保存' }).click();
    await expectHidden(form);

    await page.keyboard.press('Alt+KeyN');
    form = page.getByRole('dialog', { name: '新建仓库' });
    await form.getByRole('textbox', { name: '编号', exact: true }).fill('CL01');
    await form.getByRole('textbox', { name: '名称', exact: true }).fill('1号车');
    await form.getByText('车辆', { exact: true }).click();
    await pick(form, '司机', '李师傅（司机）');
    await form.getByRole('textbox', { name: '车牌', exact: true }).fill('湘A·12345');
    await form.getByRole('button', { name: '保存' }).click();
    await expectHidden(form);

    const van = page.getByRole('table', { name: '仓库' }).getByRole('row').filter({ hasText: '1号车' });
    await expectVisible(van.getByRole('cell', { name: '李师傅' }));
    await expectVisible(van.getByRole('cell', { name: '湘A·12345' }));
    expect(host.app.core.sqlite.prepare('SELECT code, kind, plate FROM warehouses ORDER BY code').all()).toEqual([
      { code: 'CL01', kind: 'van', plate: '湘A·12345' },
      { code: 'ZC', kind: 'main', plate: '' },
    ]);
    expect(errors).toEqual([]);
  });
});
