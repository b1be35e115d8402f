// Accounts (owner only): a new clerk account that can then sign in as 库管, and the last owner cannot be disabled.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectHidden, expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';

let host: TestHost;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startTestHost();
  await setupOwnerViaApi(host.url);
  browser = await launchBrowser();
  ({ page } = await openPage(browser, host.url));
  await signIn(page, OWNER.username, OWNER.password);
  await page.getByRole('navigation').getByRole('link', { name: /账号/ }).click();
  await expectVisible(page.getByRole('heading', { name: '账号' }));
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const accounts = () => page.getByRole('table', { name: '账号' });

describe('accounts', () => {
  it('creates a clerk account, refusing a short password in Chinese first', async () => {
    await page.getByRole('button', { name: '新建账号' }).click();
    const form = page.getByRole('dialog', { name: '新建账号' });
    await form.getByRole('textbox', { name: '用户名', exact: true }).fill('xiaozhang');
    await form.getByRole('textbox', { name: '姓名', exact: true }).fill('小张');
    await form.getByRole('combobox', { name: '角色', exact: true }).click();
    await page.getByRole('option', { name: '库管' }).click();
    await form.getByRole('textbox', { name: '初始密码', exact: true }).fill('123');
    await form.getByRole('button', { name: '保存' }).click();
    await expectVisible(form.getByText('密码至少 8 位'));
    await form.getByRole('textbox', { name: '初始密码', exact: true }).fill('zhang-1234');
    await form.getByRole('button', { name: '保存' }).click();
    await expectHidden(form);
    await expectVisible(accounts().getByRole('row').filter({ hasText: 'xiaozhang' }).getByRole('cell', { name: '库管' }));
  });

  it('will not disable the last owner', async () => {
    await accounts().getByRole('cell', { name: OWNER.username, exact: true }).dblclick();
    const dialog = page.getByRole('dialog', { name: `账号：${OWNER.displayName}` });
    await dialog.getByRole('button', { name: '停用此账号' }).click();
    await expectVisible(dialog.getByText('至少要保留一个启用的店主账号'));
    await page.keyboard.press('Escape');
    await expectHidden(dialog);
  });

  it('lets the new clerk sign in, without the accounts section', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, 'xiaozhang', 'zhang-1234');
    await expectText(page.getByTestId('current-role'), '库管');
    expect(await page.getByRole('navigation').getByRole('link', { name: /账号/ }).count()).toBe(0);
  });
});
