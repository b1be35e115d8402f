// On-screen filtering for short lists (accounts, employees, warehouses): every word typed must appear in one of
// the row's texts. Long lists (products, customers) filter on the server instead.
export function filterRows<T>(rows: readonly T[], query: string, texts: (row: T) => readonly (string | null | undefined)[]): readonly T[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const hay = texts(row)
      .map((s) => (s ?? '').toLowerCase())
      .join('\n');
    return words.every((w) => hay.includes(w));
  });
}
