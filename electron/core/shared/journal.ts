// The audit trail and the sync outbox. Both are written inside the caller's transaction, never on their own.
import type { Actor, Core } from './context';
import { newId } from './ids';
import { preparedOn } from './statements';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  data?: unknown;
}

// Prepared once per connection (not built by drizzle per call): postings write these rows by the ten thousand.
// JSON columns hold JSON.stringify of the value, as drizzle's json mode reads them (null stays NULL).
const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

export function writeAudit(core: Core, actor: Actor | null, entry: AuditEntry): void {
  preparedOn(core.sqlite, 'INSERT INTO audit_log (id, at, user_id, role, action, entity, entity_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    newId(),
    core.now().toISOString(),
    actor?.userId ?? null,
    actor?.role ?? null,
    entry.action,
    entry.entity,
    entry.entityId ?? null,
    json(entry.data),
  );
}

/** Queues a posted fact for the brand cloud. `topic` names the fact, e.g. `catalog.product.created`. */
export function writeOutbox(core: Core, topic: string, entityId: string | null, payload: unknown): void {
  preparedOn(core.sqlite, 'INSERT INTO outbox (id, at, topic, entity_id, payload) VALUES (?, ?, ?, ?, ?)').run(
    newId(),
    core.now().toISOString(),
    topic,
    entityId,
    JSON.stringify(payload ?? {}),
  );
}
