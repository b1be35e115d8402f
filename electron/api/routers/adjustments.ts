// adjustments.*: clerks and the owner record damage and samples (posted at once) and write-offs (a clerk's waits
// for the owner); the owner approves or rejects pending write-offs and reverses posted adjustments. The accountant
// reads the list (losses are costs).
import { approveAdjustment, createAdjustment, rejectAdjustment } from '../../core/stock/adjustments';
import { documentView, listDocuments } from '../../core/stock/doc-views';
import { getDocument } from '../../core/stock/documents';
import { reverseDocument } from '../../core/stock/reverse';
import { AppError } from '../../core/shared/errors';
import { documentsInput, reverseInput, stockIdInput } from '../contract/stock';
import { adjustmentCreateInput, adjustmentRejectInput } from '../contract/warehouse-docs';
import { procedure, router } from '../trpc';

const owner = procedure('owner');

export const adjustmentsRouter = router({
  create: procedure('owner', 'clerk')
    .input(adjustmentCreateInput)
    .mutation(({ ctx, input }) => createAdjustment(ctx.core, ctx.actor, input)),
  /** Write-offs awaiting the owner, each with its lines so the owner sees what is approved. */
  pending: procedure('owner', 'clerk').query(({ ctx }) =>
    listDocuments(ctx.core, { type: 'adjustment', status: 'pending', limit: 500 }).map((d) => ({ ...d, lines: documentView(ctx.core, d.id).lines })),
  ),
  /** Adjustments (damage, samples, write-offs, stocktake results), newest first. */
  list: procedure('owner', 'clerk', 'accountant')
    .input(documentsInput.omit({ type: true }))
    .query(({ ctx, input }) => listDocuments(ctx.core, { ...input, type: 'adjustment' })),
  approve: owner.input(stockIdInput).mutation(({ ctx, input }) => approveAdjustment(ctx.core, ctx.actor, input)),
  reject: owner.input(adjustmentRejectInput).mutation(({ ctx, input }) => rejectAdjustment(ctx.core, ctx.actor, input)),
  /** A posted adjustment undone by a reversal (冲销单): the goods come back at the cost they left at. */
  reverse: owner.input(reverseInput).mutation(({ ctx, input }) => {
    if (getDocument(ctx.core, input.id).type !== 'adjustment') throw new AppError('STOCK_DOC_NOT_FOUND');
    return reverseDocument(ctx.core, ctx.actor, input);
  }),
});
