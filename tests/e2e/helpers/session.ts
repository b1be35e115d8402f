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

/** Signs in over HTTP and returns a caller for mutations, to set up data a test is not about. */
export async function apiAs(url: string, username: string, password: string) {
  const post = async (path: string, input: unknown, token?: string) => {
    const res = await fetch(`${url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { result?: { data: unknown }; error?: { message: string } };
    if (!res.ok || !body.result) throw new Error(`${path} failed: ${body.error?.message ?? res.status}`);
    return body.result.data;
  };
  const { token } = (await post('auth.login', { username, password })) as { token: string };
  return { mutate: (path: string, input: unknown) => post(path, input, token) };
}
