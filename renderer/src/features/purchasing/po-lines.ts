// The lines of a purchase order being written: pure helpers, so scanning, picking and typing all go one way.
export interface PoUnit {
  id: string;
  name: string;
  factor: number;
}

export interface PoLine {
  productId: string;
  sku: string;
  name: string;
  units: PoUnit[];
  unitId: string;
  qty: number;
  /** Fen per unit; null until the owner types one (no earlier order to start from). */
  price: number | null;
}

/** Adds one of the unit (or another of it when the line is there already). */
export function addUnit(lines: PoLine[], line: Omit<PoLine, 'qty'>, qty = 1): PoLine[] {
  const i = lines.findIndex((l) => l.productId === line.productId && l.unitId === line.unitId);
  if (i < 0) return [...lines, { ...line, qty }];
  return lines.map((l, j) => (j === i ? { ...l, qty: l.qty + qty } : l));
}

export const lineAmount = (l: PoLine): number => (l.price ?? 0) * l.qty;
export const poTotal = (lines: readonly PoLine[]): number => lines.reduce((a, l) => a + lineAmount(l), 0);
export const linesReady = (lines: readonly PoLine[]): boolean => lines.length > 0 && lines.every((l) => l.qty > 0 && l.price !== null && Number.isFinite(l.price));
