// A small distributor for stock tests: a brand, two categories, products with bottle/box/case units and barcodes,
// a main warehouse, a second one, a van with its driver, and actors of every role (the driver linked to the van's
// employee). Built with the catalog and parties core, inside one transaction, on a real migrated SQLite file.
import { AppError } from '../../electron/core/shared/errors';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { insertBrand } from '../../electron/core/catalog/brands';
import { insertCategory } from '../../electron/core/catalog/categories';
import { saveProduct } from '../../electron/core/catalog/products';
import { insertEmployee } from '../../electron/core/parties/employees';
import { insertWarehouse } from '../../electron/core/parties/warehouses';
import { addManualCount } from '../../electron/core/receiving/manual';
import { postReceiving } from '../../electron/core/receiving/post';
import { startReceiving } from '../../electron/core/receiving/sessions';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import { importCodeFile } from '../../electron/core/trace/import/import-file';
import type { Actor } from '../../electron/core/shared/context';
import { transact } from '../../db/tx';
import { makeActor, testDb, type TestDb } from '../helpers/core';

export const ean13 = (body12: string): string => `${body12}${gtinCheckDigit(body12)}`;

export interface TestProduct {
  id: string;
  sku: string;
  name: string;
  /** Barcodes of the bottle, box (6) and case (24). */
  bottle: string;
  box: string;
  case: string;
  units: { bottle: string; box: string; case: string };
}

export interface StockWorld {
  t: TestDb;
  owner: Actor;
  clerk: Actor;
  accountant: Actor;
  driver: Actor;
  brandId: string;
  drinks: string;
  snacks: string;
  main: string;
  second: string;
  van: string;
  otherVan: string;
  cola: TestProduct;
  tea: TestProduct;
  chips: TestProduct;
  close: () => void;
}

/** Business day 2026-03-15 in Asia/Shanghai unless a test moves the clock. */
export const TODAY = '2026-03-15';
export const fixedClock = (iso = '2026-03-15T02:00:00Z') => () => new Date(iso);

export async function stockWorld(opts: { now?: () => Date } = {}): Promise<StockWorld> {
  const t = await testDb({ now: opts.now ?? fixedClock() });
  const core = t.core;
  const [owner, clerk, accountant, driver] = [
    await makeActor(core, 'owner'),
    await makeActor(core, 'clerk'),
    await makeActor(core, 'accountant'),
    await makeActor(core, 'driver'),
  ];
  const built = transact(t.sqlite, () => {
    const brand = insertBrand(core, { code: 'KKL', name: '可口可乐' });
    const drinks = insertCategory(core, { name: '饮料' });
    const snacks = insertCategory(core, { name: '零食' });
    const product = (n: number, sku: string, name: string, categoryId: string, shelfLifeDays: number): TestProduct => {
      const codes = { bottle: ean13(`69000000${n}01`), box: ean13(`69000000${n}02`), case: ean13(`69000000${n}03`) };
      const id = saveProduct(core, null, {
        sku,
        name,
        brandId: brand.id,
        categoryId,
        shelfLifeDays,
        units: [
          { name: '瓶', factor: 1, barcode: codes.bottle },
          { name: '盒', factor: 6, barcode: codes.box },
          { name: '箱', factor: 24, barcode: codes.case },
        ],
      });
      const units = t.sqlite.prepare('SELECT id, factor FROM product_units WHERE product_id = ?').all(id) as { id: string; factor: number }[];
      const unit = (f: number) => units.find((u) => u.factor === f)!.id;
      return { id, sku, name, ...codes, units: { bottle: unit(1), box: unit(6), case: unit(24) } };
    };
    const driverEmployee = insertEmployee(core, { code: 'D01', name: '王师傅', role: 'driver' });
    const otherDriver = insertEmployee(core, { code: 'D02', name: '李师傅', role: 'driver' });
    t.db.update(users).set({ employeeId: driverEmployee.id }).where(eq(users.id, driver.userId)).run();
    return {
      brandId: brand.id,
      drinks: drinks.id,
      snacks: snacks.id,
      main: insertWarehouse(core, { code: 'W01', name: '总仓', kind: 'main' }).id,
      second: insertWarehouse(core, { code: 'W02', name: '二号仓', kind: 'main' }).id,
      van: insertWarehouse(core, { code: 'V01', name: '一号车', kind: 'van', driverId: driverEmployee.id, plate: '粤A12345' }).id,
      otherVan: insertWarehouse(core, { code: 'V02', name: '二号车', kind: 'van', driverId: otherDriver.id, plate: '粤B54321' }).id,
      cola: product(1, 'KL001', '可口可乐 500ml', drinks.id, 365),
      tea: product(2, 'CY002', '冰红茶 500ml', drinks.id, 270),
      chips: product(3, 'SP003', '薯片 原味', snacks.id, 180),
    };
  });
  return { t, owner, clerk, accountant, driver, ...built, close: t.close };
}


