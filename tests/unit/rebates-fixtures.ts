// Rebate tests run on the stock tests' small distributor (brand 可口可乐; cola, tea at 24 bottles a case, chips) and
// buy from the brand the way clerks do: a purchase order at a case price, received in full and posted, at a chosen
// instant (the business date follows in Asia/Shanghai).
import { addManualCount } from '../../electron/core/receiving/manual';
import { postReceiving } from '../../electron/core/receiving/post';
import { createPurchaseOrder, submitPurchaseOrder, type PurchaseOrder } from '../../electron/core/receiving/purchase-orders';
import { startReceiving } from '../../electron/core/receiving/sessions';
import { createPolicy, type PolicyInput, type VersionInput } from '../../electron/core/rebates/policies';
import { AppError } from '../../electron/core/shared/errors';
import type { StockWorld, TestProduct } from './stock-fixtures';

/** Moves the test clock (the business date is its Shanghai date). */
export const at = (w: StockWorld, iso: string) => {
  w.t.core.now = () => new Date(iso);
};

/** Noon in Shanghai on a business date. */
export const noon = (date: string) => `${date}T04:00:00Z`;

export interface BuyLine {
  product: TestProduct;
  cases: number;
  /** Fen per case. */
  price: number;
  /** Extra loose bottles received beyond the cases. */
  bottles?: number;
}

/** A purchase order for the lines, submitted, received in full and posted at `iso`. */
export function buy(w: StockWorld, iso: string, lines: readonly BuyLine[]): { po: PurchaseOrder; receiptId: string } {
  at(w, iso);
  const core = w.t.core;
  const po = createPurchaseOrder(core, w.owner, {
    brandId: w.brandId,
    warehouseId: w.main,
    lines: lines.flatMap((l) => [
      { productId: l.product.id, unitId: l.product.units.case, qty: l.cases, price: l.price },
      ...(l.bottles ? [{ productId: l.product.id, unitId: l.product.units.bottle, qty: l.bottles, price: l.price / 24 }] : []),
    ]),
  });
  submitPurchaseOrder(core, w.owner, { id: po.id });
  const session = startReceiving(core, w.clerk, { warehouseId: w.main, poId: po.id });
  for (const l of lines) addManualCount(core, w.clerk, { sessionId: session.id, productId: l.product.id, unitId: l.product.units.bottle, qty: l.cases * 24 + (l.bottles ?? 0) });
  postReceiving(core, w.clerk, { id: session.id });
  return { po, receiptId: session.id };
}

let seq = 0;
/** A brand policy on the world's brand with a first version from 2026-01-01. */
export function brandPolicy(w: StockWorld, version: Partial<VersionInput> & Pick<VersionInput, 'kind'>, extra: Partial<PolicyInput> = {}) {
  seq += 1;
  return createPolicy(w.t.core, w.owner, {
    code: `FL${String(seq).padStart(3, '0')}`,
    name: `返利政策 ${seq}`,
    scope: 'brand',
    brandId: w.brandId,
    ...extra,
    version: { validFrom: '2026-01-01', periodKind: 'month', basis: 'purchase', ...version },
  });
}

export const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
};

/** Row counts of every rebate table plus audit and outbox: a refused action leaves them all as they were. */
export function rebateCounts(w: StockWorld): Record<string, number> {
  const tables = ['rebate_policies', 'rebate_policy_versions', 'rebate_accruals', 'rebate_ledger', 'rebate_deductions', 'rebate_deduction_caps', 'rebate_po_payments', 'rebate_task_marks', 'rebate_goods_entitlements', 'rebate_goods_uses', 'audit_log', 'outbox', 'ar_items'];
  return Object.fromEntries(tables.map((tb) => [tb, (w.t.sqlite.prepare(`SELECT count(*) AS n FROM ${tb}`).get() as { n: number }).n]));
}
