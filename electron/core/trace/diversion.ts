// The diversion log (窜货): alerts found by checkInbound / checkOutbound, written inside the caller's transaction
// together with the receipt or shipment that caused them, and queued for the brand (whose anti-diversion program
// they feed). Append-only.
import type { DiversionDirection, DiversionReason } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { newId } from '../shared/ids';
import { writeOutbox } from '../shared/journal';
import type { DiversionAlertInput } from './flags';
import { prepared } from './statements';

export interface DiversionContext {
  docType?: string | null;
  docId?: string | null;
  /** The warehouse that received the goods or shipped them. */
  warehouseId?: string | null;
}

export interface DiversionAlert {
  id: string;
  at: string;
  direction: DiversionDirection;
  reason: DiversionReason;
  code: string;
  productId: string | null;
  productName: string | null;
  registeredTo: string | null;
  customerId: string | null;
  customerName: string | null;
  warehouseId: string | null;
  actual: string | null;
  docType: string | null;
  docId: string | null;
  userId: string | null;
}

/** Appends the alerts and one outbox row; returns their ids. Call inside the business action's transaction. */
export function logDiversionAlerts(
  core: Core,
  actor: Actor | null,
  alerts: readonly DiversionAlertInput[],
  context: DiversionContext = {},
): string[] {
  if (alerts.length === 0) return [];
  const at = core.now().toISOString();
  const insert = prepared(
    core.sqlite,
    `INSERT INTO diversion_alerts (id, at, direction, reason, code, product_id, registered_to, customer_id, warehouse_id,
       actual, doc_type, doc_id, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows = alerts.map((a) => ({
    id: newId(),
    at,
    ...a,
    registeredTo: a.registeredTo ?? null,
    customerId: a.customerId ?? null,
    actual: a.actual ?? null,
    warehouseId: context.warehouseId ?? null,
    docType: context.docType ?? null,
    docId: context.docId ?? null,
  }));
  for (const r of rows) {
    insert.run(r.id, at, r.direction, r.reason, r.code, r.productId, r.registeredTo, r.customerId, r.warehouseId, r.actual, r.docType, r.docId, actor?.userId ?? null);
  }
  writeOutbox(core, 'trace.diversion', context.docId ?? null, { alerts: rows });
  return rows.map((r) => r.id);
}

export interface DiversionFilter {
  direction?: DiversionDirection;
  code?: string;
  customerId?: string;
  /** Instants (ISO-8601), inclusive from, exclusive to. */
  from?: string;
  to?: string;
  limit: number;
  offset?: number;
}

/** Newest first. */
export function listDiversionAlerts(core: Core, f: DiversionFilter): DiversionAlert[] {
  return prepared(
    core.sqlite,
    `SELECT a.id, a.at, a.direction, a.reason, a.code, a.product_id AS productId, p.name AS productName,
       a.registered_to AS registeredTo, a.customer_id AS customerId, c.name AS customerName,
       a.warehouse_id AS warehouseId, a.actual, a.doc_type AS docType, a.doc_id AS docId, a.user_id AS userId
     FROM diversion_alerts a
     LEFT JOIN products p ON p.id = a.product_id
     LEFT JOIN customers c ON c.id = a.customer_id
     WHERE (@direction IS NULL OR a.direction = @direction) AND (@code IS NULL OR a.code = @code) AND (@customerId IS NULL OR a.customer_id = @customerId)
       AND (@from IS NULL OR a.at >= @from) AND (@to IS NULL OR a.at < @to)
     ORDER BY a.at DESC, a.id DESC LIMIT @limit OFFSET @offset`,
  ).all({
    direction: f.direction ?? null,
    code: f.code ?? null,
    customerId: f.customerId ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    limit: f.limit,
    offset: f.offset ?? 0,
  }) as DiversionAlert[];
}
