// The few queries a scan needs, prepared once per database handle: a scanner fires many times a second and
// preparing a statement costs more than running it.
import type { Sqlite } from '../../../db/open';
import type { ScanProduct, ScanUnit } from './types';

interface ProductColumns {
  productId: string;
  sku: string;
  name: string;
  spec: string;
  baseUnit: string;
  status: 'active' | 'inactive';
}

export interface BarcodeRow extends ProductColumns {
  code: string;
  unitId: string;
  unitName: string;
  factor: number;
}

export interface TraceRow extends ProductColumns {
  code: string;
  level: 'case' | 'box' | 'item';
  parentCode: string | null;
  batch: string | null;
  producedOn: string | null;
  expiresOn: string | null;
  unitId: string | null;
  unitName: string | null;
  factor: number | null;
}

const PRODUCT = `p.id AS productId, p.sku, p.name, p.spec, p.base_unit AS baseUnit, p.status`;
const BARCODE = `SELECT b.code, ${PRODUCT}, u.id AS unitId, u.name AS unitName, u.factor
  FROM barcodes b JOIN products p ON p.id = b.product_id JOIN product_units u ON u.id = b.unit_id`;

/** Spellings of one GTIN the variants query takes at once; shorter lists are padded with their first entry. */
export const SPELLINGS = 4;

export interface ScanLookups {
  /** The barcode stored exactly as given. */
  barcode(code: string): BarcodeRow | undefined;
  /** The barcode stored as any of up to SPELLINGS spellings. */
  barcodeAny(spellings: readonly string[]): BarcodeRow | undefined;
  trace(code: string): TraceRow | undefined;
}

function prepare(sqlite: Sqlite): ScanLookups {
  const exact = sqlite.prepare<[string], BarcodeRow>(`${BARCODE} WHERE b.code = ?`);
  const any = sqlite.prepare<string[], BarcodeRow>(
    `${BARCODE} WHERE b.code IN (${Array(SPELLINGS).fill('?').join(', ')}) ORDER BY b.code LIMIT 1`,
  );
  const trace = sqlite.prepare<[string], TraceRow>(
    `SELECT t.code, t.level, t.parent_code AS parentCode, t.batch, t.produced_on AS producedOn,
       t.expires_on AS expiresOn, ${PRODUCT}, u.id AS unitId, u.name AS unitName, u.factor
     FROM trace_codes t JOIN products p ON p.id = t.product_id LEFT JOIN product_units u ON u.id = t.unit_id
     WHERE t.code = ?`,
  );
  return {
    barcode: (code) => exact.get(code),
    barcodeAny: (spellings) => {
      if (spellings.length === 0 || spellings.length > SPELLINGS) throw new RangeError(`1..${SPELLINGS} spellings`);
      const args = Array.from({ length: SPELLINGS }, (_, i) => spellings[i] ?? spellings[0]!);
      return any.get(...args);
    },
    trace: (code) => trace.get(code),
  };
}

// Keyed by the handle, so a closed and garbage-collected database takes its statements with it.
const cache = new WeakMap<Sqlite, ScanLookups>();

export function scanLookups(sqlite: Sqlite): ScanLookups {
  let lookups = cache.get(sqlite);
  if (!lookups) {
    lookups = prepare(sqlite);
    cache.set(sqlite, lookups);
  }
  return lookups;
}

export const productOf = (row: ProductColumns): ScanProduct => ({
  id: row.productId,
  sku: row.sku,
  name: row.name,
  spec: row.spec,
  baseUnit: row.baseUnit,
  status: row.status,
});

export function unitOf(row: { unitId: string | null; unitName: string | null; factor: number | null }): ScanUnit | null {
  if (row.unitId === null || row.unitName === null || row.factor === null) return null;
  return { id: row.unitId, name: row.unitName, factor: row.factor };
}
