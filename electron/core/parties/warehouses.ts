// Warehouses (仓库): the main warehouse, and vans (车辆) — a van is a warehouse that moves, with a driver and plate.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import { employees, warehouses } from '../../../db/schema';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';

export type WarehouseKind = 'main' | 'van';

export interface WarehouseInput {
  code: string;
  name: string;
  kind: WarehouseKind;
  driverId?: string | null;
  plate?: string;
  active?: boolean;
}

export interface Warehouse {
  id: string;
  code: string;
  name: string;
  kind: WarehouseKind;
  driverId: string | null;
  driverName: string | null;
  plate: string;
  active: boolean;
}

const select = (core: Core) =>
  core.db
    .select({
      id: warehouses.id,
      code: warehouses.code,
      name: warehouses.name,
      kind: warehouses.kind,
      driverId: warehouses.driverId,
      driverName: employees.name,
      plate: warehouses.plate,
      active: warehouses.active,
    })
    .from(warehouses)
    .leftJoin(employees, eq(employees.id, warehouses.driverId));

export function listWarehouses(core: Core, input: { kind?: WarehouseKind; active?: boolean } = {}): Warehouse[] {
  const where: SQL[] = [];
  if (input.kind) where.push(eq(warehouses.kind, input.kind));
  if (input.active !== undefined) where.push(eq(warehouses.active, input.active));
  // Main warehouses first, then vans, each by code.
  return select(core)
    .where(and(...where))
    .orderBy(asc(warehouses.kind), asc(warehouses.code))
    .all();
}

export function getWarehouse(core: Core, id: string): Warehouse {
  const row = select(core).where(eq(warehouses.id, id)).get();
  if (!row) throw new AppError('WAREHOUSE_NOT_FOUND');
  return row;
}

/** A van needs a plate and a driver who drives (a driver, or a salesperson doing van sales); a main one neither. */
function checkKind(core: Core, kind: WarehouseKind, driverId: string | null, plate: string): void {
  if (kind === 'main') {
    if (driverId || plate) throw fieldError(driverId ? 'driverId' : 'plate', 'MAIN_NO_DRIVER');
    return;
  }
  if (!plate) throw fieldError('plate', 'VAN_NEEDS_PLATE');
  if (!driverId) throw fieldError('driverId', 'VAN_NEEDS_DRIVER');
  const driver = core.db.select({ name: employees.name, role: employees.role }).from(employees).where(eq(employees.id, driverId)).get();
  if (!driver) throw fieldError('driverId', 'EMPLOYEE_NOT_FOUND');
  if (driver.role !== 'driver' && driver.role !== 'salesperson') throw fieldError('driverId', 'DRIVER_ROLE', { name: driver.name });
}

function save(core: Core, id: string | null, input: WarehouseInput): Warehouse {
  const row = {
    id: id ?? newId(),
    code: input.code.trim(),
    name: input.name.trim(),
    kind: input.kind,
    driverId: input.driverId || null,
    plate: input.plate?.trim().toUpperCase() ?? '',
    active: input.active ?? true,
  };
  if (id) getWarehouse(core, id);
  const other = core.db.select({ id: warehouses.id, name: warehouses.name }).from(warehouses).where(eq(warehouses.code, row.code)).get();
  if (other && other.id !== id) throw fieldError('code', 'WAREHOUSE_CODE_TAKEN', { code: row.code, name: other.name });
  checkKind(core, row.kind, row.driverId, row.plate);
  if (id) core.db.update(warehouses).set(row).where(eq(warehouses.id, id)).run();
  else core.db.insert(warehouses).values({ ...row, createdAt: core.now().toISOString() }).run();
  return getWarehouse(core, row.id);
}

/** Inserts a warehouse inside the caller's transaction (seeding). */
export const insertWarehouse = (core: Core, input: WarehouseInput): Warehouse => save(core, null, input);

const audit = (action: string) => (w: Warehouse) => ({ action, entity: 'warehouse', entityId: w.id, data: w });

export function createWarehouse(core: Core, actor: Actor, input: WarehouseInput): Warehouse {
  return mutate(core, actor, audit('warehouses.create'), () => save(core, null, input));
}

export function updateWarehouse(core: Core, actor: Actor, input: WarehouseInput & { id: string }): Warehouse {
  return mutate(core, actor, audit('warehouses.update'), () => save(core, input.id, input));
}
