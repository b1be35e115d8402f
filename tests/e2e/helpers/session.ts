// Shortcuts for tests that are not about signing in: create the first owner over the API and sign in via the UI.
import type { Page } from 'playwright-core';

export const OWNER = { username: 'boss', displayName: '王老板', password: 'boss-pass-123' };

export async function setupOwnerViaApi(url: string): Promise<void> {
  const res = await fetch(`${url}/trpc/auth.setupOwner`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(OWNER),
  });
  if (!res.ok) throw new Error(`setupOwner failed: ${res.status} ${await res.text()}`);
}

/** Signs in on the Chinese login page and waits for the app shell. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}
