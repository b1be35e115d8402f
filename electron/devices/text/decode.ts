// Bytes from a scanner to text. Barcodes are ASCII, but QR codes may carry 汉字, and Chinese scanners send those as
// GB18030 unless set to UTF-8. `auto` tries UTF-8 strictly first: GB18030 汉字 are almost never valid UTF-8
// (a lead byte 0x81–0xFE followed by 0x40–0xFE rarely forms a UTF-8 sequence), so valid UTF-8 is taken as such.
import iconv from 'iconv-lite';
import type { ScanEncoding } from '../../core/devices/scanner-config';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeScanBytes(bytes: Uint8Array, encoding: ScanEncoding = 'auto'): string {
  if (encoding === 'gb18030') return iconv.decode(Buffer.from(bytes), 'gb18030');
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (isAscii(bytes)) return String.fromCharCode(...bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b > 0x7f) return false;
  return true;
}
