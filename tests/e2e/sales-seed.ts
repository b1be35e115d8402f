// Seeding the sales e2e tests through the real HTTP API, as the owner: two drinks sold by the bottle and the case,
// a 批发价 price list with the brand's price limit on a case of 王老吉, a store on that list, a main warehouse with
// stock received, and a receipt printer on a TCP port (the virtual printer of tests/helpers/virtual-printer.ts).
import type { Browser, Page } from 'playwright-core';
import { tcpPrinter, type TcpPrinter } from '../helpers/virtual-printer';
import { launchBrowser, openPage } from './helpers/browser';
import { expectVisible } from './helpers/expect-ui';
import { startTestHost, type TestHost } from './helpers/host';
import { OWNER, setupOwnerViaApi, signIn } from './helpers/session';
import { codesOf, ean13, ownerApi, pairsFile, seedDrink, seedMainWarehouse, type ApiClient } from './warehouse-seed';

export const TEA = { sku: 'WLJ-310', name: '王老吉凉茶 310ml', bottle: ean13('690000005001'), kase: ean13('690000005002') };
export const WATER = { sku: 'NFSQ-550', name: '农夫山泉 550ml', bottle: ean13('690000005101'), kase: ean13('690000005102') };
/** 批发价 in fen: 王老吉 4.00/瓶, 85.00/箱 (brand limit 80.00–95.00 a case); 农夫山泉 2.00/瓶, 42.00/箱. */
export const PRICES = { teaBottle: 400, teaCase: 8500, waterBottle: 200, waterCase: 4200 };
export const STORE = { code: 'TH01', name: '天河便利店' };
/** One traced case of 王老吉 (2 boxes × 3 bottles), received by scanning its case code: 6 bottles. */
export const TEA_CODES = codesOf('8801');

export interface SalesWorld {
  api: ApiClient;
  warehouseId: string;
  customerId: string;
  tea: { id: string; bottle: string; kase: string };
  water: { id: string; bottle: string; kase: string };
}

export async function seedSales(url: string, printerPort: number): Promise<SalesWorld> {
  const api = await ownerApi(url);
  const unitsOf = (p: { id: string; units: { id: string; factor: number }[] }) => ({
    id: p.id,
    bottle: p.units.find((u) => u.factor === 1)?.id ?? '',
    kase: p.units.find((u) => u.factor === 24)?.id ?? '',
  });
  const tea = unitsOf(await seedDrink(api, TEA.sku, TEA.name, TEA.bottle, TEA.kase));
  const water = unitsOf(await seedDrink(api, WATER.sku, WATER.name, WATER.bottle, WATER.kase));
  const list = await api.priceLists.create.mutate({ code: 'PF', name: '批发价' });
  await api.prices.set.mutate({ productId: tea.id, prices: [{ priceListId: list.id, unitId: tea.bottle, price: PRICES.teaBottle }, { priceListId: list.id, unitId: tea.kase, price: PRICES.teaCase }] });
  await api.prices.set.mutate({ productId: water.id, prices: [{ priceListId: list.id, unitId: water.bottle, price: PRICES.waterBottle }, { priceListId: list.id, unitId: water.kase, price: PRICES.waterCase }] });
  await api.priceLimits.set.mutate({ productId: tea.id, unitId: tea.kase, minPrice: 8000, maxPrice: 9500 });
  const zhang = await api.employees.create.mutate({ code: 'S01', name: '张三', role: 'salesperson' });
  const customer = await api.customers.create.mutate({ ...STORE, salespersonId: zhang.id, contact: '陈老板', phone: '13800138000', region: '广州市天河区', channel: '便利店', priceListId: list.id });
  const main = await seedMainWarehouse(api);
  const session = await api.receiving.start.mutate({ warehouseId: main.id });
  for (const p of [tea, water]) {
    await api.receiving.count.mutate({ sessionId: session.id, productId: p.id, unitId: p.kase, qty: 10, batchNo: 'B2611', producedOn: '2026-11-01' });
  }
  await api.trace.import.mutate({
    source: { fileName: 'codes.csv', contentBase64: Buffer.from(pairsFile('8801', 2, 3), 'utf8').toString('base64') },
    productId: tea.id,
  });
  await api.receiving.scan.mutate({ sessionId: session.id, raw: TEA_CODES.kase });
  await api.receiving.post.mutate({ sessionId: session.id });
  await api.printers.configure.mutate({
    printers: [{ id: 'front', name: '前台小票机', transport: { kind: 'tcp', host: '127.0.0.1', port: printerPort }, timeoutMs: 2000 }],
    defaultPrinterId: 'front',
  });
  return { api, warehouseId: main.id, customerId: customer.id, tea, water };
}

/** Starts an order of the given kind for 天河便利店 from 长沙总仓, by keyboard where a clerk would use it. */
export async function startOrder(p: Page, kind: '访销' | '门市'): Promise<void> {
  await p.getByRole('link', { name: /销售/ }).click();
  await p.getByText(kind, { exact: true }).click();
  const customer = p.getByRole('combobox', { name: '客户' });
  await customer.click();
  await customer.pressSequentially('thbld');
  await expectVisible(p.getByRole('option', { name: new RegExp(STORE.name) }));
  await customer.press('Enter');
  await p.getByRole('combobox', { name: '出库仓库' }).click();
  await p.getByRole('option', { name: /长沙总仓/ }).click();
  await p.getByRole('button', { name: '开单' }).click();
  await expectVisible(p.getByTestId('order-customer').filter({ hasText: STORE.name }));
}

export interface SalesRig {
  host: TestHost;
  printer: TcpPrinter;
  page: Page;
  /** Uncaught errors the page has had so far. */
  errors: string[];
  close: () => Promise<void>;
}

/** A test host with the sales world seeded, a virtual receipt printer, and the owner signed in in Chromium. */
export async function openSalesRig(): Promise<SalesRig> {
  const host = await startTestHost();
  const printer = await tcpPrinter();
  await setupOwnerViaApi(host.url);
  await seedSales(host.url, printer.port);
  const browser: Browser = await launchBrowser();
  const { page, errors } = await openPage(browser, host.url);
  await signIn(page, OWNER.username, OWNER.password);
  return {
    host,
    printer,
    page,
    errors,
    close: async () => {
      await browser.close();
      await printer.close();
      await host.stop();
    },
  };
}
