// vans.*: clerks and the owner load vans and take their evening returns; drivers see their own van's stock and
// loading lists, everyone else sees every van.
import { loadingList, vanStock, vansFor } from '../../core/stock/van-views';
import { loadVan, returnVan } from '../../core/stock/vans';
import { stockIdInput } from '../contract/stock';
import { vanIdInput, vanLoadInput, vanReturnInput } from '../contract/warehouse-docs';
import { ALL_ROLES, procedure, router } from '../trpc';

const readers = procedure(...ALL_ROLES);
const movers = procedure('owner', 'clerk');

export const vansRouter = router({
  list: readers.query(({ ctx }) => vansFor(ctx.core, ctx.actor)),
  stock: readers.input(vanIdInput).query(({ ctx, input }) => vanStock(ctx.core, ctx.actor, input.vanId)),
  loadingList: readers.input(stockIdInput).query(({ ctx, input }) => loadingList(ctx.core, ctx.actor, input.id)),
  load: movers.input(vanLoadInput).mutation(({ ctx, input }) => loadVan(ctx.core, ctx.actor, input)),
  return: movers.input(vanReturnInput).mutation(({ ctx, input }) => returnVan(ctx.core, ctx.actor, input)),
});
