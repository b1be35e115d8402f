// Inputs of salesOrders.* (sales orders: 访销 presale, 车销 van sale, 门市 counter sale) and the shapes they return.
// STABLE CONTRACT for the screens (engineer G): fields may be added, none renamed or removed. Money is integer fen
// (the form turns "12.50" into 1250), quantities are in the line's unit (`qty`) with the unit kept; `qtyBase` is
// base units. Bad numbers are refused by the core with a translated message naming the product.
//
// Procedures (roles): owner, clerk (also takes salespeople's orders), driver (van sales from their own van);
// accountant reads.
//   create(salesOrderCreateInput) → SalesOrderView          draft order, numbered SO-YYYYMMDD-NNNN
//   update(salesOrderUpdateInput) → SalesOrderView          header of a draft / pending order
//   addLine(salesOrderAddLineInput) → SalesOrderView        price defaults to the customer's price list
//   updateLine(salesOrderUpdateLineInput) → SalesOrderView
//   removeLine(salesOrderLineRef) → SalesOrderView
//   confirm(salesOrderConfirmInput) → ConfirmResult         reserves stock; van and counter sales deliver at once.
//       status 'pending_approval' + needed[] when the owner must approve (price limits, credit); an owner passing
//       approvalReason approves inline.
//   approve(salesOrderApproveInput) → SalesOrderView        owner: approves everything the order needs now
//   deliver(salesOrderDeliverInput) → SalesOrderView        all remaining, or `lines` for a partial delivery
//   cancel(salesOrderReasonInput) → SalesOrderView          releases reservations (not after a delivery: reverse)
//   reverse(salesOrderReasonInput) → SalesOrderView         owner: stock back and a credit note for every delivery
//   get({ id }) / byNumber({ number }) → SalesOrderView
//   list(salesOrderListInput) → SalesOrderListPage
//   lastPrices(salesLastPricesInput) → LastPrice[]          last price to this customer per product (display)
//   needs({ id }) → NeededApproval[]                        what confirming now would need (no writes)
//   creditTerms({ customerId }) → CreditTermsView; setCreditTerms(creditTermsInput) (owner)
//   settings() → { priceLimitPolicy }; setSettings(salesSettingsInput) (owner)
import { z } from 'zod';

export type {
  ConfirmResult,
  CreditTermsView,
  LastPrice,
  NeededApproval,
  SalesApprovalView,
  SalesDeliveryView,
  SalesOrderKind,
  SalesOrderLineView,
  SalesOrderListPage,
  SalesOrderListRow,
  SalesOrderStatus,
  SalesOrderView,
  SalesPaymentMethod,
} from '../../core/sales/order-types';

export const salesIdSchema = z.string().trim().min(1).max(64);
/** A quantity as typed; the core refuses fractions, zero and negatives naming the product. */
export const salesQtySchema = z.number().finite().min(-1_000_000_000).max(1_000_000_000);
/** Fen as typed; the core refuses non-integers and negatives with MONEY_FORMAT. */
export const salesFenSchema = z.number().finite().min(-1_000_000_000_000).max(1_000_000_000_000);
export const salesDateSchema = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'DATE_FORMAT' });
export const salesOrderKindSchema = z.enum(['presale', 'van', 'counter']);
export const salesOrderStatusSchema = z.enum(['draft', 'pending_approval', 'confirmed', 'partially_delivered', 'delivered', 'cancelled', 'reversed']);
export const salesPaymentMethodSchema = z.enum(['cash', 'wechat', 'alipay', 'bank']);
const reason = z.string().trim().min(1).max(200);

export const salesOrderLineInput = z.object({
  productId: salesIdSchema,
  /** Default: the product's base unit. */
  unitId: salesIdSchema.nullish(),
  qty: salesQtySchema,
  /** Fen per line unit; default the customer's price-list price (0 for gifts). */
  priceFen: salesFenSchema.nullish(),
  /** Discount on this line in fen. */
  lineDiscountFen: salesFenSchema.optional(),
  /** A manual gift (赠品): zero price, still leaves stock. */
  isGift: z.boolean().optional(),
  /** 返利货: a gift paid out of the store's goods entitlement (store rebates paid as goods). */
  rebateGoods: z.boolean().optional(),
  /** Take exactly this batch instead of first-expiring-first. */
  batchId: salesIdSchema.nullish(),
  note: z.string().trim().max(200).optional(),
});
export type SalesOrderLineInput = z.infer<typeof salesOrderLineInput>;

export const salesOrderCreateInput = z.object({
  kind: salesOrderKindSchema,
  customerId: salesIdSchema,
  /** A main warehouse (presale, counter) or the van (van sale). */
  warehouseId: salesIdSchema,
  /** 业务员; for a van sale the van's driver is taken when omitted. */
  salespersonId: salesIdSchema.nullish(),
  deliveryDate: salesDateSchema.nullish(),
  orderDiscountFen: salesFenSchema.optional(),
  note: z.string().trim().max(500).optional(),
  lines: z.array(salesOrderLineInput).max(2000).optional(),
});
export type SalesOrderCreateInput = z.infer<typeof salesOrderCreateInput>;

