// The order list: filtered by status, kind, customer, warehouse, business-date range and number, newest first,
// paged, with the count of all matching rows. Each filter column leads an index that ends in business_date, and
// SQLite appends the rowid to every index, so "business_date DESC, rowid DESC" (rowid = the order they were
// entered in = number order within a day) is read straight off the index without sorting. The page's rowids are
// found first and the rows joined to them (CROSS JOIN keeps that order: left to right, 50 look-ups).
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { assertBusinessDate } from '../shared/period-lock';
import type { SalesOrderKind, SalesOrderListPage, SalesOrderListRow, SalesOrderStatus } from './order-types';

export interface ListOrdersInput {
  status?: SalesOrderStatus | SalesOrderStatus[];
  kind?: SalesOrderKind;
  customerId?: string;
  warehouseId?: string;
  from?: string;
  to?: string;
  number?: string;
  limit?: number;
  offset?: number;
}

export function listOrders(core: Core, input: ListOrdersInput = {}): SalesOrderListPage {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  const statuses = input.status === undefined ? [] : Array.isArray(input.status) ? input.status : [input.status];
  if (statuses.length > 0) {
    where.push(`o.status IN (${statuses.map((_, i) => `@s${i}`).join(',')})`);
    statuses.forEach((s, i) => (params[`s${i}`] = s));
  }
  const add = (clause: string, key: string, value: string | undefined) => {
    if (!value) return;
    where.push(clause);
    params[key] = value;
  };
  add('o.kind = @kind', 'kind', input.kind);
  add('o.customer_id = @customerId', 'customerId', input.customerId);
  add('o.warehouse_id = @warehouseId', 'warehouseId', input.warehouseId);
  add('o.business_date >= @from', 'from', input.from && assertBusinessDate(input.from));
  add('o.business_date <= @to', 'to', input.to && assertBusinessDate(input.to));
  if (input.from && input.to && input.from > input.to) throw new AppError('DATE_RANGE', { from: input.from, to: input.to });
  add("o.number >= @number AND o.number < @number || '~'", 'number', input.number?.trim().toUpperCase());
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // A number prefix is the most selective filter there is, but the planner cannot tell from a text range and would
  // rather walk the date index in order: name the index.
  const from = params.number ? 'sales_orders o INDEXED BY sales_orders_number_unique' : 'sales_orders o';
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  const offset = Math.max(input.offset ?? 0, 0);
  const rows = core.sqlite
    .prepare(
      `SELECT o.id, o.number, o.kind, o.status, o.customer_id AS customerId, c.name AS customerName, o.warehouse_id AS warehouseId,
         w.name AS warehouseName, e.name AS salespersonName, o.business_date AS businessDate, o.delivery_date AS deliveryDate,
         o.amount_fen AS amountFen, o.delivered_fen AS deliveredFen
       FROM (SELECT o.rowid AS rid FROM ${from} ${filter} ORDER BY o.business_date DESC, o.rowid DESC LIMIT @limit OFFSET @offset) page
       CROSS JOIN sales_orders o ON o.rowid = page.rid
       JOIN customers c ON c.id = o.customer_id JOIN warehouses w ON w.id = o.warehouse_id
       LEFT JOIN employees e ON e.id = o.salesperson_id
       ORDER BY o.business_date DESC, o.rowid DESC`,
    )
    .all({ ...params, limit, offset }) as SalesOrderListRow[];
  const total = (core.sqlite.prepare(`SELECT count(*) AS n FROM ${from} ${filter}`).get(params) as { n: number }).n;
  return { rows, total };
}
