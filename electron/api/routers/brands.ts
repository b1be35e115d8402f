// brands.*: the makers the distributor buys from. Every role reads; owner and clerk write.
import { createBrand, listBrands, updateBrand } from '../../core/catalog/brands';
import { brandCreateInput, brandUpdateInput } from '../contract/catalog';
import { ALL_ROLES, procedure, router } from '../trpc';

const writers = procedure('owner', 'clerk');

export const brandsRouter = router({
  list: procedure(...ALL_ROLES).query(({ ctx }) => listBrands(ctx.core)),
  create: writers.input(brandCreateInput).mutation(({ ctx, input }) => createBrand(ctx.core, ctx.actor, input)),
  update: writers.input(brandUpdateInput).mutation(({ ctx, input }) => updateBrand(ctx.core, ctx.actor, input)),
});
