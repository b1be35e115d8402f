// Reads ESC/POS bytes back the way a receipt printer does: text rows (GB18030 in Chinese mode), the style each row
// was printed with, QR payloads, cuts and drawer pulses, with the raw bytes of each command. Anything it does not
// know is reported, never skipped silently, so a test sees a stray or broken command.
import iconv from 'iconv-lite';

export interface PrintedRow {
  text: string;
  align: 'left' | 'center' | 'right';
  bold: boolean;
  underline: boolean;
  width: number;
  height: number;
}

export type PrinterEvent =
  | { type: 'init' }
  | { type: 'chinese'; on: boolean }
  | { type: 'row'; row: PrintedRow }
  | { type: 'feed'; lines: number }
  | { type: 'qr'; data: string; model: number; size: number; ecc: string }
  | { type: 'cut'; mode: 'full' | 'partial'; feed: number; bytes: number[] }
  | { type: 'drawer'; pin: 2 | 5; onMs: number; offMs: number; bytes: number[] }
  | { type: 'status-request'; n: number }
  | { type: 'unknown'; bytes: number[] };

export interface Decoded {
  events: PrinterEvent[];
  /** Text of every printed row, in order. */
  lines: string[];
  rows: PrintedRow[];
  qr: string[];
  cuts: Extract<PrinterEvent, { type: 'cut' }>[];
  drawers: Extract<PrinterEvent, { type: 'drawer' }>[];
  /** Problems: unknown commands, bytes that are not valid GB18030, a command cut off at the end. */
  problems: string[];
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;

/** Fixed-length commands: prefix byte, command byte → total length. */
const FIXED: Record<number, Record<number, number>> = {
  [ESC]: { 0x40: 2, 0x61: 3, 0x45: 3, 0x47: 3, 0x2d: 3, 0x21: 3, 0x64: 3, 0x4a: 3, 0x32: 2, 0x33: 3, 0x74: 3, 0x4d: 3, 0x7b: 3, 0x20: 3, 0x24: 4, 0x5c: 4, 0x52: 3, 0x70: 5, 0x56: 3 },
  [GS]: { 0x21: 3, 0x61: 3, 0x42: 3, 0x4c: 4, 0x57: 4, 0x72: 3, 0x68: 3, 0x77: 3, 0x48: 3, 0x66: 3 },
  [FS]: { 0x26: 2, 0x2e: 2, 0x2d: 3, 0x21: 3, 0x43: 3, 0x53: 4 },
};

export function decodeEscPos(input: Uint8Array): Decoded {
  const b = input;
  const events: PrinterEvent[] = [];
  const problems: string[] = [];
  let chinese = false;
  let style: Omit<PrintedRow, 'text'> = { align: 'left', bold: false, underline: false, width: 1, height: 1 };
  let text: number[] = [];
  const qrStore: { model: number; size: number; ecc: string; data: Uint8Array | null } = { model: 2, size: 3, ecc: 'L', data: null };

  const flushRow = () => {
    const bytes = Buffer.from(text);
    text = [];
    const decoded = chinese ? iconv.decode(bytes, 'gb18030') : bytes.toString('latin1');
    if (decoded.includes('\ufffd')) problems.push(`bytes that are not GB18030: ${bytes.toString('hex')}`);
    events.push({ type: 'row', row: { text: decoded, ...style } });
  };

  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c === 0x0a) {
      flushRow();
      i += 1;
      continue;
    }
    if (c === 0x0d) {
      i += 1;
      continue;
    }
    if (c !== ESC && c !== GS && c !== FS && c !== DLE) {
      if (c < 0x20) {
        problems.push(`stray control byte 0x${c.toString(16)} at ${i}`);
        events.push({ type: 'unknown', bytes: [c] });
      } else text.push(c);
      i += 1;
      continue;
    }
    const op = b[i + 1];
    if (op === undefined) {
      problems.push(`command cut off at ${i}`);
      break;
    }
    if (c === DLE && op === 0x04) {
      events.push({ type: 'status-request', n: b[i + 2] ?? -1 });
      i += 3;
      continue;
    }
    // GS ( k: QR code functions, length-prefixed.
    if (c === GS && op === 0x28) {
      const pL = b[i + 3];
      const pH = b[i + 4];
      if (pL === undefined || pH === undefined) {
        problems.push(`GS ( cut off at ${i}`);
        break;
      }
      const len = pL + pH * 256;
      const end = i + 5 + len;
      if (end > b.length) {
        problems.push(`GS ( ${String.fromCharCode(b[i + 2]!)} cut off at ${i}`);
        break;
      }
      const body = b.subarray(i + 5, end);
      if (b[i + 2] === 0x6b && body[0] === 49) {
        const fn = body[1];
        if (fn === 65) qrStore.model = body[2]! - 48;
        else if (fn === 67) qrStore.size = body[2]!;
        else if (fn === 69) qrStore.ecc = ({ 48: 'L', 49: 'M', 50: 'Q', 51: 'H' } as Record<number, string>)[body[2]!] ?? '?';
        else if (fn === 80) qrStore.data = body.subarray(3);
        else if (fn === 81) {
          if (!qrStore.data) problems.push('QR print without stored data');
          else events.push({ type: 'qr', data: Buffer.from(qrStore.data).toString('utf8'), model: qrStore.model, size: qrStore.size, ecc: qrStore.ecc });
        } else problems.push(`unknown QR function ${fn}`);
      } else events.push({ type: 'unknown', bytes: [...b.subarray(i, end)] });
      i = end;
      continue;
    }
    // GS V: cut. Function A (m 0/1/48/49) has no n; function B (m 65/66) has one.
    if (c === GS && op === 0x56) {
      const m = b[i + 2];
      if (m === undefined) {
        problems.push(`GS V cut off at ${i}`);
        break;
      }
      const hasN = m === 65 || m === 66;
      const len = hasN ? 4 : 3;
      const bytes = [...b.subarray(i, i + len)];
      if (bytes.length < len) {
        problems.push(`GS V cut off at ${i}`);
        break;
      }
      const full = m === 0 || m === 48 || m === 65;
      events.push({ type: 'cut', mode: full ? 'full' : 'partial', feed: hasN ? bytes[3]! : 0, bytes });
      i += len;
      continue;
    }
    const len = FIXED[c]?.[op];
    if (len === undefined) {
      problems.push(`unknown command ${[c, op].map((x) => x.toString(16)).join(' ')} at ${i}`);
      events.push({ type: 'unknown', bytes: [c, op] });
      i += 2;
      continue;
    }
    if (i + len > b.length) {
      problems.push(`command ${c.toString(16)} ${op.toString(16)} cut off at ${i}`);
      break;
    }
    const args = [...b.subarray(i + 2, i + len)];
    const n = args[0] ?? 0;
    if (c === ESC && op === 0x40) {
      chinese = false;
      style = { align: 'left', bold: false, underline: false, width: 1, height: 1 };
      events.push({ type: 'init' });
    } else if (c === FS && op === 0x26) {
      chinese = true;
      events.push({ type: 'chinese', on: true });
    } else if (c === FS && op === 0x2e) {
      chinese = false;
      events.push({ type: 'chinese', on: false });
    } else if (c === ESC && op === 0x61) style.align = n === 1 || n === 49 ? 'center' : n === 2 || n === 50 ? 'right' : 'left';
    else if (c === ESC && op === 0x45) style.bold = (n & 1) === 1;
    else if (c === ESC && op === 0x2d) style.underline = n === 1 || n === 2 || n === 49 || n === 50;
    else if (c === GS && op === 0x21) style = { ...style, width: (n >> 4) + 1, height: (n & 0x0f) + 1 };
    else if (c === ESC && op === 0x64) {
      if (text.length) flushRow();
      events.push({ type: 'feed', lines: n });
    } else if (c === ESC && op === 0x70) {
      const [m, t1, t2] = args as [number, number, number];
      const pin = m === 0 || m === 48 ? 2 : m === 1 || m === 49 ? 5 : null;
      if (pin === null) problems.push(`ESC p with invalid pin ${m}`);
      else events.push({ type: 'drawer', pin, onMs: t1 * 2, offMs: Math.max(t1, t2) * 2, bytes: [c, op, ...args] });
    }
    // Other known commands (spacing, code page, margins, Kanji underline) change nothing a test checks.
    i += len;
  }
  if (text.length) problems.push(`text without a final line feed: ${Buffer.from(text).toString('hex')}`);

  const rows = events.flatMap((e) => (e.type === 'row' ? [e.row] : []));
  return {
    events,
    rows,
    lines: rows.map((r) => r.text),
    qr: events.flatMap((e) => (e.type === 'qr' ? [e.data] : [])),
    cuts: events.filter((e): e is Extract<PrinterEvent, { type: 'cut' }> => e.type === 'cut'),
    drawers: events.filter((e): e is Extract<PrinterEvent, { type: 'drawer' }> => e.type === 'drawer'),
    problems,
  };
}
