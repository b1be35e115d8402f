// Storage locations (货位): one shelf text per product per warehouse ('A-01-03'), set or cleared by the owner or a
// clerk, each change audited. A location prefix ('A-01') names every product at A-01 or below it (A-01-*), which
// is what a stocktake by location counts.
import { and, eq } from 'drizzle-orm';
import { productLocations } from '../../../db/schema';
import { prepared } from '../catalog/statements';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { stockProduct } from './products';
import { stockWarehouse } from './warehouses';

const MAX = 20;
// Letters and digits in dash-separated parts: no stray spaces, no '%' or '_' that would act as LIKE wildcards.
const SHAPE = /^[A-Z0-9]+(-[A-Z0-9]+)*$/;

function normalise(raw: string, code: 'LOCATION_INVALID' | 'LOCATION_PREFIX_INVALID'): string {
  const v = raw.trim().toUpperCase();
  if (v.length === 0 || v.length > MAX || !SHAPE.test(v)) throw new AppError(code, { location: raw.trim() });
  return v;
}

export const normaliseLocation = (raw: string): string => normalise(raw, 'LOCATION_INVALID');
export const normaliseLocationPrefix = (raw: string): string => normalise(raw, 'LOCATION_PREFIX_INVALID');

/** SQL condition (with its two arguments) for "the location column is the prefix or under it". */
export function underPrefix(column: string, prefix: string): { sql: string; args: [string, string] } {
  return { sql: `(${column} = ? OR ${column} LIKE ? || '-%')`, args: [prefix, prefix] };
}

/** Is this location the prefix or under it ('A-01' covers A-01 and A-01-03, not A-010). */
export const isUnderPrefix = (location: string | null, prefix: string): boolean =>
  location !== null && (location === prefix || location.startsWith(`${prefix}-`));

export interface LocationInput {
  warehouseId: string;
  productId: string;
  location: string;
}

export interface ProductLocation {
  warehouseId: string;
  productId: string;
  location: string;
}

export function setLocation(core: Core, actor: Actor, input: LocationInput): ProductLocation {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'locations.set', entity: 'product_location', entityId: `${r.warehouseId}/${r.productId}`, data: { location: r.location } }),
    () => {
      const location = normaliseLocation(input.location);
      stockWarehouse(core, input.warehouseId);
      stockProduct(core, input.productId);
      const now = core.now().toISOString();
      core.db
        .insert(productLocations)
        .values({ warehouseId: input.warehouseId, productId: input.productId, location, updatedBy: actor.userId, updatedAt: now })
        .onConflictDoUpdate({ target: [productLocations.warehouseId, productLocations.productId], set: { location, updatedBy: actor.userId, updatedAt: now } })
        .run();
      return { warehouseId: input.warehouseId, productId: input.productId, location };
    },
  );
}

export function clearLocation(core: Core, actor: Actor, input: { warehouseId: string; productId: string }): { warehouseId: string; productId: string; cleared: boolean } {
  return mutate(
    core,
    actor,
    (r) => ({ action: 'locations.clear', entity: 'product_location', entityId: `${r.warehouseId}/${r.productId}`, data: { cleared: r.cleared } }),
    () => {
      const where = and(eq(productLocations.warehouseId, input.warehouseId), eq(productLocations.productId, input.productId));
      const cleared = core.db.delete(productLocations).where(where).run().changes > 0;
      return { warehouseId: input.warehouseId, productId: input.productId, cleared };
    },
  );
}

/** The products of a warehouse with a location (optionally under a prefix), by location. */
export function listLocations(core: Core, f: { warehouseId: string; prefix?: string | null }): (ProductLocation & { sku: string; name: string })[] {
  const scope = f.prefix ? underPrefix('l.location', normaliseLocationPrefix(f.prefix)) : null;
  return core.sqlite
    .prepare(
      `SELECT l.warehouse_id AS warehouseId, l.product_id AS productId, l.location, p.sku, p.name
       FROM product_locations l JOIN products p ON p.id = l.product_id
       WHERE l.warehouse_id = ? ${scope ? `AND ${scope.sql}` : ''} ORDER BY l.location, p.sku`,
    )
    .all(f.warehouseId, ...(scope?.args ?? [])) as (ProductLocation & { sku: string; name: string })[];
}

/** The location of one product in one warehouse, or null. */
export function locationOf(core: Core, warehouseId: string, productId: string): string | null {
  // Prepared once per connection: every stocktake scan by location asks it.
  const row = prepared(core, 'SELECT location FROM product_locations WHERE warehouse_id = ? AND product_id = ?').get(warehouseId, productId) as
    | { location: string }
    | undefined;
  return row?.location ?? null;
}
