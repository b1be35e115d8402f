// Packaging units of a product (瓶 ×1, 盒 ×6, 箱 ×24): the rules a unit list must follow, and saving a new list
// over the old one so that units that stay keep their ids (prices, barcodes and documents point at them).
import { and, eq } from 'drizzle-orm';
import { barcodes, priceLimits, prices, productUnits, traceCodes } from '../../../db/schema';
import { fieldError } from '../imports/field-error';
import type { Core } from '../shared/context';
import { newId } from '../shared/ids';
import { isForeignKeyError } from './statements';

export interface UnitDraft {
  id?: string;
  name: string;
  factor: number;
  barcode?: string | null;
}

export interface SavedUnit {
  id: string;
  name: string;
  factor: number;
  barcode: string | null;
}

/** Trims names and checks: positive whole factors, no name twice, exactly one base unit of factor 1. */
export function checkUnits(units: readonly UnitDraft[]): UnitDraft[] {
  const out = units.map((u) => ({ ...u, name: u.name.trim() }));
  const names = new Set<string>();
  out.forEach((u, i) => {
    if (!Number.isSafeInteger(u.factor) || u.factor < 1) throw fieldError(`units.${i}.factor`, 'UNIT_FACTOR', { unit: u.name });
    if (names.has(u.name)) throw fieldError(`units.${i}.name`, 'UNIT_DUPLICATE', { unit: u.name });
    names.add(u.name);
  });
  const bases = out.filter((u) => u.factor === 1).length;
  if (bases !== 1) throw fieldError('units', 'UNIT_BASE', { count: bases });
  return out;
}

/** Whether anything of ours still points at the unit; tables of later features are caught by the FK on delete. */
function unitInUse(core: Core, unitId: string): boolean {
  const refs = [
    core.db.select({ x: prices.unitId }).from(prices).where(eq(prices.unitId, unitId)).limit(1).get(),
    core.db.select({ x: priceLimits.unitId }).from(priceLimits).where(eq(priceLimits.unitId, unitId)).limit(1).get(),
    core.db.select({ x: barcodes.code }).from(barcodes).where(eq(barcodes.unitId, unitId)).limit(1).get(),
    core.db.select({ x: traceCodes.code }).from(traceCodes).where(eq(traceCodes.unitId, unitId)).limit(1).get(),
  ];
  return refs.some(Boolean);
}

/**
 * Replaces a product's units with `units` (already checked, barcodes already checked and normalized). A unit
 * is matched to an existing one by id, else by name, and keeps that id. Removing a unit that is in use is refused.
 */
export function saveUnits(core: Core, productId: string, units: readonly UnitDraft[], codes: readonly (string | null)[]): SavedUnit[] {
  const existing = core.db.select().from(productUnits).where(eq(productUnits.productId, productId)).all();
  const byId = new Map(existing.map((u) => [u.id, u]));
  const byName = new Map(existing.map((u) => [u.name, u]));
  const matched = units.map((u, i) => {
    const old = u.id !== undefined ? byId.get(u.id) : byName.get(u.name);
    if (u.id !== undefined && !old) throw fieldError(`units.${i}.id`, 'UNIT_NOT_FOUND', { unit: u.name });
    return { id: old?.id ?? newId(), name: u.name, factor: u.factor, barcode: codes[i] ?? null, old };
  });
  const keep = new Set(matched.map((m) => m.id));
  const removed = existing.filter((u) => !keep.has(u.id));
  for (const u of removed) {
    // Barcodes on a removed unit count as use too: a scannable level should not vanish by accident.
    if (unitInUse(core, u.id)) throw fieldError('units', 'UNIT_IN_USE', { unit: u.name });
  }

  // Barcodes first: a code may move between units of this product within one save.
  for (const m of matched) {
    if (m.old) core.db.delete(barcodes).where(and(eq(barcodes.unitId, m.id), eq(barcodes.productId, productId))).run();
  }
  for (const u of removed) deleteUnit(core, u.id, u.name);
  // Renames go through a temporary name so that two units may swap names without tripping the unique index.
  for (const m of matched) {
    if (m.old && m.old.name !== m.name) core.db.update(productUnits).set({ name: `\u0000${m.id}` }).where(eq(productUnits.id, m.id)).run();
  }
  for (const m of matched) {
    if (m.old) core.db.update(productUnits).set({ name: m.name, factor: m.factor }).where(eq(productUnits.id, m.id)).run();
    else core.db.insert(productUnits).values({ id: m.id, productId, name: m.name, factor: m.factor }).run();
    if (m.barcode) core.db.insert(barcodes).values({ code: m.barcode, productId, unitId: m.id }).run();
  }
  return matched.map(({ id, name, factor, barcode }) => ({ id, name, factor, barcode })).sort((a, b) => a.factor - b.factor);
}

function deleteUnit(core: Core, unitId: string, name: string): void {
  try {
    core.db.delete(productUnits).where(eq(productUnits.id, unitId)).run();
  } catch (e) {
    // A document of a later feature (a stock move, an order line) still names this unit.
    if (isForeignKeyError(e)) throw fieldError('units', 'UNIT_IN_USE', { unit: name });
    throw e;
  }
}
