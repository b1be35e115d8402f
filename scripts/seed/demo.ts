// Demo data: accounts for every role (password demo-1234) plus a realistic catalog, stores and staff.
// The catalog part is filled in by scripts/seed/demo-catalog.ts.
import { hashPassword } from '../../electron/core/auth/passwords';
import { insertUser, needsSetup } from '../../electron/core/auth/sessions';
import type { Core } from '../../electron/core/shared/context';
import { mutate } from '../../electron/core/shared/mutate';
import { seedDemoCatalog } from './demo-catalog';

export const DEMO_PASSWORD = 'demo-1234';

/** The demo accounts; staff accounts belong to the demo employee with that code (demo-catalog.ts). */
const accounts = [
  { username: 'owner', displayName: '王老板', role: 'owner', employee: null },
  { username: 'accountant', displayName: '李会计', role: 'accountant', employee: 'KJ01' },
  { username: 'clerk', displayName: '张库管', role: 'clerk', employee: 'KG01' },
  { username: 'driver', displayName: '赵师傅', role: 'driver', employee: 'SJ01' },
] as const;

/** Fills an empty data dir; returns false (and changes nothing) when any account exists already. */
export async function seedDemo(core: Core): Promise<boolean> {
  if (!needsSetup(core)) return false;
  const hash = await hashPassword(DEMO_PASSWORD);
  mutate(core, null, () => ({ action: 'demo.seed', entity: 'system' }), () => {
    const catalog = seedDemoCatalog(core);
    for (const { employee, ...a } of accounts) insertUser(core, { ...a, employeeId: employee ? catalog.employees[employee] : null }, hash);
  });
  return true;
}
