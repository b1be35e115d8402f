// Products (商品): create, update, status and reading one. `saveProduct` is the write itself, without a
// transaction of its own, so that an import can run it for many rows inside one.
import { eq } from 'drizzle-orm';
import { brands, categories, products } from '../../../db/schema';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { checkBarcodes } from './barcodes';
import { productRowsByIds, type ProductRow } from './product-rows';
import { productSearchText } from './product-text';
import { checkUnits, saveUnits, type UnitDraft } from './units';

export type ProductStatus = 'active' | 'inactive';

export interface ProductInput {
  sku: string;
  name: string;
  spec?: string;
  brandId?: string | null;
  categoryId?: string | null;
  shelfLifeDays?: number | null;
  status?: ProductStatus;
  units: UnitDraft[];
}

export function getProduct(core: Core, id: string): ProductRow {
  const [row] = productRowsByIds(core, [id]);
  if (!row) throw new AppError('PRODUCT_NOT_FOUND');
  return row;
}

export const productIdBySku = (core: Core, sku: string): string | undefined =>
  core.db.select({ id: products.id }).from(products).where(eq(products.sku, sku.trim())).get()?.id;

function brandName(core: Core, brandId: string | null): string | null {
  if (!brandId) return null;
  const row = core.db.select({ name: brands.name }).from(brands).where(eq(brands.id, brandId)).get();
  if (!row) throw fieldError('brandId', 'BRAND_NOT_FOUND');
  return row.name;
}

function checkCategory(core: Core, categoryId: string | null): void {
  if (categoryId && !core.db.select({ id: categories.id }).from(categories).where(eq(categories.id, categoryId)).get()) {
    throw fieldError('categoryId', 'CATEGORY_NOT_FOUND');
  }
}

function checkSkuFree(core: Core, id: string | null, sku: string): void {
  const other = core.db.select({ id: products.id, name: products.name }).from(products).where(eq(products.sku, sku)).get();
  if (other && other.id !== id) throw fieldError('sku', 'PRODUCT_SKU_TAKEN', { sku, product: other.name });
}

/**
 * Validates and writes one product with its units and barcodes (id null: a new product). Runs inside the caller's
 * transaction; throws before writing anything when the input breaks a rule. Returns the product id.
 */
export function saveProduct(core: Core, id: string | null, input: ProductInput): string {
  const now = core.now().toISOString();
  const sku = input.sku.trim();
  const name = input.name.trim();
  const brandId = input.brandId || null;
  const categoryId = input.categoryId || null;
  const old = id ? core.db.select({ status: products.status }).from(products).where(eq(products.id, id)).get() : null;
  if (id && !old) throw new AppError('PRODUCT_NOT_FOUND');

  checkSkuFree(core, id, sku);
  const brand = brandName(core, brandId);
  checkCategory(core, categoryId);
  const units = checkUnits(input.units);
  const codes = checkBarcodes(core, id, units.map((u) => u.barcode));
  const baseUnit = units.find((u) => u.factor === 1)?.name ?? '';

  const fields = {
    sku,
    name,
    spec: input.spec?.trim() ?? '',
    brandId,
    categoryId,
    baseUnit,
    shelfLifeDays: input.shelfLifeDays ?? null,
    status: input.status ?? old?.status ?? 'active',
    searchText: productSearchText({ name, sku, brandName: brand }),
    updatedAt: now,
  };
  const productId = id ?? newId();
  if (id) core.db.update(products).set(fields).where(eq(products.id, id)).run();
  else core.db.insert(products).values({ id: productId, ...fields, createdAt: now }).run();
  saveUnits(core, productId, units, codes);
  return productId;
}

const auditOf = (action: string) => (p: ProductRow) => ({
  action,
  entity: 'product',
  entityId: p.id,
  data: { sku: p.sku, name: p.name, status: p.status, units: p.units.map((u) => [u.name, u.factor, u.barcode]) },
});

export function createProduct(core: Core, actor: Actor, input: ProductInput): ProductRow {
  return mutate(core, actor, auditOf('products.create'), () => getProduct(core, saveProduct(core, null, input)));
}

export function updateProduct(core: Core, actor: Actor, input: ProductInput & { id: string }): ProductRow {
  return mutate(core, actor, auditOf('products.update'), () => getProduct(core, saveProduct(core, input.id, input)));
}

export function setProductStatus(core: Core, actor: Actor, input: { id: string; status: ProductStatus }): ProductRow {
  return mutate(core, actor, auditOf('products.setStatus'), () => {
    const res = core.db
      .update(products)
      .set({ status: input.status, updatedAt: core.now().toISOString() })
      .where(eq(products.id, input.id))
      .run();
    if (res.changes === 0) throw new AppError('PRODUCT_NOT_FOUND');
    return getProduct(core, input.id);
  });
}
