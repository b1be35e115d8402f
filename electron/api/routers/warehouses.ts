// warehouses.*: the main warehouse and the vans. Every role reads; the owner writes.
import { createWarehouse, listWarehouses, updateWarehouse } from '../../core/parties/warehouses';
import { warehouseCreateInput, warehouseListInput, warehouseUpdateInput } from '../contract/parties';
import { ALL_ROLES, procedure, router } from '../trpc';

const owner = procedure('owner');

export const warehousesRouter = router({
  list: procedure(...ALL_ROLES)
    .input(warehouseListInput)
    .query(({ ctx, input }) => listWarehouses(ctx.core, input ?? {})),
  create: owner.input(warehouseCreateInput).mutation(({ ctx, input }) => createWarehouse(ctx.core, ctx.actor, input)),
  update: owner.input(warehouseUpdateInput).mutation(({ ctx, input }) => updateWarehouse(ctx.core, ctx.actor, input)),
});
