// Dates as brands write them in code files: 2026-11-02, 2026/11/2, 2026.11.02, 20261102, 2026年11月2日, with or
// without a time after them. Stored as YYYY-MM-DD.
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/;

/** The date as YYYY-MM-DD, or null when the text is not a real calendar date. */
export function parseFileDate(text: string): string | null {
  const m = SEPARATED.exec(text);
  const parts = m ? [m[1], m[3], m[4]] : (COMPACT.exec(text) ?? CHINESE.exec(text))?.slice(1, 4);
  if (!parts) return null;
  const [y, mo, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD plus a number of days. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
