// GTIN family (EAN-8, UPC-A, EAN-13, GTIN-14) check digits: the mod-10 weights 3,1,3,… from the right.
import { AppError } from '../shared/errors';

const GTIN_LENGTHS = new Set([8, 12, 13, 14]);

/** The check digit for the digits before it. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, w = 3; i >= 0; i--, w = w === 3 ? 1 : 3) sum += Number(body[i]) * w;
  return (10 - (sum % 10)) % 10;
}

export const isGtinShaped = (code: string): boolean => /^\d+$/.test(code) && GTIN_LENGTHS.has(code.length);

/** Throws a translated error unless code is a GTIN with a correct check digit. */
export function assertGtin(code: string): void {
  if (!isGtinShaped(code)) throw new AppError('BARCODE_FORMAT', { code });
  const expected = gtinCheckDigit(code.slice(0, -1));
  const actual = Number(code.at(-1));
  if (expected !== actual) throw new AppError('BARCODE_CHECK_DIGIT', { code, expected, actual });
}

/** GTIN-14 form (left-padded with zeros) so that a UPC-A, its EAN-13 and GTIN-14 spellings meet. */
export const toGtin14 = (code: string): string => code.padStart(14, '0');

/**
 * Every spelling of one GTIN that a barcode table might hold: GTIN-14, and the EAN-13, UPC-A (12) and EAN-8 forms
 * when the digits dropped are leading zeros. A UPC-A 036000291452 is EAN-13 0036000291452 and GTIN-14
 * 00036000291452: a scan of any of them must find a barcode stored as any other.
 */
export function gtinSpellings(code: string): string[] {
  const g14 = toGtin14(code);
  const out = [g14];
  for (const len of [13, 12, 8]) if (/^0+$/.test(g14.slice(0, 14 - len))) out.push(g14.slice(14 - len));
  return out;
}
