// transfers.*: clerks and the owner ship goods between warehouses and receive them on arrival; everyone sees what
// is in transit.
import { listDocuments } from '../../core/stock/doc-views';
import { receiveTransfer, shipTransfer } from '../../core/stock/transfers';
import { stockIdSchema } from '../contract/stock';
import { transferReceiveInput, transferShipInput } from '../contract/warehouse-docs';
import { ALL_ROLES, procedure, router } from '../trpc';
import { z } from 'zod';

const movers = procedure('owner', 'clerk');

export const transfersRouter = router({
  ship: movers.input(transferShipInput).mutation(({ ctx, input }) => shipTransfer(ctx.core, ctx.actor, input)),
  receive: movers.input(transferReceiveInput).mutation(({ ctx, input }) => receiveTransfer(ctx.core, ctx.actor, input)),
  inTransit: procedure(...ALL_ROLES)
    .input(z.object({ warehouseId: stockIdSchema.optional() }))
    .query(({ ctx, input }) => listDocuments(ctx.core, { type: 'transfer', status: 'in_transit', warehouseId: input.warehouseId, limit: 500 })),
});
