// The shapes sales orders are read and returned in. The API contract (electron/api/contract/sales.ts) re-exports
// them for the screens; keep them stable (add fields, do not rename).
import type {
  CREDIT_POLICIES,
  SALES_APPROVAL_KINDS,
  SALES_ORDER_KINDS,
  SALES_ORDER_STATUSES,
  SALES_PAYMENT_METHODS,
} from '../../../db/schema/sales';
import type { MessageCode } from '../shared/messages';

export type SalesOrderKind = (typeof SALES_ORDER_KINDS)[number];
export type SalesOrderStatus = (typeof SALES_ORDER_STATUSES)[number];
export type SalesApprovalKind = (typeof SALES_APPROVAL_KINDS)[number];
export type SalesPaymentMethod = (typeof SALES_PAYMENT_METHODS)[number];
export type CreditPolicy = (typeof CREDIT_POLICIES)[number];

export interface SalesOrderLineView {
  id: string;
  lineNo: number;
  productId: string;
  sku: string;
  productName: string;
  unitId: string | null;
  unitName: string;
  factor: number;
  /** In the line's unit; qtyBase = qty × factor. */
  qty: number;
  qtyBase: number;
  baseUnit: string;
  /** Fen per line unit. */
  priceFen: number;
  listPriceFen: number | null;
  grossFen: number;
  lineDiscountFen: number;
  promoDiscountFen: number;
  orderDiscountFen: number;
  netFen: number;
  isGift: boolean;
  /** A store rebate paid as goods (返利货): a gift that uses the store's goods entitlement when delivered. */
  rebateGoods: boolean;
  promotionId: string | null;
  promoValueFen: number;
  batchId: string | null;
  deliveredQtyBase: number;
  /** Still reserved for this line (confirmed orders). */
  reservedQtyBase: number;
  note: string;
}

export interface SalesApprovalView {
  id: string;
  kind: SalesApprovalKind;
  lineId: string | null;
  reason: string;
  approvedBy: string;
  approverName: string;
  approvedAt: string;
  detail: unknown;
}

export interface SalesDeliveryView {
  id: string;
  stockDocId: string;
  stockDocNumber: string;
  invoiceItemId: string | null;
  invoiceNo: string | null;
  receiptItemId: string | null;
  amountFen: number;
  businessDate: string;
  reversed: boolean;
}

export interface SalesOrderView {
  id: string;
  number: string;
  kind: SalesOrderKind;
  status: SalesOrderStatus;
  customerId: string;
  customerCode: string;
  customerName: string;
  warehouseId: string;
  warehouseName: string;
  salespersonId: string | null;
  salespersonName: string | null;
  businessDate: string;
  deliveryDate: string | null;
  orderDiscountFen: number;
  grossFen: number;
  discountFen: number;
  amountFen: number;
  deliveredFen: number;
  note: string;
  createdAt: string;
  updatedAt: string;
  confirmedAt: string | null;
  closedAt: string | null;
  closeReason: string;
  lines: SalesOrderLineView[];
  approvals: SalesApprovalView[];
  deliveries: SalesDeliveryView[];
}

/** An approval the order still needs before it can be confirmed (what confirm returns to a clerk). */
export interface NeededApproval {
  kind: SalesApprovalKind;
  lineId: string | null;
  /** Fingerprint of what is approved: approving it, then changing the line or amount, needs a new approval. */
  subject: string;
  /** Message code and params for the screen (translated with `translate`). */
  code: MessageCode;
  params: Record<string, string | number>;
  detail: Record<string, string | number | null>;
}

export interface ConfirmResult {
  /** 'confirmed' (or 'delivered' for van and counter sales, which deliver at once), or 'pending_approval'. */
  status: SalesOrderStatus;
  needed: NeededApproval[];
  order: SalesOrderView;
}

export interface SalesOrderListRow {
  id: string;
  number: string;
  kind: SalesOrderKind;
  status: SalesOrderStatus;
  customerId: string;
  customerName: string;
  warehouseId: string;
  warehouseName: string;
  salespersonName: string | null;
  businessDate: string;
  deliveryDate: string | null;
  amountFen: number;
  deliveredFen: number;
}

export interface SalesOrderListPage {
  rows: SalesOrderListRow[];
  /** Rows matching the filter (all pages). */
  total: number;
}

export interface LastPrice {
  productId: string;
  unitId: string | null;
  unitName: string;
  factor: number;
  priceFen: number;
  /** Net price per line unit after discounts, rounded half up to the fen. */
  netPriceFen: number;
  orderNumber: string;
  businessDate: string;
}

export interface CreditTermsView {
  customerId: string;
  creditLimitFen: number;
  paymentTermsDays: number;
  overdueDays: number | null;
  policy: CreditPolicy;
  /** Open receivables now (balance, negative = prepaid). */
  balanceFen: number;
  /** Confirmed orders not yet delivered. */
  openOrdersFen: number;
}
