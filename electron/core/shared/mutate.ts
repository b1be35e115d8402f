// One business action = one synchronous transaction holding the change and its audit row (and outbox rows, which
// the action writes itself through writeOutbox).
import { transact } from '../../../db/tx';
import type { Actor, Core } from './context';
import { writeAudit, type AuditEntry } from './journal';

export function mutate<T>(core: Core, actor: Actor | null, audit: (result: T) => AuditEntry, fn: () => T): T {
  return transact(core.sqlite, () => {
    const result = fn();
    writeAudit(core, actor, audit(result));
    return result;
  });
}
