// stock.*: every role reads stock (balances, batches, near expiry, the ledger, documents, variance reports);
// owner and clerk reverse posted documents (the core keeps adjustments' reversal to the owner); the owner sets the
// near-expiry days.
import { stockBalances } from '../../core/stock/balances';
import { nearExpiry, stockByBatch } from '../../core/stock/batch-stock';
import { checkLedger } from '../../core/stock/check';
import { documentView, ledgerMoves, listDocuments } from '../../core/stock/doc-views';
import { allocateFefo } from '../../core/stock/fefo';
import { reverseDocument } from '../../core/stock/reverse';
import { nearExpiryDays, setNearExpiryDays } from '../../core/stock/settings';
import { varianceReportView } from '../../core/stock/variance';
import {
  documentsInput,
  fefoInput,
  ledgerInput,
  nearExpiryDaysInput,
  nearExpiryInput,
  reverseInput,
  stockBalancesInput,
  stockByBatchInput,
  stockIdInput,
} from '../contract/stock';
import { ALL_ROLES, procedure, router } from '../trpc';

const readers = procedure(...ALL_ROLES);

export const stockRouter = router({
  balances: readers.input(stockBalancesInput).query(({ ctx, input }) => stockBalances(ctx.core, input)),
  byBatch: readers.input(stockByBatchInput).query(({ ctx, input }) => stockByBatch(ctx.core, input)),
  nearExpiry: readers.input(nearExpiryInput).query(({ ctx, input }) => nearExpiry(ctx.core, input)),
  ledger: readers.input(ledgerInput).query(({ ctx, input }) => ledgerMoves(ctx.core, input)),
  documents: readers.input(documentsInput).query(({ ctx, input }) => listDocuments(ctx.core, input)),
  document: readers.input(stockIdInput).query(({ ctx, input }) => documentView(ctx.core, input.id)),
  varianceReport: readers.input(stockIdInput).query(({ ctx, input }) => varianceReportView(ctx.core, input.id)),
  /** Which batches an outbound quantity would take, without taking them. */
  fefo: readers.input(fefoInput).query(({ ctx, input }) => allocateFefo(ctx.core, input.warehouseId, input.productId, input.qty)),
  nearExpiryDays: readers.query(({ ctx }) => ({ days: nearExpiryDays(ctx.core) })),
  setNearExpiryDays: procedure('owner')
    .input(nearExpiryDaysInput)
    .mutation(({ ctx, input }) => ({ days: setNearExpiryDays(ctx.core, ctx.actor, input.days) })),
  check: procedure('owner', 'clerk', 'accountant').query(({ ctx }) => checkLedger(ctx.core)),
  reverse: procedure('owner', 'clerk')
    .input(reverseInput)
    .mutation(({ ctx, input }) => reverseDocument(ctx.core, ctx.actor, input)),
});
