// purchaseOrders.*: the owner decides and submits orders to the brand; clerks and the accountant read them.
import {
  cancelPurchaseOrder,
  createPurchaseOrder,
  listPurchaseOrders,
  purchaseOrderView,
  submitPurchaseOrder,
} from '../../core/receiving/purchase-orders';
import { lastPurchasePrices } from '../../core/receiving/po-prices';
import { productGetInput } from '../contract/catalog';
import { poCreateInput, poListInput } from '../contract/receiving';
import { stockIdInput } from '../contract/stock';
import { procedure, router } from '../trpc';

const owner = procedure('owner');
const readers = procedure('owner', 'clerk', 'accountant');

export const purchaseOrdersRouter = router({
  list: readers.input(poListInput).query(({ ctx, input }) => listPurchaseOrders(ctx.core, input)),
  get: readers.input(stockIdInput).query(({ ctx, input }) => purchaseOrderView(ctx.core, input.id)),
  lastPrices: readers.input(productGetInput).query(({ ctx, input }) => lastPurchasePrices(ctx.core, input.id)),
  create: owner.input(poCreateInput).mutation(({ ctx, input }) => createPurchaseOrder(ctx.core, ctx.actor, input)),
  submit: owner.input(stockIdInput).mutation(({ ctx, input }) => submitPurchaseOrder(ctx.core, ctx.actor, input)),
  cancel: owner.input(stockIdInput).mutation(({ ctx, input }) => cancelPurchaseOrder(ctx.core, ctx.actor, input)),
});
