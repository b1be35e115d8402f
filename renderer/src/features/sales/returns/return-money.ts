// The money of a return document as it is being built: goods back are credited, exchange goods out charged, gifts
// free; the difference goes to the customer's receivable when posted. Prices here are what the screen knows
// (the original order's net price, else the customer's last price, else what the clerk typed); the posted
// document's own figures are shown once it is posted.
export type ReturnLineKind = 'return' | 'exchange' | 'gift';
export type ReturnCondition = 'saleable' | 'damaged';

export interface ReturnDraftLine {
  key: string;
  kind: ReturnLineKind;
  condition: ReturnCondition;
  productId: string;
  name: string;
  unitId: string | null;
  unitName: string;
  factor: number;
  qty: number;
  /** Fen per unit the clerk typed (sent to the API); null = the API's default price. */
  typedPriceFen: number | null;
  /** Fen per unit the screen expects the API to take when nothing is typed. */
  knownPriceFen: number | null;
  orderLineId: string | null;
}

/** A per-unit price moved to another unit of the same product, half up to the fen, in integers. */
export function priceForFactor(priceFen: number, fromFactor: number, toFactor: number): number {
  if (fromFactor === toFactor) return priceFen;
  return Math.floor((2 * priceFen * toFactor + fromFactor) / (2 * fromFactor));
}

export const linePriceFen = (l: ReturnDraftLine): number => (l.kind === 'gift' ? 0 : (l.typedPriceFen ?? l.knownPriceFen ?? 0));
export const lineAmountFen = (l: ReturnDraftLine): number => linePriceFen(l) * l.qty;

export function returnTotals(lines: readonly ReturnDraftLine[]): { returnFen: number; outFen: number; diffFen: number } {
  let returnFen = 0;
  let outFen = 0;
  for (const l of lines) {
    if (l.kind === 'return') returnFen += lineAmountFen(l);
    else if (l.kind === 'exchange') outFen += lineAmountFen(l);
  }
  return { returnFen, outFen, diffFen: outFen - returnFen };
}
