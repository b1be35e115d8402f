// Scanning a delivery note's QR back (回单): `DMS:SO-…` (or the bare number) resolves to the order; an order still
// to deliver is delivered for everything left (D's deliverInTx, FEFO, receivable, codes) and the signed note's
// image, when one is given, is stored with it, all in one transaction. Scanning an order already delivered only
// attaches the image. Images are checked before anything is written: PNG or JPEG by their bytes, 4 MB at most.
import { createHash } from 'node:crypto';
import { DELIVERY_IMAGE_MAX_BYTES } from '../../../db/schema';
import { prepared } from '../catalog/statements';
import { isDocQr, parseDocNumber, parseDocQr } from '../scan/doc-qr';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { mutate } from '../shared/mutate';
import type { SalesOrderView } from './order-types';
import { deliverInTx } from './orders-deliver';
import { getOrder, orderRow } from './orders-read';
import { orderStatusParams } from './orders-status';

export type DeliveryImageType = 'image/png' | 'image/jpeg';

export interface DeliveryImage {
  mime: DeliveryImageType;
  bytes: Uint8Array;
}

export interface ScanBackResult {
  order: SalesOrderView;
  /** This scan posted the delivery (false: the order had been delivered already). */
  delivered: boolean;
  attachmentId: string | null;
}

export interface AttachmentRow {
  id: string;
  orderId: string;
  mime: DeliveryImageType;
  size: number;
  sha256: string;
  createdAt: string;
  createdBy: string | null;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const startsWith = (b: Uint8Array, sig: number[]) => b.length >= sig.length && sig.every((v, i) => b[i] === v);

/** The image's real type from its first bytes; it must match what the caller says it is. */
export function checkDeliveryImage(image: DeliveryImage): DeliveryImage {
  const actual = startsWith(image.bytes, PNG) ? 'image/png' : startsWith(image.bytes, JPEG) ? 'image/jpeg' : null;
  if (actual === null || actual !== image.mime) throw new AppError('SALES_IMAGE_TYPE');
  if (image.bytes.length > DELIVERY_IMAGE_MAX_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new AppError('SALES_IMAGE_TOO_LARGE', { size: mb(image.bytes.length), max: mb(DELIVERY_IMAGE_MAX_BYTES) });
  }
  return image;
}

/** The order a scanned delivery note (or a typed order number) names. */
export function orderOfScan(core: Core, scan: string): string {
  const text = scan.trim();
  const doc = isDocQr(text) ? parseDocQr(text) : parseDocNumber(text.toUpperCase());
  if (!doc) throw new AppError('SCAN_DOC_MALFORMED', { code: text });
  if (doc.prefix !== 'SO') throw new AppError('SALES_DOC_NOT_ORDER', { number: doc.number });
  const row = prepared(core, 'SELECT id FROM sales_orders WHERE number = ?').get(doc.number) as { id: string } | undefined;
  if (!row) throw new AppError('SALES_DOC_ORDER_UNKNOWN', { number: doc.number });
  return row.id;
}

function insertAttachment(core: Core, actor: Actor, orderId: string, image: DeliveryImage): string {
  const id = newId();
  const bytes = Buffer.from(image.bytes);
  prepared(core, 'INSERT INTO delivery_attachments (id, order_id, mime, bytes, size, sha256, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
    id,
    orderId,
    image.mime,
    bytes,
    bytes.length,
    createHash('sha256').update(bytes).digest('hex'),
    core.now().toISOString(),
    actor.userId,
  );
  return id;
}

export function scanBackDeliveryNote(core: Core, actor: Actor, input: { scan: string; image?: DeliveryImage | null }): ScanBackResult {
  const image = input.image ? checkDeliveryImage(input.image) : null;
  const orderId = orderOfScan(core, input.scan);
  const r = mutate(
    core,
    actor,
    (res) => ({ action: 'sales.deliveryNote.scanBack', entity: 'sales_order', entityId: orderId, data: { delivered: res.delivered, attachmentId: res.attachmentId } }),
    () => {
      const order = orderRow(core, orderId);
      let delivered = false;
      if (order.status === 'confirmed' || order.status === 'partially_delivered') {
        deliverInTx(core, actor, { orderId });
        delivered = true;
      } else if (order.status !== 'delivered') {
        throw new AppError('SALES_DOC_NOT_DELIVERABLE', orderStatusParams(order));
      }
      return { delivered, attachmentId: image ? insertAttachment(core, actor, orderId, image) : null };
    },
  );
  return { ...r, order: getOrder(core, orderId) };
}

export function listAttachments(core: Core, orderId: string): AttachmentRow[] {
  return prepared(
    core,
    `SELECT id, order_id AS orderId, mime, size, sha256, created_at AS createdAt, created_by AS createdBy
     FROM delivery_attachments WHERE order_id = ? ORDER BY created_at, id`,
  ).all(orderId) as AttachmentRow[];
}

export function getAttachment(core: Core, id: string): AttachmentRow & { bytes: Buffer } {
  const row = prepared(
    core,
    `SELECT id, order_id AS orderId, mime, size, sha256, created_at AS createdAt, created_by AS createdBy, bytes
     FROM delivery_attachments WHERE id = ?`,
  ).get(id) as (AttachmentRow & { bytes: Buffer }) | undefined;
  if (!row) throw new AppError('SALES_IMAGE_NOT_FOUND');
  return row;
}
