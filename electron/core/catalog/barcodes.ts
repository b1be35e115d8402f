// Barcodes on packaging units: GTIN check digits and who already uses a code (in any spelling, see gtinSpellings).
import type { Core } from '../shared/context';
import { assertGtin, gtinSpellings } from '../scan/gtin';
import { atField, fieldError } from '../imports/field-error';
import { prepared } from './statements';

/** Scanners and spreadsheets add spaces or dashes; people read them; the code is the digits. */
export const normalizeBarcode = (raw: string): string => raw.replace(/[\s-]/g, '');

export interface BarcodeOwner {
  code: string;
  productId: string;
  productName: string;
  unitId: string;
}

/** The product (if any) that holds any spelling of code. */
export function barcodeOwner(core: Core, code: string): BarcodeOwner | undefined {
  const spellings = gtinSpellings(code);
  return prepared(
    core,
    `SELECT b.code, b.product_id AS productId, p.name AS productName, b.unit_id AS unitId
       FROM barcodes b JOIN products p ON p.id = b.product_id
      WHERE b.code IN (SELECT value FROM json_each(?)) LIMIT 1`,
  ).get(JSON.stringify(spellings)) as BarcodeOwner | undefined;
}

/**
 * Checks the barcodes of a product's units: a valid GTIN, not twice on the product, not on another product.
 * Returns the normalized code per unit (null where none). Errors name the field `units.<i>.barcode`.
 */
export function checkBarcodes(core: Core, productId: string | null, barcodes: readonly (string | null | undefined)[]): (string | null)[] {
  const seen = new Map<string, number>();
  return barcodes.map((raw, i) => {
    const field = `units.${i}.barcode`;
    const code = raw ? normalizeBarcode(raw) : '';
    if (code === '') return null;
    atField(field, () => assertGtin(code));
    const key = code.padStart(14, '0');
    if (seen.has(key)) throw fieldError(field, 'BARCODE_DUPLICATE', { code });
    seen.set(key, i);
    const owner = barcodeOwner(core, code);
    if (owner && owner.productId !== productId) throw fieldError(field, 'BARCODE_TAKEN', { code, product: owner.productName });
    return code;
  });
}
