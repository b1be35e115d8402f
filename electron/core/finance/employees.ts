// Employee look-ups the money side needs: collectors of cash receipts and drivers handing cash over.
import { eq } from 'drizzle-orm';
import { employees } from '../../../db/schema';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';

export function assertEmployee(core: Core, id: string): { id: string; name: string; code: string; role: string } {
  const e = core.db.select({ id: employees.id, name: employees.name, code: employees.code, role: employees.role }).from(employees).where(eq(employees.id, id)).get();
  if (!e) throw new AppError('EMPLOYEE_NOT_FOUND');
  return e;
}
