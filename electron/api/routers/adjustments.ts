// adjustments.*: clerks and the owner record damage and samples (posted at once) and write-offs (a clerk's waits
// for the owner); the owner approves or rejects pending write-offs.
import { approveAdjustment, createAdjustment, rejectAdjustment } from '../../core/stock/adjustments';
import { listDocuments } from '../../core/stock/doc-views';
import { stockIdInput } from '../contract/stock';
import { adjustmentCreateInput, adjustmentRejectInput } from '../contract/warehouse-docs';
import { procedure, router } from '../trpc';

const owner = procedure('owner');

export const adjustmentsRouter = router({
  create: procedure('owner', 'clerk')
    .input(adjustmentCreateInput)
    .mutation(({ ctx, input }) => createAdjustment(ctx.core, ctx.actor, input)),
  pending: procedure('owner', 'clerk').query(({ ctx }) => listDocuments(ctx.core, { type: 'adjustment', status: 'pending', limit: 500 })),
  approve: owner.input(stockIdInput).mutation(({ ctx, input }) => approveAdjustment(ctx.core, ctx.actor, input)),
  reject: owner.input(adjustmentRejectInput).mutation(({ ctx, input }) => rejectAdjustment(ctx.core, ctx.actor, input)),
});
