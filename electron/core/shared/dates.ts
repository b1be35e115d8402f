// Business dates (YYYY-MM-DD) in the distributor's time zone; instants are UTC ISO-8601.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The business date of an instant in the given time zone. */
export function businessDate(at: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return dayjs(at).tz(timeZone).format('YYYY-MM-DD');
}

export const isoInstant = (at: Date): string => at.toISOString();

/** Last day of a month, e.g. for GS1 expiry dates whose day is 00. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
