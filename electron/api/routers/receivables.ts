// receivables.*: balances, aging, overdue, open items, manual adjustments, reversals and the ledger self-check.
// Owner and accountant only: what customers owe is not for the warehouse or the vans.
import { postAdjustment, reverseAction } from '../../core/finance/actions';
import { aging, overdue } from '../../core/finance/aging';
import { verifyLedger } from '../../core/finance/balances';
import { allocationsOf, balances, listItems } from '../../core/finance/queries';
import { adjustmentInput, asOfInput, itemIdInput, itemsInput, reverseInput } from '../contract/finance';
import { procedure, router } from '../trpc';

const money = procedure('owner', 'accountant');

export const receivablesRouter = router({
  balances: money.query(({ ctx }) => balances(ctx.core)),
  aging: money.input(asOfInput).query(({ ctx, input }) => aging(ctx.core, input.asOf, { customerId: input.customerId })),
  overdue: money.input(asOfInput).query(({ ctx, input }) => overdue(ctx.core, input.asOf)),
  items: money.input(itemsInput).query(({ ctx, input }) => listItems(ctx.core, input)),
  allocations: money.input(itemIdInput).query(({ ctx, input }) => allocationsOf(ctx.core, input.id)),
  adjust: money.input(adjustmentInput).mutation(({ ctx, input }) => postAdjustment(ctx.core, ctx.actor, input)),
  reverse: money.input(reverseInput).mutation(({ ctx, input }) => reverseAction(ctx.core, ctx.actor, input)),
  verify: money.query(({ ctx }) => ({ problems: verifyLedger(ctx.core) })),
});
