// Oldest-first allocation of a receipt over a customer's open items: what the form suggests before the accountant
// overrides any line. Integer fen only.

export interface OpenItem {
  id: string;
  businessDate: string;
  docNo: string;
  open: number;
}

/** Amount per item id, oldest (then lowest number) first, until the receipt is used up. */
export function oldestFirst(items: readonly OpenItem[], amount: number): Record<string, number> {
  const sorted = [...items].sort((a, b) => a.businessDate.localeCompare(b.businessDate) || a.docNo.localeCompare(b.docNo));
  const plan: Record<string, number> = {};
  let left = Math.max(0, amount);
  for (const it of sorted) {
    const take = Math.min(left, it.open);
    if (take > 0) plan[it.id] = take;
    left -= take;
  }
  return plan;
}

export const sumPlan = (plan: Record<string, number>): number => Object.values(plan).reduce((s, v) => s + v, 0);
