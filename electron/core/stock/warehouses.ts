// Warehouses as documents see them: they must exist, be active, and sometimes be of a given kind.
import { getWarehouse, type Warehouse, type WarehouseKind } from '../parties/warehouses';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';

export function stockWarehouse(core: Core, id: string, kind?: WarehouseKind): Warehouse {
  const w = getWarehouse(core, id);
  if (!w.active) throw new AppError('WAREHOUSE_INACTIVE', { name: w.name });
  if (kind === 'main' && w.kind !== 'main') throw new AppError('WAREHOUSE_NOT_MAIN', { name: w.name });
  if (kind === 'van' && w.kind !== 'van') throw new AppError('WAREHOUSE_NOT_VAN', { name: w.name });
  return w;
}

/** A warehouse's name for messages, without the active check (reversals may touch a disabled one). */
export const warehouseName = (core: Core, id: string): string => getWarehouse(core, id).name;
