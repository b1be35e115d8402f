// ESC/POS commands, byte for byte as the Epson ESC/POS reference gives them. Chinese printers (Xprinter, Gprinter,
// Sunmi, HPRT) follow the same codes. Each function returns the bytes of one command.
export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const LF = 0x0a;

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

/** ESC @: initialize (clears the buffer and every mode left by a previous job). */
export const initialize = () => bytes(ESC, 0x40);

/** FS &: Chinese (Kanji) character mode, so bytes 0x81–0xFE start a 2- or 4-byte GB18030 character. */
export const chineseModeOn = () => bytes(FS, 0x26);

/** FS .: back to single-byte characters. */
export const chineseModeOff = () => bytes(FS, 0x2e);

/** ESC a n: 0 left, 1 centre, 2 right. Takes effect at the start of a line. */
export const align = (a: 'left' | 'center' | 'right') => bytes(ESC, 0x61, a === 'left' ? 0 : a === 'center' ? 1 : 2);

/** ESC E n: emphasized (bold), for ASCII and 汉字 alike. */
export const bold = (on: boolean) => bytes(ESC, 0x45, on ? 1 : 0);

/** ESC - n and FS - n: underline for ASCII and for 汉字 (Chinese mode keeps its own underline setting). */
export const underline = (on: boolean) => bytes(ESC, 0x2d, on ? 1 : 0, FS, 0x2d, on ? 1 : 0);

/** GS ! n: character size, width multiplier in the high nibble and height in the low one (0 = ×1, 1 = ×2). */
export const size = (width: 1 | 2, height: 1 | 2) => bytes(GS, 0x21, ((width - 1) << 4) | (height - 1));

/** ESC d n: print the buffer and feed n lines. */
export const feedLines = (n: number) => bytes(ESC, 0x64, clamp(n, 0, 255));

/**
 * GS V m n (function B): feed to the cutting position plus n dots, then cut; m 65 full, 66 partial. Function B
 * feeds past the cutter by itself, so the last printed line is never cut off.
 */
export const cut = (mode: 'partial' | 'full', feedDots = 0) => bytes(GS, 0x56, mode === 'full' ? 65 : 66, clamp(feedDots, 0, 255));

/**
 * ESC p m t1 t2: drawer kick pulse on connector pin 2 (m = 0) or pin 5 (m = 1), on for t1 × 2 ms and off for
 * t2 × 2 ms. All five bytes are required: libraries that send "ESC p 0" alone, or the ASCII digits of the times,
 * leave the printer waiting for t1 and t2 and swallowing the next two bytes of the receipt.
 */
export const drawerKick = (pin: 2 | 5, t1: number, t2: number) => bytes(ESC, 0x70, pin === 2 ? 0 : 1, clamp(t1, 0, 255), clamp(t2, 0, 255));

/** QR code with GS ( k (cn 49): model 2, module size, error correction, store the data, print it. */
export function qrCode(data: Uint8Array, moduleSize: number, ecc: 'L' | 'M' | 'Q' | 'H'): Uint8Array {
  const stored = data.length + 3;
  if (stored > 0xffff) throw new RangeError('QR data too long');
  const eccByte = { L: 48, M: 49, Q: 50, H: 51 }[ecc];
  const out = new Uint8Array(9 + 8 + 8 + 8 + data.length + 8);
  let i = 0;
  const put = (...b: number[]) => {
    out.set(b, i);
    i += b.length;
  };
  put(GS, 0x28, 0x6b, 4, 0, 49, 65, 50, 0); // fn 65: select model 2
  put(GS, 0x28, 0x6b, 3, 0, 49, 67, clamp(moduleSize, 1, 16)); // fn 67: module size in dots
  put(GS, 0x28, 0x6b, 3, 0, 49, 69, eccByte); // fn 69: error correction level
  put(GS, 0x28, 0x6b, stored & 0xff, stored >> 8, 49, 80, 48); // fn 80: store data (pL pH = k + 3)
  out.set(data, i);
  i += data.length;
  put(GS, 0x28, 0x6b, 3, 0, 49, 81, 48); // fn 81: print the stored symbol
  return out.subarray(0, i);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, Math.round(n)));
}
