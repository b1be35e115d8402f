// Money is integer fen everywhere. This is the one module that turns text into fen and fen into text, and the one
// place rounding (half up, away from zero, to the fen) lives.
import { AppError } from './errors';

const MONEY_RE = /^([+-])?(\d{1,13})(?:\.(\d{0,}))?$/;

/**
 * Parses a yuan amount written by a person or a file ("12.5", "¥1,280.00", "-3") into integer fen, rounding
 * half up (away from zero) on the third decimal: 1.005 → 101, -1.005 → -101. Works on the decimal digits, never
 * on a float, so 1.005 does not become 1.00499….
 */
export function parseYuan(input: string | number): number {
  const text = typeof input === 'number' ? numberToPlain(input) : input;
  const cleaned = text.trim().replace(/^[¥￥]/, '').replace(/,/g, '').replace(/^([+-])[¥￥]/, '$1');
  const m = MONEY_RE.exec(cleaned);
  if (!m) throw new AppError('MONEY_FORMAT', { value: String(input) });
  const sign = m[1] === '-' ? -1 : 1;
  const whole = Number(m[2]);
  const decimals = (m[3] ?? '').padEnd(3, '0');
  const cents = Number(decimals.slice(0, 2));
  const roundUp = Number(decimals[2]) >= 5 ? 1 : 0;
  const fen = whole * 100 + cents + roundUp;
  return sign * fen === 0 ? 0 : sign * fen;
}

/** A JS number as the decimal text it was written as (avoids exponent notation for small/large values). */
function numberToPlain(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Formats fen as yuan with two decimals: 128000 → "1280.00"; with grouping → "1,280.00". */
export function formatYuan(fen: number, opts: { grouping?: boolean; symbol?: boolean } = {}): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  const whole = opts.grouping ? yuan.toLocaleString('en-US') : String(yuan);
  return `${sign}${opts.symbol ? '¥' : ''}${whole}.${rest}`;
}

/** Rounds a rational fen amount half up (away from zero) to whole fen: for rates and proportional splits. */
export function roundFen(value: number): number {
  const r = Math.sign(value) * Math.round(Math.abs(value) + Number.EPSILON * Math.abs(value));
  return r === 0 ? 0 : r;
}

/** fen × numerator / denominator, rounded half up, computed in integers where it fits. */
export function mulDiv(fen: number, numerator: number, denominator: number): number {
  assertFen(fen);
  const big = (BigInt(fen) * BigInt(numerator) * 2n) / BigInt(denominator);
  // big = 2·x truncated toward zero; half up away from zero = (2x + sign) / 2 truncated.
  const rounded = (big + (big >= 0n ? 1n : -1n)) / 2n;
  return Number(rounded);
}

/**
 * Splits total fen over weights so that the parts sum exactly to total (largest remainder): an order discount
 * spread over its lines.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertFen(total);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const sign = total < 0 ? -1 : 1;
  const abs = Math.abs(total);
  const exact = weights.map((w) => (BigInt(abs) * BigInt(w)));
  const parts = exact.map((x) => Number(x / BigInt(sum)));
  const remainders = exact.map((x, i) => ({ i, r: Number(x % BigInt(sum)) }));
  let left = abs - parts.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts.map((p) => (p === 0 ? 0 : sign * p));
}

export function assertFen(value: number): void {
  if (!Number.isSafeInteger(value)) throw new AppError('MONEY_FORMAT', { value: String(value) });
}
