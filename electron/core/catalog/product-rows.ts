// Reading products for screens, pickers and exports: one query for the products, one for all their units with
// barcodes, grouped in memory. No query per product, so 50,000 rows load in well under a second.
import type { Core } from '../shared/context';
import { prepared } from './statements';

export interface ProductUnitView {
  id: string;
  name: string;
  factor: number;
  barcode: string | null;
}

export interface ProductRow {
  id: string;
  sku: string;
  name: string;
  spec: string;
  brandId: string | null;
  brandName: string | null;
  categoryId: string | null;
  categoryName: string | null;
  baseUnit: string;
  shelfLifeDays: number | null;
  status: 'active' | 'inactive';
  /** What search matches (name, SKU, brand, pinyin initials and full pinyin), for filtering on screen. */
  searchText: string;
  createdAt: string;
  updatedAt: string;
  /** Smallest factor first: the base unit, then 盒, then 箱. */
  units: ProductUnitView[];
}

export const PRODUCT_COLUMNS = `p.id, p.sku, p.name, p.spec, p.brand_id AS brandId, b.name AS brandName,
  p.category_id AS categoryId, c.name AS categoryName, p.base_unit AS baseUnit, p.shelf_life_days AS shelfLifeDays,
  p.status, p.search_text AS searchText, p.created_at AS createdAt, p.updated_at AS updatedAt`;
export const PRODUCT_FROM = `products p LEFT JOIN brands b ON b.id = p.brand_id LEFT JOIN categories c ON c.id = p.category_id`;

interface UnitRow extends ProductUnitView {
  productId: string;
}

const UNIT_SELECT = `SELECT u.product_id AS productId, u.id, u.name, u.factor, bc.code AS barcode
  FROM product_units u LEFT JOIN barcodes bc ON bc.product_id = u.product_id AND bc.unit_id = u.id`;

/** Units (with their barcode) of the given products, or of every product when ids is null. */
function unitsOf(core: Core, ids: readonly string[] | null): Map<string, ProductUnitView[]> {
  const rows = (
    ids === null
      ? prepared(core, UNIT_SELECT).all()
      : prepared(core, `${UNIT_SELECT} WHERE u.product_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids))
  ) as UnitRow[];
  const out = new Map<string, ProductUnitView[]>();
  for (const r of rows) {
    let list = out.get(r.productId);
    if (!list) out.set(r.productId, (list = []));
    // The schema allows several codes per unit; a unit shows one (the form edits one).
    if (list.some((u) => u.id === r.id)) continue;
    list.push({ id: r.id, name: r.name, factor: r.factor, barcode: r.barcode });
  }
  for (const list of out.values()) list.sort((a, b) => a.factor - b.factor);
  return out;
}

type BareRow = Omit<ProductRow, 'units'>;

/** Adds units to product rows. `all` says the rows are the whole table, so units need no id filter. */
export function withUnits(core: Core, rows: BareRow[], all = false): ProductRow[] {
  if (rows.length === 0) return [];
  const units = unitsOf(core, all ? null : rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, units: units.get(r.id) ?? [] }));
}

/** Full rows for the given ids, in the order given; unknown ids are skipped. */
export function productRowsByIds(core: Core, ids: readonly string[]): ProductRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(core, `SELECT ${PRODUCT_COLUMNS} FROM ${PRODUCT_FROM} WHERE p.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as BareRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return withUnits(core, ids.map((id) => byId.get(id)).filter((r): r is BareRow => !!r));
}
