// categories.*: product groups. Every role reads; owner and clerk write.
import { createCategory, listCategories, updateCategory } from '../../core/catalog/categories';
import { categoryCreateInput, categoryUpdateInput } from '../contract/catalog';
import { ALL_ROLES, procedure, router } from '../trpc';

const writers = procedure('owner', 'clerk');

export const categoriesRouter = router({
  list: procedure(...ALL_ROLES).query(({ ctx }) => listCategories(ctx.core)),
  create: writers.input(categoryCreateInput).mutation(({ ctx, input }) => createCategory(ctx.core, ctx.actor, input)),
  update: writers.input(categoryUpdateInput).mutation(({ ctx, input }) => updateCategory(ctx.core, ctx.actor, input)),
});
