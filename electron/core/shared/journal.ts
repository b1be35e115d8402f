// The audit trail and the sync outbox. Both are written inside the caller's transaction, never on their own.
import { auditLog, outbox } from '../../../db/schema';
import type { Actor, Core } from './context';
import { newId } from './ids';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  data?: unknown;
}

export function writeAudit(core: Core, actor: Actor | null, entry: AuditEntry): void {
  core.db
    .insert(auditLog)
    .values({
      id: newId(),
      at: core.now().toISOString(),
      userId: actor?.userId ?? null,
      role: actor?.role ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      data: entry.data ?? null,
    })
    .run();
}

/** Queues a posted fact for the brand cloud. `topic` names the fact, e.g. `catalog.product.created`. */
export function writeOutbox(core: Core, topic: string, entityId: string | null, payload: unknown): void {
  core.db
    .insert(outbox)
    .values({ id: newId(), at: core.now().toISOString(), topic, entityId, payload: payload ?? {} })
    .run();
}
