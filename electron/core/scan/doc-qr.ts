// The QR code printed on our own documents (pick lists, delivery notes, receipts), so that scanning one opens it.
//
// Format: `DMS:<document number>`, where a document number is `<PREFIX>-<YYYYMMDD>-<NNNN>`:
//   PREFIX    2–4 capital letters naming the document type (SO sales order, PO purchase order, …),
//   YYYYMMDD  the business date the number was issued on,
//   NNNN      the day's sequence for that prefix, at least four digits (zero-padded; more when a day needs it).
// Example: `DMS:SO-20261122-0007`. Only ASCII capitals, digits, ':' and '-' are used, so it fits QR's alphanumeric
// mode (a smaller symbol) and survives a keyboard wedge; the scan is read case-insensitively in case Caps Lock was
// on. Document numbers are unique per distributor, which is the only scope a scan happens in.
import { AppError } from '../shared/errors';
import { lastDayOfMonth } from '../shared/dates';

export const DOC_QR_SCHEME = 'DMS:';

const DOC_NUMBER = /^([A-Z]{2,4})-(\d{4})(\d{2})(\d{2})-(\d{4,})$/;

export interface DocNumber {
  /** The number as printed, e.g. SO-20261122-0007. */
  number: string;
  prefix: string;
  /** Business date of issue, YYYY-MM-DD. */
  date: string;
  seq: number;
}

/** Parses a document number; null when it is not one (wrong shape or impossible date). */
export function parseDocNumber(text: string): DocNumber | null {
  const m = DOC_NUMBER.exec(text);
  if (!m) return null;
  const [prefix, y, mo, d, seq] = m.slice(1) as [string, string, string, string, string];
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(Number(y), month)) return null;
  return { number: text, prefix, date: `${y}-${mo}-${d}`, seq: Number(seq) };
}

/** The QR content for a document number; throws SCAN_DOC_MALFORMED for something that is not one. */
export function docQr(number: string): string {
  if (!parseDocNumber(number)) throw new AppError('SCAN_DOC_MALFORMED', { code: number });
  return `${DOC_QR_SCHEME}${number}`;
}

export const isDocQr = (text: string): boolean => text.slice(0, DOC_QR_SCHEME.length).toUpperCase() === DOC_QR_SCHEME;

/** Reads a scanned document QR code (isDocQr true); throws SCAN_DOC_MALFORMED when the rest is not a number. */
export function parseDocQr(text: string): DocNumber {
  const doc = parseDocNumber(text.slice(DOC_QR_SCHEME.length).trim().toUpperCase());
  if (!doc) throw new AppError('SCAN_DOC_MALFORMED', { code: text });
  return doc;
}
