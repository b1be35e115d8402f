// Text files from Chinese offices come in UTF-8 (with or without BOM), GBK/GB18030 (Excel's "CSV" on a Chinese
// Windows) or UTF-16 (Excel's "Unicode text"). Decide which by decoding, never by guessing from the file name.
import iconv from 'iconv-lite';
import { AppError } from '../shared/errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

// Control characters other than tab, LF and CR: no spreadsheet text has them; binary files do.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function checked(text: string, encoding: TextEncoding): { text: string; encoding: TextEncoding } {
  if (CONTROL.test(text) || text.includes('\uFFFD')) throw new AppError('IMPORT_ENCODING');
  return { text, encoding };
}

/**
 * Decodes a text file: a BOM decides; else strict UTF-8 (TextDecoder with fatal: a GBK file is never valid UTF-8
 * in practice); else GB18030 (a superset of GBK). Refuses anything that decodes to control characters or
 * replacement characters: a binary file, or an encoding we do not know.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(utf8(bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), 'utf-16be');
  if (bytes.includes(0)) throw new AppError('IMPORT_ENCODING');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return checked(text, 'utf-8');
  } catch (e) {
    if (e instanceof AppError) throw e;
  }
  return checked(iconv.decode(Buffer.from(bytes), 'gb18030'), 'gb18030');
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('IMPORT_ENCODING');
  }
}
