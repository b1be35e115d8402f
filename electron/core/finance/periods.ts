// Closing and reopening months (owner only, enforced in the API). Events are append-only; the latest per month wins.
import { asc } from 'drizzle-orm';
import { periodEvents } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { writeOutbox } from '../shared/journal';
import { mutate } from '../shared/mutate';
import { isPeriodClosed } from '../shared/period-lock';

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

function assertMonth(month: string): void {
  if (!MONTH_RE.test(month)) throw new AppError('PERIOD_FORMAT', { value: month });
}

export function closePeriod(core: Core, actor: Actor, month: string): { month: string; closed: true } {
  assertMonth(month);
  return mutate(
    core,
    actor,
    () => ({ action: 'period.close', entity: 'period', entityId: month }),
    () => {
      if (isPeriodClosed(core, month)) throw new AppError('PERIOD_ALREADY_CLOSED', { month });
      core.db.insert(periodEvents).values({ month, action: 'close', at: core.now().toISOString(), userId: actor.userId }).run();
      writeOutbox(core, 'finance.period.closed', month, { month });
      return { month, closed: true as const };
    },
  );
}

export function reopenPeriod(core: Core, actor: Actor, month: string, reason: string): { month: string; closed: false } {
  assertMonth(month);
  if (!reason.trim()) throw new AppError('PERIOD_REASON');
  return mutate(
    core,
    actor,
    () => ({ action: 'period.reopen', entity: 'period', entityId: month, data: { reason } }),
    () => {
      if (!isPeriodClosed(core, month)) throw new AppError('PERIOD_NOT_CLOSED', { month });
      core.db.insert(periodEvents).values({ month, action: 'reopen', reason: reason.trim(), at: core.now().toISOString(), userId: actor.userId }).run();
      writeOutbox(core, 'finance.period.reopened', month, { month, reason });
      return { month, closed: false as const };
    },
  );
}

/** Every month that has events, with its current state and history. */
export function listPeriods(core: Core): { month: string; closed: boolean; events: (typeof periodEvents.$inferSelect)[] }[] {
  const events = core.db.select().from(periodEvents).orderBy(asc(periodEvents.seq)).all();
  const byMonth = new Map<string, (typeof periodEvents.$inferSelect)[]>();
  for (const e of events) byMonth.set(e.month, [...(byMonth.get(e.month) ?? []), e]);
  return [...byMonth.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, ev]) => ({ month, closed: ev[ev.length - 1]?.action === 'close', events: ev }));
}
