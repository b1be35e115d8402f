// The sales shapes the screens use, from the API contract (electron/api/contract/sales.ts), plus the small
// helpers every sales screen shares.
import type { ApiOutputs } from '../../api/types';
import type { SalesOrderKind, SalesOrderStatus } from '../../../../electron/api/contract/sales';

export type { SalesOrderKind, SalesOrderStatus, SalesPaymentMethod } from '../../../../electron/api/contract/sales';

/** As the API delivers them (after serialization), which is what the query cache holds. */
export type SalesOrderView = ApiOutputs['salesOrders']['get'];
export type SalesOrderLineView = SalesOrderView['lines'][number];
export type SalesOrderListRow = ApiOutputs['salesOrders']['list']['rows'][number];
export type NeededApproval = ApiOutputs['salesOrders']['confirm']['needed'][number];
export type LastPrice = ApiOutputs['salesOrders']['lastPrices'][number];

export const ORDER_KINDS: readonly SalesOrderKind[] = ['presale', 'van', 'counter'];
/** The statuses the list filters by, in the order an order moves through them. */
export const LIST_STATUSES: readonly SalesOrderStatus[] = ['draft', 'pending_approval', 'confirmed', 'partially_delivered', 'delivered', 'cancelled', 'reversed'];

export const STATUS_COLORS: Record<SalesOrderStatus, string> = {
  draft: 'gray',
  pending_approval: 'orange',
  confirmed: 'blue',
  partially_delivered: 'cyan',
  delivered: 'green',
  cancelled: 'dark',
  reversed: 'red',
};

/** Lines and header may still change (the API refuses edits after confirmation). */
export const isEditable = (o: Pick<SalesOrderView, 'status'>): boolean => o.status === 'draft' || o.status === 'pending_approval';
/** Goods may still leave against it. */
export const isDeliverable = (o: Pick<SalesOrderView, 'status'>): boolean => o.status === 'confirmed' || o.status === 'partially_delivered';
/** Van and counter sales deliver (and take the money) on confirmation. */
export const deliversAtOnce = (kind: SalesOrderKind): boolean => kind !== 'presale';

/** "3箱" or "3箱 (72瓶)" when the unit is not the base unit. */
export function qtyText(qty: number, unitName: string, qtyBase: number, baseUnit: string): string {
  return unitName === baseUnit || qty === qtyBase ? `${qty}${unitName}` : `${qty}${unitName} (${qtyBase}${baseUnit})`;
}
