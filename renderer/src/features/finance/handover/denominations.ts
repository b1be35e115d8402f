// Banknotes and coins counted at the handover, in fen (the keys the API takes), and the total they make.
export const DENOMINATIONS = [10_000, 5_000, 2_000, 1_000, 500, 100, 50, 10] as const;

export function countedFen(pieces: Record<string, string>): number {
  return DENOMINATIONS.reduce((s, d) => s + d * (Number.parseInt(pieces[String(d)] ?? '', 10) || 0), 0);
}

export function piecesOf(pieces: Record<string, string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of DENOMINATIONS) {
    const n = Number.parseInt(pieces[String(d)] ?? '', 10) || 0;
    if (n > 0) out[String(d)] = n;
  }
  return out;
}
