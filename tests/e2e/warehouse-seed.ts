// Seeding the warehouse e2e tests through the real HTTP API, as the owner: a typed tRPC client on the test host.
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '../../electron/api/router';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import { OWNER } from './helpers/session';

export type ApiClient = ReturnType<typeof createTRPCClient<AppRouter>>;

export const ean13 = (body12: string) => `${body12}${gtinCheckDigit(body12)}`;

/** Signs the owner (or another existing account) in over HTTP and returns a client carrying the session. */
export async function ownerApi(url: string, username = OWNER.username, password = OWNER.password): Promise<ApiClient> {
  const anon = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: `${url}/trpc` })] });
  const { token } = await anon.auth.login.mutate({ username, password });
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${url}/trpc`, headers: () => ({ authorization: `Bearer ${token}`, 'x-dms-lang': 'zh-CN' }) })],
  });
}

/** A drink sold by the bottle, in cases of 24 with their own barcodes; 365 days' shelf life. */
export async function seedDrink(api: ApiClient, sku: string, name: string, bottle: string, kase: string) {
  return api.products.create.mutate({
    sku,
    name,
    spec: '500ml×24',
    shelfLifeDays: 365,
    units: [
      { name: '瓶', factor: 1, barcode: bottle },
      { name: '箱', factor: 24, barcode: kase },
    ],
  });
}

export async function seedMainWarehouse(api: ApiClient, code = 'ZC01', name = '长沙总仓') {
  return api.warehouses.create.mutate({ code, name, kind: 'main' });
}

/** Digits only, as the test scanner types them: the case, its boxes and their items under one prefix. */
export const codesOf = (prefix: string) => ({
  kase: `${prefix}00`,
  box: (b: number) => `${prefix}1${b}`,
  item: (b: number, i: number) => `${prefix}2${b}${i}`,
});

/** An association file in the "parent,child" layout: one case of `boxes` boxes (< 10) of `items` items (< 10). */
export function pairsFile(prefix: string, boxes: number, items: number): string {
  const c = codesOf(prefix);
  const lines: string[] = [];
  for (let b = 1; b <= boxes; b++) {
    lines.push(`${c.kase},${c.box(b)}`);
    for (let i = 1; i <= items; i++) lines.push(`${c.box(b)},${c.item(b, i)}`);
  }
  return `${lines.join('\n')}\n`;
}
