// Shared set-up for the catalog, parties and import tests: valid barcodes, a product input, counting rows.
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import type { TestDb } from '../helpers/core';

/** A valid EAN-13 from its first 12 digits. */
export const ean13 = (body: string): string => `${body}${gtinCheckDigit(body)}`;

/** The same EAN-13 with its check digit off by one. */
export const badCheck = (code: string): string => `${code.slice(0, -1)}${(Number(code.at(-1)) + 1) % 10}`;

/** Rows in a table, read straight from SQLite. */
export const rowsIn = (t: TestDb, table: string): number =>
  (t.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Row counts of every table a catalog or parties action may write: to prove a refused action changed nothing. */
export function snapshot(t: TestDb): Record<string, number> {
  const tables = ['brands', 'categories', 'products', 'product_units', 'barcodes', 'price_lists', 'prices', 'price_limits', 'customers', 'employees', 'warehouses', 'audit_log'];
  return Object.fromEntries(tables.map((name) => [name, rowsIn(t, name)]));
}

export const cola = (overrides: Record<string, unknown> = {}) => ({
  sku: 'KO-500',
  name: '可口可乐 500ml',
  spec: '500ml*24瓶/箱',
  shelfLifeDays: 365,
  units: [
    { name: '瓶', factor: 1, barcode: ean13('690123456789') },
    { name: '箱', factor: 24, barcode: ean13('690123456790') },
  ],
  ...overrides,
});