export const salesOrderUpdateInput = z.object({
  id: salesIdSchema,
  customerId: salesIdSchema.optional(),
  warehouseId: salesIdSchema.optional(),
  salespersonId: salesIdSchema.nullish(),
  deliveryDate: salesDateSchema.nullish(),
  orderDiscountFen: salesFenSchema.optional(),
  note: z.string().trim().max(500).optional(),
});
export type SalesOrderUpdateInput = z.infer<typeof salesOrderUpdateInput>;

export const salesOrderAddLineInput = z.object({ orderId: salesIdSchema, line: salesOrderLineInput });
export const salesOrderUpdateLineInput = z.object({
  orderId: salesIdSchema,
  lineId: salesIdSchema,
  unitId: salesIdSchema.nullish(),
  qty: salesQtySchema.optional(),
  priceFen: salesFenSchema.nullish(),
  lineDiscountFen: salesFenSchema.optional(),
  isGift: z.boolean().optional(),
  batchId: salesIdSchema.nullish(),
  note: z.string().trim().max(200).optional(),
});
export type SalesOrderUpdateLineInput = z.infer<typeof salesOrderUpdateLineInput>;
export const salesOrderLineRef = z.object({ orderId: salesIdSchema, lineId: salesIdSchema });

/** Paid on the spot (counter and van sales, or cash on delivery): recorded and allocated to the invoice. */
export const salesPaymentInput = z.object({ method: salesPaymentMethodSchema, amountFen: salesFenSchema, reference: z.string().trim().max(100).optional() });
export type SalesPaymentInput = z.infer<typeof salesPaymentInput>;

export const salesOrderConfirmInput = z.object({
  id: salesIdSchema,
  /** Owner only: approve whatever the order needs, with this reason, and confirm in one step. */
  approvalReason: reason.optional(),
  /** Van and counter sales deliver on confirmation; the payment taken at the same time. */
  payment: salesPaymentInput.optional(),
});
export type SalesOrderConfirmInput = z.infer<typeof salesOrderConfirmInput>;

export const salesOrderApproveInput = z.object({ id: salesIdSchema, reason });

export const salesOrderDeliverInput = z.object({
  orderId: salesIdSchema,
  /** A partial delivery: these lines and base quantities; omitted = everything not yet delivered. */
  lines: z.array(z.object({ lineId: salesIdSchema, qtyBase: salesQtySchema })).max(2000).optional(),
  /** Trace codes scanned at loading (engineer F's outbound code check binds them to the customer). */
  codes: z.array(z.string().trim().min(1).max(512)).max(20_000).optional(),
  /** Default today. */
  businessDate: salesDateSchema.optional(),
  payment: salesPaymentInput.optional(),
});
export type SalesOrderDeliverInput = z.infer<typeof salesOrderDeliverInput>;

export const salesOrderReasonInput = z.object({ id: salesIdSchema, reason });
export const salesRebateGoodsInput = z.object({ customerId: salesIdSchema });
export const salesOrderIdInput = z.object({ id: salesIdSchema });
export const salesOrderNumberInput = z.object({ number: z.string().trim().min(1).max(40) });

export const salesOrderListInput = z.object({
  status: z.union([salesOrderStatusSchema, z.array(salesOrderStatusSchema).max(7)]).optional(),
  kind: salesOrderKindSchema.optional(),
  customerId: salesIdSchema.optional(),
  warehouseId: salesIdSchema.optional(),
  /** Business dates, inclusive. */
  from: salesDateSchema.optional(),
  to: salesDateSchema.optional(),
  /** Order number (or its start). */
  number: z.string().trim().max(40).optional(),
  limit: z.number().int().min(1).max(500).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
});
export type SalesOrderListInput = z.infer<typeof salesOrderListInput>;

export const salesLastPricesInput = z.object({ customerId: salesIdSchema, productIds: z.array(salesIdSchema).min(1).max(500) });

export const creditTermsInput = z.object({
  customerId: salesIdSchema,
  /** Days past due allowed before orders need the owner; null = not checked. */
  overdueDays: z.number().int().min(0).max(3650).nullable(),
  policy: z.enum(['approval', 'block']),
});
export type CreditTermsInput = z.infer<typeof creditTermsInput>;
export const creditTermsQuery = z.object({ customerId: salesIdSchema });

/** Owner's setting: a price outside the brand's limits needs approval, or is refused. */
export const salesSettingsInput = z.object({ priceLimitPolicy: z.enum(['approval', 'block']) });
