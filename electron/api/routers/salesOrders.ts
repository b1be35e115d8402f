// salesOrders.*: sales orders (访销 presale, 车销 van sale, 门市 counter sale). Clerks enter and confirm orders (also
// for the salespeople), drivers sell from their own van and deliver; the owner approves prices outside the brand's
// limits and credit breaches, reverses delivered orders and sets the policies; everyone (the accountant too) reads.
// Driver limits (van sales only, own van) are checked in core. Inputs and returned shapes: contract/sales.ts.
import { priceLimitPolicy, setPriceLimitPolicy } from '../../core/sales/orders-checks';
import { creditTerms, setCreditTerms } from '../../core/sales/credit-terms';
import { cancelOrder, reverseOrder } from '../../core/sales/orders-close';
import { approveOrder, confirmOrder, orderNeeds } from '../../core/sales/orders-confirm';
import { deliverOrder } from '../../core/sales/orders-deliver';
import { addLine, createOrder, removeLine, updateLine, updateOrder } from '../../core/sales/orders-edit';
import { listOrders } from '../../core/sales/orders-list';
import { getOrder, lastPrices, orderIdByNumber } from '../../core/sales/orders-read';
import { goodsOwed } from '../../core/rebates/store';
import {
  creditTermsInput,
  creditTermsQuery,
  salesLastPricesInput,
  salesOrderAddLineInput,
  salesOrderApproveInput,
  salesOrderConfirmInput,
  salesOrderCreateInput,
  salesOrderDeliverInput,
  salesOrderIdInput,
  salesOrderLineRef,
  salesOrderListInput,
  salesOrderNumberInput,
  salesOrderReasonInput,
  salesOrderUpdateInput,
  salesOrderUpdateLineInput,
  salesRebateGoodsInput,
  salesSettingsInput,
} from '../contract/sales';
import { ALL_ROLES, procedure, router } from '../trpc';

const readers = procedure(...ALL_ROLES);
const sellers = procedure('owner', 'clerk', 'driver');
const owner = procedure('owner');

export const salesOrdersRouter = router({
  create: sellers.input(salesOrderCreateInput).mutation(({ ctx, input }) => createOrder(ctx.core, ctx.actor, input)),
  update: sellers.input(salesOrderUpdateInput).mutation(({ ctx, input }) => updateOrder(ctx.core, ctx.actor, input)),
  addLine: sellers.input(salesOrderAddLineInput).mutation(({ ctx, input }) => addLine(ctx.core, ctx.actor, input)),
  updateLine: sellers.input(salesOrderUpdateLineInput).mutation(({ ctx, input }) => updateLine(ctx.core, ctx.actor, input)),
  removeLine: sellers.input(salesOrderLineRef).mutation(({ ctx, input }) => removeLine(ctx.core, ctx.actor, input)),
  confirm: sellers.input(salesOrderConfirmInput).mutation(({ ctx, input }) => confirmOrder(ctx.core, ctx.actor, input)),
  approve: owner.input(salesOrderApproveInput).mutation(({ ctx, input }) => approveOrder(ctx.core, ctx.actor, input)),
  deliver: sellers.input(salesOrderDeliverInput).mutation(({ ctx, input }) => deliverOrder(ctx.core, ctx.actor, input)),
  cancel: sellers.input(salesOrderReasonInput).mutation(({ ctx, input }) => cancelOrder(ctx.core, ctx.actor, input)),
  reverse: owner.input(salesOrderReasonInput).mutation(({ ctx, input }) => reverseOrder(ctx.core, ctx.actor, input)),
  get: readers.input(salesOrderIdInput).query(({ ctx, input }) => getOrder(ctx.core, input.id)),
  byNumber: readers.input(salesOrderNumberInput).query(({ ctx, input }) => getOrder(ctx.core, orderIdByNumber(ctx.core, input.number))),
  list: readers.input(salesOrderListInput).query(({ ctx, input }) => listOrders(ctx.core, input)),
  /** What the store is owed as rebate goods (返利货), for the order screen; clerks and drivers take it as gift lines. */
  rebateGoodsOwed: readers.input(salesRebateGoodsInput).query(({ ctx, input }) => goodsOwed(ctx.core, input.customerId)),
  lastPrices: readers.input(salesLastPricesInput).query(({ ctx, input }) => lastPrices(ctx.core, input.customerId, input.productIds)),
  needs: readers.input(salesOrderIdInput).query(({ ctx, input }) => orderNeeds(ctx.core, input.id)),
  creditTerms: readers.input(creditTermsQuery).query(({ ctx, input }) => creditTerms(ctx.core, input.customerId)),
  setCreditTerms: owner.input(creditTermsInput).mutation(({ ctx, input }) => setCreditTerms(ctx.core, ctx.actor, input)),
  settings: readers.query(({ ctx }) => ({ priceLimitPolicy: priceLimitPolicy(ctx.core) })),
  setSettings: owner.input(salesSettingsInput).mutation(({ ctx, input }) => ({ priceLimitPolicy: setPriceLimitPolicy(ctx.core, ctx.actor, input.priceLimitPolicy) })),
});
