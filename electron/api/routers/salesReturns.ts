// salesReturns.*: returns, exchanges and gifts in one document (销退换赠). The owner, clerks and drivers (at the
// store) write and post them; the accountant reads them (they move the receivable); only the owner reverses a
// posted one. returnable / prices tell the screen what an order can still take back and at what price a return
// without its order would be credited.
import { createReturn, cancelReturn, postReturn } from '../../core/sales/returns-post';
import { reverseReturn } from '../../core/sales/returns-reverse';
import { getReturn, listReturns, returnableLines, returnPrices } from '../../core/sales/returns-view';
import {
  salesReturnCreateInput,
  salesReturnIdInput,
  salesReturnListInput,
  salesReturnPricesInput,
  salesReturnReverseInput,
  salesReturnableInput,
} from '../contract/sales-returns';
import { procedure, router } from '../trpc';

const writers = procedure('owner', 'clerk', 'driver');
const readers = procedure('owner', 'accountant', 'clerk', 'driver');

export const salesReturnsRouter = router({
  create: writers.input(salesReturnCreateInput).mutation(({ ctx, input }) => createReturn(ctx.core, ctx.actor, input)),
  post: writers.input(salesReturnIdInput).mutation(({ ctx, input }) => postReturn(ctx.core, ctx.actor, input)),
  /** A draft that will not be posted. */
  cancel: writers.input(salesReturnIdInput).mutation(({ ctx, input }) => cancelReturn(ctx.core, ctx.actor, input)),
  reverse: procedure('owner').input(salesReturnReverseInput).mutation(({ ctx, input }) => reverseReturn(ctx.core, ctx.actor, input)),
  get: readers.input(salesReturnIdInput).query(({ ctx, input }) => getReturn(ctx.core, input.id)),
  list: readers.input(salesReturnListInput).query(({ ctx, input }) => listReturns(ctx.core, input)),
  returnable: readers.input(salesReturnableInput).query(({ ctx, input }) => returnableLines(ctx.core, input.orderId)),
  prices: readers.input(salesReturnPricesInput).query(({ ctx, input }) => returnPrices(ctx.core, input.customerId, input.productIds)),
});
