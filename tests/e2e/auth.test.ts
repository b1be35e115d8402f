// First run and signing in, in Chinese by default: the first owner is created from the UI, forms refuse bad
// input with Chinese messages (client-side from the contract's schemas, and from the server), a wrong password is
// refused, the language switches to English and stays switched.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './helpers/browser';
import { expectText, expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';

let host: TestHost;
let browser: Browser;

beforeAll(async () => {
  host = await startTestHost();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('first run and sign-in', () => {
  it('creates the first owner from the setup page, with Chinese validation messages', async () => {
    const { page, errors } = await openPage(browser, host.url);
    await expectVisible(page.getByRole('heading', { name: '首次使用：创建店主账号' }));
    expect(await page.title()).toBe('经销商管理系统');

    // Nothing filled in: every required field says so in Chinese, and nothing is sent.
    await page.getByRole('button', { name: '创建并登录' }).click();
    const username = page.getByLabel('用户名', { exact: true });
    await expectVisible(page.getByText('必填').first());

    // The contract's own rules, in the contract's own words.
    await username.fill('王 老板');
    await page.getByLabel('姓名').fill('王老板');
    await page.getByLabel('密码', { exact: true }).fill('short');
    await page.getByLabel('确认密码').fill('different');
    await page.getByRole('button', { name: '创建并登录' }).click();
    await expectVisible(page.getByText('用户名只能包含字母、数字、下划线、点和短横线'));
    await expectVisible(page.getByText('密码至少 8 位'));
    await expectVisible(page.getByText('两次输入的密码不一致'));
    await expect(host.app.core.sqlite.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });

    await username.fill('boss');
    await page.getByLabel('密码', { exact: true }).fill('boss-pass-123');
    // Enter in a field submits the form.
    await page.getByLabel('确认密码').fill('boss-pass-123');
    await page.getByLabel('确认密码').press('Enter');

    await expectVisible(page.getByRole('button', { name: '退出登录' }));
    await expectText(page.getByTestId('current-user'), '王老板');
    await expectText(page.getByTestId('current-role'), '店主');
    await expectVisible(page.getByRole('link', { name: /商品/ }));
    await expectVisible(page.getByRole('link', { name: /账号/ }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('signs in in Chinese, refuses a wrong password with the server message, and signs out', async () => {
    const { page, errors } = await openPage(browser, host.url);
    await expectVisible(page.getByRole('heading', { name: '登录' }));
    await expectVisible(page.getByText('请使用您的账号登录'));

    await page.getByLabel('用户名', { exact: true }).fill('boss');
    await page.getByLabel('密码', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: '用户名或密码错误' }));

    await page.getByLabel('密码', { exact: true }).fill('boss-pass-123');
    await page.getByLabel('密码', { exact: true }).press('Enter');
    await expectVisible(page.getByRole('button', { name: '退出登录' }));
    expect(page.url()).toMatch(/#\/dashboard$/); // the owner lands on the overview

    await page.getByRole('button', { name: '退出登录' }).click();
    await expectVisible(page.getByRole('heading', { name: '登录' }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('goes back to the sign-in page, saying why, when the session has expired', async () => {
    const { page } = await openPage(browser, host.url);
    await page.getByLabel('用户名', { exact: true }).fill('boss');
    await page.getByLabel('密码', { exact: true }).fill('boss-pass-123');
    await page.getByLabel('密码', { exact: true }).press('Enter');
    await expectVisible(page.getByRole('button', { name: '退出登录' }));
    // Nine idle hours later (the server's idle timeout is eight).
    host.app.core.sqlite.prepare('UPDATE sessions SET last_seen_at = ? WHERE ended_at IS NULL').run(new Date(Date.now() - 9 * 3600_000).toISOString());
    await page.getByRole('navigation').getByRole('link', { name: /客户/ }).click();
    await expectVisible(page.getByRole('heading', { name: '登录' }));
    await expectVisible(page.getByRole('alert').filter({ hasText: '登录已过期，请重新登录' }));
    await page.context().close();
  });

  it('switches to English, keeps the choice after a reload, and the server answers in English too', async () => {
    const { page } = await openPage(browser, host.url);
    await page.getByText('English').click();
    await expectVisible(page.getByRole('heading', { name: 'Sign in' }));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByLabel('Username', { exact: true }).fill('boss');
    await page.getByLabel('Password', { exact: true }).fill('wrong-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByRole('alert').filter({ hasText: 'Wrong username or password' }));

    await page.reload();
    await expectVisible(page.getByRole('heading', { name: 'Sign in' }));
    await page.getByLabel('Username', { exact: true }).fill('boss');
    await page.getByLabel('Password', { exact: true }).fill('boss-pass-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectVisible(page.getByRole('button', { name: 'Sign out' }));
    await expectText(page.getByTestId('current-role'), 'Owner');
    await expectVisible(page.getByRole('link', { name: /Products/ }));

    // And back to Chinese from inside the app.
    await page.getByText('中文').click();
    await expectVisible(page.getByRole('button', { name: '退出登录' }));
    await page.context().close();
  });
});
