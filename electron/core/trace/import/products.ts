// Products named by a code file: by barcode (GTIN, any spelling, any packaging level) or by product code (SKU),
// looked up once per distinct value. Also each product's units, to give a case or box the unit its contents fill.
import type { Core } from '../../shared/context';
import { gtinCheckDigit, gtinSpellings, isGtinShaped } from '../../scan/gtin';
import { prepared } from '../statements';

export interface FileProduct {
  id: string;
  shelfLifeDays: number | null;
  /** Unit id by factor (the first by name when two units share a factor). */
  unitsByFactor: Map<number, string>;
  factorOfUnit: Map<string, number>;
}

export type GtinResult = { productIdx: number; unitId: string } | 'invalid' | 'unknown';

/** Products met in one file, numbered in the order they were met (the registry stores the number). */
export class ProductTable {
  readonly list: FileProduct[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byGtin = new Map<string, GtinResult>();
  private readonly bySku = new Map<string, number | null>();

  constructor(private readonly core: Core) {}

  /** The product's number, or null when no product has this id. */
  idx(productId: string): number | null {
    const known = this.byId.get(productId);
    if (known !== undefined) return known;
    const row = prepared(this.core.sqlite, 'SELECT id, shelf_life_days FROM products WHERE id = ?').get(productId) as
      | { id: string; shelf_life_days: number | null }
      | undefined;
    if (!row) return null;
    const units = prepared(this.core.sqlite, 'SELECT id, factor FROM product_units WHERE product_id = ? ORDER BY name').all(
      productId,
    ) as { id: string; factor: number }[];
    const product: FileProduct = { id: row.id, shelfLifeDays: row.shelf_life_days, unitsByFactor: new Map(), factorOfUnit: new Map() };
    for (const u of units) {
      if (!product.unitsByFactor.has(u.factor)) product.unitsByFactor.set(u.factor, u.id);
      product.factorOfUnit.set(u.id, u.factor);
    }
    this.list.push(product);
    this.byId.set(productId, this.list.length - 1);
    return this.list.length - 1;
  }

  byBarcode(gtin: string): GtinResult {
    let r = this.byGtin.get(gtin);
    if (r === undefined) {
      r = this.lookupGtin(gtin);
      this.byGtin.set(gtin, r);
    }
    return r;
  }

  byProductCode(sku: string): number | null {
    let r = this.bySku.get(sku);
    if (r === undefined) {
      const row = prepared(this.core.sqlite, 'SELECT id FROM products WHERE sku = ?').get(sku) as { id: string } | undefined;
      r = row ? this.idx(row.id) : null;
      this.bySku.set(sku, r);
    }
    return r;
  }

  private lookupGtin(gtin: string): GtinResult {
    if (!isGtinShaped(gtin) || gtinCheckDigit(gtin.slice(0, -1)) !== Number(gtin.at(-1))) return 'invalid';
    const row = prepared(
      this.core.sqlite,
      'SELECT product_id, unit_id FROM barcodes WHERE code IN (SELECT value FROM json_each(?)) LIMIT 1',
    ).get(JSON.stringify(gtinSpellings(gtin))) as { product_id: string; unit_id: string } | undefined;
    if (!row) return 'unknown';
    const productIdx = this.idx(row.product_id);
    return productIdx === null ? 'unknown' : { productIdx, unitId: row.unit_id };
  }
}
