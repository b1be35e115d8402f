// Assertions on what a person sees. Playwright's own expect() ships with @playwright/test, which is not installed;
// these wait for the element (the UI answers asynchronously) and then assert with vitest.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

export async function expectVisible(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
  expect(await locator.first().isVisible()).toBe(true);
}

export async function expectText(locator: Locator, text: string | RegExp, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
  const deadline = Date.now() + timeout;
  let actual = (await locator.first().textContent()) ?? '';
  while (!(typeof text === 'string' ? actual === text : text.test(actual)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    actual = (await locator.first().textContent()) ?? '';
  }
  if (typeof text === 'string') expect(actual).toBe(text);
  else expect(actual).toMatch(text);
}

export async function expectHidden(locator: Locator, timeout = 10_000): Promise<void> {
  await locator.first().waitFor({ state: 'hidden', timeout });
  expect(await locator.first().isVisible()).toBe(false);
}