export interface StockIn {
  productId: string;
  qty: number;
  batchNo?: string;
  producedOn?: string;
  expiresOn?: string;
}

/** Puts goods into a main warehouse the way clerks do without a notice: a blind receipt, keyed in and posted. */
export function receiveBlind(w: StockWorld, warehouseId: string, lines: readonly StockIn[], actor = w.clerk) {
  const session = startReceiving(w.t.core, actor, { warehouseId });
  for (const l of lines) {
    addManualCount(w.t.core, actor, { sessionId: session.id, productId: l.productId, qty: l.qty, batchNo: l.batchNo ?? '', producedOn: l.producedOn, expiresOn: l.expiresOn });
  }
  return postReceiving(w.t.core, actor, { id: session.id });
}

/** Row counts of the tables a business action writes: to show that a refused action wrote nothing. */
export function tableCounts(w: StockWorld): Record<string, number> {
  const tables = ['stock_moves', 'stock_balances', 'stock_costs', 'stock_documents', 'stock_document_lines', 'batches', 'outbox', 'audit_log', 'variance_reports', 'trace_events', 'receiving_entries', 'stocktake_entries'];
  return Object.fromEntries(tables.map((tb) => [tb, (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n]));
}

/** Everything cached in stock, to compare before and after a refused action. */
export function stockSnapshot(w: StockWorld): unknown {
  return {
    balances: w.t.sqlite.prepare('SELECT * FROM stock_balances ORDER BY warehouse_id, product_id, batch_id, in_transit').all(),
    costs: w.t.sqlite.prepare('SELECT product_id, qty, value FROM stock_costs ORDER BY product_id').all(),
    docs: w.t.sqlite.prepare('SELECT id, status FROM stock_documents ORDER BY id').all(),
    counts: tableCounts(w),
  };
}

export interface CaseCodes {
  cases: string[];
  boxes: string[];
  items: string[];
}

/**
 * Registers nested trace codes the way brands send them (an association file: case, box, item per line) through
 * the trace module's import: `cases` cases of 4 boxes of 6 bottles each.
 */
export async function importCases(
  w: StockWorld,
  product: TestProduct,
  opts: { prefix: string; cases: number; batch?: string; producedOn?: string; expiresOn?: string; distributor?: string },
): Promise<CaseCodes> {
  const out: CaseCodes = { cases: [], boxes: [], items: [] };
  const lines = ['箱码,盒码,瓶码,商品编码,批号,生产日期,有效期至,经销商编码'];
  for (let c = 1; c <= opts.cases; c++) {
    const caseCode = `${opts.prefix}C${String(c).padStart(4, '0')}`;
    out.cases.push(caseCode);
    for (let b = 1; b <= 4; b++) {
      const boxCode = `${caseCode}B${b}`;
      out.boxes.push(boxCode);
      for (let i = 1; i <= 6; i++) {
        const item = `${boxCode}I${i}`;
        out.items.push(item);
        lines.push([caseCode, boxCode, item, product.sku, opts.batch ?? '', opts.producedOn ?? '', opts.expiresOn ?? '', opts.distributor ?? ''].join(','));
      }
    }
  }
  await importCodeFile(w.t.core, w.clerk, { bytes: new TextEncoder().encode(lines.join('\n')), fileName: `${opts.prefix}.csv` });
  return out;
}

/** A GS1 element string as a scanner sends it: ]C1, GTIN-14, expiry (AI 17), then the batch (AI 10). */
export function gs1(ean: string, expiresOn: string, batch: string): string {
  const yymmdd = expiresOn.slice(2).replace(/-/g, '');
  return `]C101${ean.padStart(14, '0')}17${yymmdd}10${batch}`;
}

/** The AppError an action throws (fails the test when it throws none or something else). */
export const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};
