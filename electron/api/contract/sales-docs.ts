// Inputs of salesDocs.* (order fulfilment and sales documents) and the shapes they return:
//   scanCode({ orderId, code, lineId? }) → ScanCodeView          a case/box/bottle code scanned out for an order
//   unbindCode({ orderId, code }) → OrderCodes; codes({ orderId }) → OrderCodes
//   pickList(pickListInput) → PickList; pickListPdf(pickListInput) → FileDownload   per salesperson or van
//   orderPdf({ orderId }) / deliveryNotePdf({ orderId }) → FileDownload              A4 with the order's QR
//   scanBack({ scan, image? }) → ScanBackResult    delivery note QR scanned back: delivered, signed image kept
//   attachments({ orderId }) → AttachmentRow[]; attachment({ id }) → FileDownload (the image)
//   receiptPreview({ orderId, printerId?, paper? }) → { paper, columns, svg }; printReceipt({ orderId, printerId? })
//     → PrintJobRow   (ESC/POS, queued to the printer; default printer when none is named)
import { z } from 'zod';
import { paperSchema } from '../../core/devices/printer-config';

import type { BoundCode, CodeLineProgress, CodeWarning } from '../../core/sales/order-codes';

export type { BoundCode, CodeLineProgress, CodeWarning, OrderCodes } from '../../core/sales/order-codes';
export type { PickBatch, PickGroup, PickList, PickOrder, PickProduct } from '../../core/sales/pick-list';
export type { AttachmentRow, ScanBackResult } from '../../core/sales/delivery-note-scan';

const id = z.string().trim().min(1).max(64);
const date = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'DATE_FORMAT' });

export const salesDocsOrderInput = z.object({ orderId: id });
export const scanCodeInput = z.object({ orderId: id, code: z.string().trim().min(1).max(512), lineId: id.optional() });
export const unbindCodeInput = z.object({ orderId: id, code: z.string().trim().min(1).max(512) });

export const pickListInput = z.object({
  by: z.enum(['salesperson', 'van']).default('salesperson'),
  warehouseId: id.optional(),
  /** Orders planned for delivery on or before this day (or not planned). */
  dueBy: date.optional(),
  salespersonId: id.optional(),
  /** by 'van': the van the orders go on. */
  vanId: id.optional(),
  orderIds: z.array(id).max(2000).optional(),
  asOf: date.optional(),
});

/** A signed delivery note: PNG or JPEG, base64 (4 MB at most once decoded; the core says so clearly). */
export const deliveryImageInput = z.object({ mime: z.enum(['image/png', 'image/jpeg']), contentBase64: z.string().min(1).max(12_000_000) });
export const scanBackInput = z.object({ scan: z.string().trim().min(1).max(200), image: deliveryImageInput.nullish() });
export const attachmentInput = z.object({ id });

export const receiptPreviewInput = z.object({ orderId: id, printerId: z.string().min(1).nullable().default(null), paper: paperSchema.optional() });
export const printReceiptInput = z.object({ orderId: id, printerId: z.string().min(1).nullable().default(null) });

/** A scanned code with its territory warnings in the caller's language. */
export interface ScanCodeView {
  bound: BoundCode;
  line: CodeLineProgress;
  warnings: (CodeWarning & { message: string })[];
}
