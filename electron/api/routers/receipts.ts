// receipts.*: recording money received (收款) with its allocation, allocating and unallocating later, 抹零.
import { allocateAction, createReceipt, unallocateAction, writeOffAction } from '../../core/finance/actions';
import { writeOffLimit } from '../../core/finance/allocation';
import { listItems } from '../../core/finance/queries';
import { allocateInput, itemsInput, receiptCreateInput, unallocateInput, writeOffInput } from '../contract/finance';
import { procedure, router } from '../trpc';

const money = procedure('owner', 'accountant');

export const receiptsRouter = router({
  list: money.input(itemsInput).query(({ ctx, input }) => listItems(ctx.core, { ...input, kind: 'receipt' })),
  create: money.input(receiptCreateInput).mutation(({ ctx, input }) => createReceipt(ctx.core, ctx.actor, input)),
  allocate: money.input(allocateInput).mutation(({ ctx, input }) => ({ allocationIds: allocateAction(ctx.core, ctx.actor, input) })),
  unallocate: money.input(unallocateInput).mutation(({ ctx, input }) => ({ reversalId: unallocateAction(ctx.core, ctx.actor, input) })),
  writeOff: money.input(writeOffInput).mutation(({ ctx, input }) => ({ entryId: writeOffAction(ctx.core, ctx.actor, input) })),
  writeOffLimit: money.query(({ ctx }) => ({ limit: writeOffLimit(ctx.core) })),
});
