// Turning one raw scan into what it names: a product and unit, a trace code, one of our documents, or a code we do
// not know (with an offer to create the product when it is a valid GTIN).
//
// Order, cheapest and most certain first:
//   1. `DMS:` → our document (doc-qr.ts).
//   2. A GS1 symbology identifier (]C1 ]d2 ]Q3 ]e0 ]J1) → a GS1 element string (gs1.ts).
//   3. 8/12/13/14 digits → a GTIN: the barcode in any spelling; else a trace code of that shape; else refused when
//      the check digit is wrong, or unknown.
//   4. Anything else: a trace code as scanned; else data that can only be an element string (bracketed, with
//      separators, or AI 00/01/02 with its full data) → GS1; else a non-GTIN barcode; else unknown.
import { AppError } from '../shared/errors';
import type { Core } from '../shared/context';
import { cleanScan } from './aim';
import { isDocQr, parseDocQr } from './doc-qr';
import { yearIn } from './gs1-date';
import { looksLikeGs1, parseGs1, toBracketed, type Gs1Data, type Gs1Options } from './gs1';
import { gtinCheckDigit, gtinSpellings, isGtinShaped, toGtin14 } from './gtin';
import { productOf, scanLookups, unitOf, type BarcodeRow, type ScanLookups, type TraceRow } from './lookup';
import type { ScanDetails, ScanResolution } from './types';

export interface ResolveOptions {
  /** Extra characters or tokens the site's scanners send for GS (see DEFAULT_GS_SUBSTITUTES). */
  gsSubstitutes?: readonly string[];
}

const NO_DETAILS: ScanDetails = { batch: null, producedOn: null, expiresOn: null, serial: null, quantity: null, gs1: [] };

export function resolveScan(core: Core, raw: string, opts: ResolveOptions = {}): ScanResolution {
  const scan = cleanScan(raw);
  if (scan.body === '') throw new AppError('SCAN_EMPTY');
  const look = scanLookups(core.sqlite);
  if (isDocQr(scan.body)) return { kind: 'document', code: scan.body, ...parseDocQr(scan.body) };

  // The year only matters for GS1 dates, so it is worked out only for them.
  const gs1Options = (): Gs1Options => ({
    currentYear: yearIn(core.timeZone, core.now()),
    gsSubstitutes: opts.gsSubstitutes,
  });
  if (scan.gs1) return resolveGs1(look, scan.body, gs1Options());
  if (isGtinShaped(scan.body)) return resolveGtin(look, scan.body);

  const trace = look.trace(scan.body);
  if (trace) return traceResult(trace, NO_DETAILS);
  if (/^[(\d]/.test(scan.body)) {
    const options = gs1Options();
    if (looksLikeGs1(scan.body, options)) return resolveGs1(look, scan.body, options);
  }
  const barcode = look.barcode(scan.body);
  if (barcode) return productResult(barcode, NO_DETAILS);
  return unknown(scan.body, null, NO_DETAILS);
}

/** A plain EAN-8, UPC-A, EAN-13 or GTIN-14. */
function resolveGtin(look: ScanLookups, code: string): ScanResolution {
  const expected = gtinCheckDigit(code.slice(0, -1));
  const actual = Number(code.at(-1));
  if (expected === actual) {
    const row = look.barcode(code) ?? look.barcodeAny(gtinSpellings(code));
    if (row) return productResult(row, NO_DETAILS);
  }
  // Some trace codes are 12–14 digits and need not carry a GTIN check digit.
  const trace = look.trace(code);
  if (trace) return traceResult(trace, NO_DETAILS);
  if (expected !== actual) throw new AppError('BARCODE_CHECK_DIGIT', { code, expected, actual });
  return unknown(code, toGtin14(code), NO_DETAILS);
}

function resolveGs1(look: ScanLookups, body: string, options: Gs1Options): ScanResolution {
  const data = parseGs1(body, options);
  const details = detailsOf(data);
  for (const candidate of traceCandidates(body, data)) {
    const trace = look.trace(candidate);
    if (trace) return traceResult(trace, details);
  }
  const gtin = data.gtin ?? data.contentGtin;
  if (gtin === null) return unknown(toBracketed(data.elements), null, details);
  const row = look.barcodeAny(gtinSpellings(gtin));
  if (row) return productResult(row, details);
  // Offer the spelling printed under a consumer unit's bars: EAN-13 when the GTIN-14 starts with 0.
  return unknown(gtin.startsWith('0') ? gtin.slice(1) : gtin, gtin, details);
}

/**
 * A trace code may be printed as a GS1 code: an SSCC (AI 00) on a case or pallet, or GTIN + serial (01 + 21) on
 * an item. The brand's shipment may list it as scanned, as the SSCC, in bracketed form, or as the bare serial.
 */
function traceCandidates(body: string, data: Gs1Data): string[] {
  const out = [body];
  if (data.sscc) out.push(data.sscc);
  if (data.gtin && data.serial) out.push(`(01)${data.gtin}(21)${data.serial}`);
  if (data.serial) out.push(data.serial);
  return out;
}

function detailsOf(data: Gs1Data): ScanDetails {
  return {
    batch: data.batch,
    producedOn: data.producedOn,
    expiresOn: data.expiresOn ?? data.bestBefore,
    serial: data.serial,
    quantity: data.count ?? data.tradeItemCount,
    gs1: data.elements.map(({ ai, value }) => ({ ai, value })),
  };
}

function productResult(row: BarcodeRow, details: ScanDetails): ScanResolution {
  return {
    kind: 'product',
    code: row.code,
    gtin: isGtinShaped(row.code) ? toGtin14(row.code) : null,
    product: productOf(row),
    unit: { id: row.unitId, name: row.unitName, factor: row.factor },
    ...details,
  };
}

/** The trace code's own record wins over what its label says; the label fills what the record lacks. */
function traceResult(row: TraceRow, details: ScanDetails): ScanResolution {
  return {
    kind: 'trace',
    code: row.code,
    level: row.level,
    parentCode: row.parentCode,
    product: productOf(row),
    unit: unitOf(row),
    ...details,
    batch: row.batch ?? details.batch,
    producedOn: row.producedOn ?? details.producedOn,
    expiresOn: row.expiresOn ?? details.expiresOn,
  };
}

function unknown(code: string, gtin: string | null, details: ScanDetails): ScanResolution {
  const canCreateProduct = gtin !== null;
  return {
    kind: 'unknown',
    code,
    gtin,
    canCreateProduct,
    hint: { code: canCreateProduct ? 'SCAN_UNKNOWN' : 'SCAN_NOT_RECOGNISED', params: { code } },
    ...details,
  };
}
