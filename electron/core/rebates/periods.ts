// Rebate periods by business date: a month '2026-03', a quarter '2026-Q1' or a year '2026', each with its first
// and last day (inclusive). Business dates are already in the distributor's time zone, so these are plain dates.
import type { REBATE_PERIOD_KINDS } from '../../../db/schema';
import { AppError } from '../shared/errors';
import { lastDayOfMonth } from '../shared/dates';

export type PeriodKind = (typeof REBATE_PERIOD_KINDS)[number];

export interface Period {
  key: string;
  kind: PeriodKind;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const range = (y: number, m1: number, m2: number) => ({ from: `${y}-${pad(m1)}-01`, to: `${y}-${pad(m2)}-${pad(lastDayOfMonth(y, m2))}` });

/** The period of a kind that contains a business date. */
export function periodOf(kind: PeriodKind, date: string): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (kind === 'month') return { key: date.slice(0, 7), kind, ...range(y, m, m) };
  if (kind === 'quarter') {
    const q = Math.ceil(m / 3);
    return { key: `${y}-Q${q}`, kind, ...range(y, q * 3 - 2, q * 3) };
  }
  return { key: String(y), kind, ...range(y, 1, 12) };
}

/** Parses a period key; its kind follows from its shape. */
export function parsePeriod(key: string): Period {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return periodOf('month', `${key}-01`);
  m = /^(\d{4})-Q([1-4])$/.exec(key);
  if (m) return periodOf('quarter', `${m[1]}-${pad(Number(m[2]) * 3)}-01`);
  m = /^(\d{4})$/.exec(key);
  if (m) return periodOf('year', `${key}-01-01`);
  throw new AppError('REBATE_PERIOD_KEY', { value: key });
}

/** The periods of a kind that overlap [from, to], in order. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(kind, from); p.from <= to; p = periodOf(kind, nextDay(p.to))) out.push(p);
  return out;
}

export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
