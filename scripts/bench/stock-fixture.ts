// A database of its own for the warehouse figures (receive.*, stock.*, stocktake.*): a temp folder, the real
// migrations, a clerk and an owner, a brand, products with bottle/box/case units and barcodes made by the
// catalog core, and main warehouses. Deleted when the bench ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/open';
import { transact } from '../../db/tx';
import { hashPassword } from '../../electron/core/auth/passwords';
import { insertUser } from '../../electron/core/auth/sessions';
import { insertBrand } from '../../electron/core/catalog/brands';
import { saveProduct } from '../../electron/core/catalog/products';
import { insertWarehouse } from '../../electron/core/parties/warehouses';
import { gtinCheckDigit } from '../../electron/core/scan/gtin';
import type { Actor, Core } from '../../electron/core/shared/context';
import { DEFAULT_TIME_ZONE } from '../../electron/core/shared/dates';
import { afterBench } from './figure';

export interface BenchProduct {
  id: string;
  sku: string;
  bottle: string;
  box: string;
  case: string;
}

export interface StockBench {
  core: Core;
  clerk: Actor;
  owner: Actor;
  brandId: string;
  warehouses: string[];
  products: BenchProduct[];
}

const ean13 = (body12: string) => `${body12}${gtinCheckDigit(body12)}`;

export async function stockBench(opts: { products: number; warehouses: number }): Promise<StockBench> {
  const dir = mkdtempSync(join(tmpdir(), 'dms-bench-stock-'));
  const { db, sqlite } = await openDatabase(join(dir, 'dms.sqlite'));
  afterBench(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
  // A fixed business day, so the expiry dates below stay in the future whenever the bench runs.
  const core: Core = { db, sqlite, now: () => new Date('2026-03-15T02:00:00Z'), timeZone: DEFAULT_TIME_ZONE };
  const hash = await hashPassword('bench-password-1');
  return transact(sqlite, () => {
    const actor = (role: 'clerk' | 'owner'): Actor => {
      const u = insertUser(core, { username: `bench-${role}`, displayName: role, role }, hash);
      return { userId: u.id, role, name: role };
    };
    const brandId = insertBrand(core, { code: 'BENCH', name: '基准品牌' }).id;
    const warehouses = Array.from({ length: opts.warehouses }, (_, i) => insertWarehouse(core, { code: `W${String(i + 1).padStart(2, '0')}`, name: `仓库${i + 1}`, kind: 'main' }).id);
    const products = Array.from({ length: opts.products }, (_, i) => {
      const n = String(i).padStart(5, '0');
      const codes = { bottle: ean13(`6970${n}001`), box: ean13(`6970${n}002`), case: ean13(`6970${n}003`) };
      const sku = `SKU${n}`;
      const id = saveProduct(core, null, {
        sku,
        name: `基准商品${n} 500ml`,
        brandId,
        shelfLifeDays: 365,
        units: [
          { name: '瓶', factor: 1, barcode: codes.bottle },
          { name: '盒', factor: 6, barcode: codes.box },
          { name: '箱', factor: 24, barcode: codes.case },
        ],
      });
      return { id, sku, ...codes };
    });
    return { core, clerk: actor('clerk'), owner: actor('owner'), brandId, warehouses, products };
  });
}
