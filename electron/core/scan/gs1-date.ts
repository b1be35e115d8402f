// GS1 dates (YYMMDD) to business dates (YYYY-MM-DD).
import { AppError } from '../shared/errors';
import { lastDayOfMonth } from '../shared/dates';

/**
 * The four-digit year of a two-digit GS1 year, by the rule of the GS1 General Specifications (7.12 "Determination
 * of century in dates"): a year 51–99 ahead of the current one is in the previous century, one 50–99 behind it is
 * in the next century, and anything else is in the current century. So in 2026, 75 is 2075 while 77 is 1977.
 */
export function gs1Year(yy: number, currentYear: number): number {
  const currentYy = currentYear % 100;
  const century = currentYear - currentYy;
  const diff = yy - currentYy;
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * YYMMDD as YYYY-MM-DD. A day of 00 (month only) becomes the last day of the month for an end date (expiry,
 * best before) and the first day for a start date (production, packaging). Anything else invalid → GS1_DATE.
 */
export function decodeGs1Date(value: string, currentYear: number, zeroDay: 'start' | 'end', ai = ''): string {
  const bad = () => new AppError('GS1_DATE', { value, ai });
  if (!/^\d{6}$/.test(value)) throw bad();
  const year = gs1Year(Number(value.slice(0, 2)), currentYear);
  const month = Number(value.slice(2, 4));
  let day = Number(value.slice(4, 6));
  if (month < 1 || month > 12) throw bad();
  const last = lastDayOfMonth(year, month);
  if (day === 0) day = zeroDay === 'end' ? last : 1;
  if (day > last) throw bad();
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// The century rule needs the current year on every GS1 scan. dates.ts's businessDate (dayjs) takes about a
// millisecond, an Intl.DateTimeFormat a few microseconds; the year is the same all minute long in every time zone
// (offsets are whole minutes), so the last answer per zone is kept for its minute.
const yearFormats = new Map<string, Intl.DateTimeFormat>();
const lastYear = new Map<string, { minute: number; year: number }>();

/** The calendar year of an instant in a time zone (the current year for the century rule). */
export function yearIn(timeZone: string, at: Date): number {
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastYear.get(timeZone);
  if (last?.minute === minute) return last.year;
  let format = yearFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' });
    yearFormats.set(timeZone, format);
  }
  const year = Number(format.format(at));
  lastYear.set(timeZone, { minute, year });
  return year;
}
