// Reading products for screens, pickers and exports: one query for the products, one for all their units with
// barcodes, grouped in memory: no query per product, whatever the number of rows.
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
  createdAt: string;
  updatedAt: string;
  /** Smallest factor first: the base unit, then 盒, then 箱. */
  units: ProductUnitView[];
}

export const PRODUCT_COLUMNS = `p.id, p.sku, p.name, p.spec, p.brand_id AS brandId, b.name AS brandName,
  p.category_id AS categoryId, c.name AS categoryName, p.base_unit AS baseUnit, p.shelf_life_days AS shelfLifeDays,
  p.status, p.created_at AS createdAt, p.updated_at AS updatedAt`;
export const PRODUCT_FROM = `products p LEFT JOIN brands b ON b.id = p.brand_id LEFT JOIN categories c ON c.id = p.category_id`;

const UNIT_SELECT = `SELECT u.product_id, u.id, u.name, u.factor, bc.code
  FROM product_units u LEFT JOIN barcodes bc ON bc.product_id = u.product_id AND bc.unit_id = u.id`;

type UnitTuple = [productId: string, id: string, name: string, factor: number, barcode: string | null];

/** Units (with their barcode) of the given products, or of every product when ids is null. */
function unitsOf(core: Core, ids: readonly string[] | null): Map<string, ProductUnitView[]> {
  // Tuples, not objects: 100,000+ unit rows for a full list, where object rows cost twice the time.
  const rows = (
    ids === null
      ? prepared(core, UNIT_SELECT).raw().all()
      : prepared(core, `${UNIT_SELECT} WHERE u.product_id IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify(ids))
  ) as UnitTuple[];
  const out = new Map<string, ProductUnitView[]>();
  let lastUnit = '';
  for (const [productId, id, name, factor, barcode] of rows) {
    // The schema allows several codes per unit (rows arrive together); a unit shows one, as the form edits one.
    if (id === lastUnit) continue;
    lastUnit = id;
    const unit = { id, name, factor, barcode };
    const list = out.get(productId);
    if (list) list.push(unit);
    else out.set(productId, [unit]);
  }
  for (const list of out.values()) if (list.length > 1) list.sort((a, b) => a.factor - b.factor);
  return out;
}

type BareRow = Omit<ProductRow, 'units'>;

/** Adds units to product rows. `all` says the rows are the whole table, so units need no id filter. */
export function withUnits(core: Core, rows: BareRow[], all = false): ProductRow[] {
  if (rows.length === 0) return [];
  const units = unitsOf(core, all ? null : rows.map((r) => r.id));
  // Attached in place: copying 50,000 rows of 14 fields would double the time of a full list.
  for (const r of rows) (r as ProductRow).units = units.get(r.id) ?? [];
  return rows as ProductRow[];
}

/** Full rows for the given ids, in the order given; unknown ids are skipped. */
export function productRowsByIds(core: Core, ids: readonly string[]): ProductRow[] {
  return rowsInOrder(core, 'p.id', ids).map(([, row]) => row);
}

/**
 * Full rows by SQLite rowid, in the order given, each with its rowid: search ranks over a covering index that
 * holds rowids, not ids. Rowids are only good within one call (a table rebuild renumbers them).
 */
export function productRowsByRowids(core: Core, rowids: readonly number[]): [number, ProductRow][] {
  return rowsInOrder(core, 'p.rowid', rowids);
}

function rowsInOrder<K extends string | number>(core: Core, key: 'p.id' | 'p.rowid', keys: readonly K[]): [K, ProductRow][] {
  if (keys.length === 0) return [];
  const rows = prepared(core, `SELECT ${key} AS k, ${PRODUCT_COLUMNS} FROM ${PRODUCT_FROM} WHERE ${key} IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(keys),
  ) as (BareRow & { k: K })[];
  const byKey = new Map(rows.map(({ k, ...r }) => [k, r]));
  const found = keys.filter((k) => byKey.has(k));
  const full = withUnits(core, found.map((k) => byKey.get(k) as BareRow));
  return full.map((row, i) => [found[i] as K, row]);
}
