// Stock settings kept in the settings table: how many days before expiry a batch counts as near expiry (临期).
import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';

export const NEAR_EXPIRY_KEY = 'stock.nearExpiryDays';
export const DEFAULT_NEAR_EXPIRY_DAYS = 30;
const MAX_DAYS = 3650;

export function nearExpiryDays(core: Core): number {
  const value = core.db.select({ value: settings.value }).from(settings).where(eq(settings.key, NEAR_EXPIRY_KEY)).get()?.value;
  return typeof value === 'number' && Number.isInteger(value) ? value : DEFAULT_NEAR_EXPIRY_DAYS;
}

export function setNearExpiryDays(core: Core, actor: Actor, days: number): number {
  if (!Number.isInteger(days) || days < 0 || days > MAX_DAYS) throw new AppError('NEAR_EXPIRY_DAYS');
  return mutate(
    core,
    actor,
    () => ({ action: 'stock.setNearExpiryDays', entity: 'settings', entityId: NEAR_EXPIRY_KEY, data: { days } }),
    () => {
      const updatedAt = core.now().toISOString();
      core.db
        .insert(settings)
        .values({ key: NEAR_EXPIRY_KEY, value: days, updatedAt })
        .onConflictDoUpdate({ target: settings.key, set: { value: days, updatedAt } })
        .run();
      return days;
    },
  );
}
