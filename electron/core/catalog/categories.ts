// Categories (分类): a shallow tree (饮料 › 碳酸饮料) used to group products on screens and in reports.
import { asc, eq } from 'drizzle-orm';
import { categories } from '../../../db/schema';
import { fieldError } from '../imports/field-error';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';

export interface Category {
  id: string;
  name: string;
  parentId: string | null;
}

const columns = { id: categories.id, name: categories.name, parentId: categories.parentId };

export function listCategories(core: Core): Category[] {
  return core.db.select(columns).from(categories).orderBy(asc(categories.name)).all();
}

export function getCategory(core: Core, id: string): Category {
  const row = core.db.select(columns).from(categories).where(eq(categories.id, id)).get();
  if (!row) throw new AppError('CATEGORY_NOT_FOUND');
  return row;
}

export const categoryByName = (core: Core, name: string): Category | undefined =>
  core.db.select(columns).from(categories).where(eq(categories.name, name.trim())).get();

function checkName(core: Core, id: string | null, name: string): void {
  const same = categoryByName(core, name);
  if (same && same.id !== id) throw fieldError('name', 'CATEGORY_TAKEN', { name });
}

/** The parent must exist and must not be the category itself or below it (no loops in the tree). */
function checkParent(core: Core, id: string | null, parentId: string | null): void {
  for (let at = parentId, hops = 0; at; hops++) {
    if (at === id || hops > 64) throw fieldError('parentId', 'CATEGORY_PARENT');
    const parent = core.db.select(columns).from(categories).where(eq(categories.id, at)).get();
    if (!parent) throw fieldError('parentId', 'CATEGORY_NOT_FOUND');
    at = parent.parentId;
  }
}

export function insertCategory(core: Core, input: { name: string; parentId?: string | null }): Category {
  const row = { id: newId(), name: input.name.trim(), parentId: input.parentId ?? null };
  checkName(core, null, row.name);
  checkParent(core, null, row.parentId);
  core.db.insert(categories).values({ ...row, createdAt: core.now().toISOString() }).run();
  return row;
}

/** The category with this name, created at the top level when missing (for imports). */
export function ensureCategory(core: Core, name: string): Category {
  return categoryByName(core, name) ?? insertCategory(core, { name });
}

export function createCategory(core: Core, actor: Actor, input: { name: string; parentId?: string | null }): Category {
  return mutate(
    core,
    actor,
    (c) => ({ action: 'categories.create', entity: 'category', entityId: c.id, data: c }),
    () => insertCategory(core, input),
  );
}

export function updateCategory(core: Core, actor: Actor, input: { id: string; name: string; parentId?: string | null }): Category {
  return mutate(
    core,
    actor,
    (c) => ({ action: 'categories.update', entity: 'category', entityId: c.id, data: c }),
    () => {
      getCategory(core, input.id);
      const row = { id: input.id, name: input.name.trim(), parentId: input.parentId ?? null };
      checkName(core, row.id, row.name);
      checkParent(core, row.id, row.parentId);
      core.db.update(categories).set({ name: row.name, parentId: row.parentId }).where(eq(categories.id, row.id)).run();
      return row;
    },
  );
}
