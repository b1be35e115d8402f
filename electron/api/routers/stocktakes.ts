// stocktakes.*: clerks and the owner start, count (blind) and close stocktakes; the review shows book against
// counted; only the owner approves, which posts the adjustment.
import { countedLines, manualCount, scanCount } from '../../core/stocktake/counting';
import { approveStocktake, stocktakeReview } from '../../core/stocktake/review';
import { cancelStocktake, closeCounting, getStocktake, listStocktakes, reopenCounting, startStocktake } from '../../core/stocktake/stocktakes';
import { stockIdInput } from '../contract/stock';
import { stocktakeCountInput, stocktakeListInput, stocktakeScanInput, stocktakeStartInput } from '../contract/warehouse-docs';
import { procedure, router } from '../trpc';

const counters = procedure('owner', 'clerk');
const viewers = procedure('owner', 'clerk', 'accountant');

export const stocktakesRouter = router({
  list: viewers.input(stocktakeListInput).query(({ ctx, input }) => listStocktakes(ctx.core, input)),
  get: viewers.input(stockIdInput).query(({ ctx, input }) => getStocktake(ctx.core, input.id)),
  start: counters.input(stocktakeStartInput).mutation(({ ctx, input }) => startStocktake(ctx.core, ctx.actor, input)),
  scan: counters.input(stocktakeScanInput).mutation(({ ctx, input }) => scanCount(ctx.core, ctx.actor, input)),
  count: counters.input(stocktakeCountInput).mutation(({ ctx, input }) => manualCount(ctx.core, ctx.actor, input)),
  counted: counters.input(stockIdInput).query(({ ctx, input }) => countedLines(ctx.core, getStocktake(ctx.core, input.id).id)),
  close: counters.input(stockIdInput).mutation(({ ctx, input }) => closeCounting(ctx.core, ctx.actor, input)),
  reopen: counters.input(stockIdInput).mutation(({ ctx, input }) => reopenCounting(ctx.core, ctx.actor, input)),
  cancel: counters.input(stockIdInput).mutation(({ ctx, input }) => cancelStocktake(ctx.core, ctx.actor, input)),
  review: viewers.input(stockIdInput).query(({ ctx, input }) => stocktakeReview(ctx.core, input.id)),
  approve: procedure('owner')
    .input(stockIdInput)
    .mutation(({ ctx, input }) => approveStocktake(ctx.core, ctx.actor, input)),
});
