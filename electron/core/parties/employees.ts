// Employees (员工): salespeople who look after stores, drivers who drive vans, and office staff.
import { asc, eq, type SQL, and } from 'drizzle-orm';
import { employees } from '../../../db/schema';
import { searchTextFor } from '../catalog/search-text';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import { checkPhone } from './phone';

export type EmployeeRole = 'salesperson' | 'driver' | 'clerk' | 'accountant' | 'other';

export interface EmployeeInput {
  code: string;
  name: string;
  phone?: string;
  role: EmployeeRole;
  active?: boolean;
}

export interface Employee {
  id: string;
  code: string;
  name: string;
  phone: string;
  role: EmployeeRole;
  active: boolean;
}

const columns = {
  id: employees.id,
  code: employees.code,
  name: employees.name,
  phone: employees.phone,
  role: employees.role,
  active: employees.active,
};

export function listEmployees(core: Core, input: { role?: EmployeeRole; active?: boolean } = {}): Employee[] {
  const where: SQL[] = [];
  if (input.role) where.push(eq(employees.role, input.role));
  if (input.active !== undefined) where.push(eq(employees.active, input.active));
  return core.db
    .select(columns)
    .from(employees)
    .where(and(...where))
    .orderBy(asc(employees.code))
    .all();
}

export function getEmployee(core: Core, id: string): Employee {
  const row = core.db.select(columns).from(employees).where(eq(employees.id, id)).get();
  if (!row) throw new AppError('EMPLOYEE_NOT_FOUND');
  return row;
}

/** An employee named by code or name, as a spreadsheet names a salesperson. */
export function employeeByCodeOrName(core: Core, text: string): Employee | undefined {
  const t = text.trim();
  return (
    core.db.select(columns).from(employees).where(eq(employees.code, t)).get() ??
    core.db.select(columns).from(employees).where(eq(employees.name, t)).get()
  );
}

function save(core: Core, id: string | null, input: EmployeeInput): Employee {
  const row: Employee = {
    id: id ?? newId(),
    code: input.code.trim(),
    name: input.name.trim(),
    phone: checkPhone(input.phone),
    role: input.role,
    active: input.active ?? true,
  };
  const other = core.db.select({ id: employees.id, name: employees.name }).from(employees).where(eq(employees.code, row.code)).get();
  if (other && other.id !== id) throw fieldError('code', 'EMPLOYEE_CODE_TAKEN', { code: row.code, name: other.name });
  const searchText = searchTextFor([row.name, row.code, row.phone]);
  if (id) {
    getEmployee(core, id);
    core.db.update(employees).set({ ...row, searchText }).where(eq(employees.id, id)).run();
  } else {
    core.db.insert(employees).values({ ...row, searchText, createdAt: core.now().toISOString() }).run();
  }
  return row;
}

/** Inserts an employee inside the caller's transaction (seeding, imports). */
export const insertEmployee = (core: Core, input: EmployeeInput): Employee => save(core, null, input);

const audit = (action: string) => (e: Employee) => ({ action, entity: 'employee', entityId: e.id, data: e });

export function createEmployee(core: Core, actor: Actor, input: EmployeeInput): Employee {
  return mutate(core, actor, audit('employees.create'), () => save(core, null, input));
}

export function updateEmployee(core: Core, actor: Actor, input: EmployeeInput & { id: string }): Employee {
  return mutate(core, actor, audit('employees.update'), () => save(core, input.id, input));
}
