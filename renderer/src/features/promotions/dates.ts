// Dates for the promotion screens.
/** Today's business date in the distributor's time zone (not the browser's: a PC set to UTC would be a day off
 * between 00:00 and 08:00 Beijing time). */
export { businessToday as localToday } from '../dashboard/today';

/** The first day of this month, for report periods. */
export const monthStart = (today: string): string => `${today.slice(0, 8)}01`;
