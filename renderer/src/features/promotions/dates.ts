// Today's date on this computer as YYYY-MM-DD (the business date the server uses is the same in the store's zone).
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The first day of this month, for report periods. */
export const monthStart = (today: string): string => `${today.slice(0, 8)}01`;
