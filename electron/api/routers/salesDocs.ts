// salesDocs.*: order fulfilment and its documents. Clerks, drivers and owners scan trace codes out for an order and
// scan delivery notes back (with the signed image); owners and clerks print pick lists; everyone may print an
// order, a delivery note or a receipt. PDFs are rendered after any transaction (services.pdf); receipts go to the
// print queue, which keeps them while a printer is off.
import { resolvePrinter } from '../../core/devices/device-settings';
import { enqueuePrintJob } from '../../core/devices/print-jobs';
import { fromBase64 } from '../../core/imports/files';
import { salesDoc, salesDocFileName, salesDocHtml } from '../../core/sales/delivery-note';
import { getAttachment, listAttachments, scanBackDeliveryNote } from '../../core/sales/delivery-note-scan';
import { orderCodes, scanOrderCode, unbindOrderCode } from '../../core/sales/order-codes';
import { pickList } from '../../core/sales/pick-list';
import { pickListFileName, pickListHtml } from '../../core/sales/pick-list-render';
import { salesReceipt } from '../../core/sales/sales-print';
import { businessDate } from '../../core/shared/dates';
import { translate } from '../../core/shared/messages';
import { layoutDocument } from '../../devices/printer/layout';
import { renderSvg } from '../../devices/printer/preview/svg';
import {
  attachmentInput,
  pickListInput,
  printReceiptInput,
  receiptPreviewInput,
  salesDocsOrderInput,
  scanBackInput,
  scanCodeInput,
  unbindCodeInput,
  type ScanCodeView,
} from '../contract/sales-docs';
import { fileDownload, pdfDownload } from '../files';
import type { Context } from '../trpc';
import { ALL_ROLES, procedure, router } from '../trpc';

const anyone = procedure(...ALL_ROLES);
const shipping = procedure('owner', 'clerk', 'driver');
const warehouse = procedure('owner', 'clerk');

const renderOpts = (ctx: Context) => ({ lang: ctx.lang, printed: businessDate(ctx.core.now(), ctx.core.timeZone) });

async function docPdf(ctx: Context, orderId: string, kind: 'order' | 'delivery') {
  const doc = salesDoc(ctx.core, orderId, kind);
  return pdfDownload(ctx.services.pdf, salesDocHtml(doc, renderOpts(ctx)), salesDocFileName(doc, ctx.lang));
}

export const salesDocsRouter = router({
  scanCode: shipping.input(scanCodeInput).mutation(({ ctx, input }): ScanCodeView => {
    const r = scanOrderCode(ctx.core, ctx.actor, input);
    return { ...r, warnings: r.warnings.map((w) => ({ ...w, message: translate(w.code, ctx.lang, w.params) })) };
  }),
  unbindCode: shipping.input(unbindCodeInput).mutation(({ ctx, input }) => unbindOrderCode(ctx.core, ctx.actor, input)),
  codes: anyone.input(salesDocsOrderInput).query(({ ctx, input }) => orderCodes(ctx.core, input.orderId)),
  pickList: warehouse.input(pickListInput).query(({ ctx, input }) => pickList(ctx.core, input)),
  pickListPdf: warehouse.input(pickListInput).mutation(({ ctx, input }) => {
    const list = pickList(ctx.core, input);
    return pdfDownload(ctx.services.pdf, pickListHtml(ctx.core, list, renderOpts(ctx)), pickListFileName(list, ctx.lang));
  }),
  orderPdf: anyone.input(salesDocsOrderInput).mutation(({ ctx, input }) => docPdf(ctx, input.orderId, 'order')),
  deliveryNotePdf: anyone.input(salesDocsOrderInput).mutation(({ ctx, input }) => docPdf(ctx, input.orderId, 'delivery')),
  scanBack: shipping.input(scanBackInput).mutation(({ ctx, input }) =>
    scanBackDeliveryNote(ctx.core, ctx.actor, {
      scan: input.scan,
      image: input.image ? { mime: input.image.mime, bytes: fromBase64(input.image.contentBase64) } : null,
    }),
  ),
  attachments: anyone.input(salesDocsOrderInput).query(({ ctx, input }) => listAttachments(ctx.core, input.orderId)),
  attachment: anyone.input(attachmentInput).query(({ ctx, input }) => {
    const a = getAttachment(ctx.core, input.id);
    return fileDownload(`签收单_${a.id}.${a.mime === 'image/png' ? 'png' : 'jpg'}`, a.bytes, a.mime);
  }),
  receiptPreview: anyone.input(receiptPreviewInput).query(({ ctx, input }) => {
    const printer = { ...resolvePrinter(ctx.core, input.printerId), ...(input.paper ? { paper: input.paper } : {}) };
    const layout = layoutDocument(salesReceipt(ctx.core, input.orderId, { paper: printer.paper, lang: ctx.lang }), printer);
    return { paper: printer.paper, columns: layout.columns, svg: renderSvg(layout, { drawer: translate('PREVIEW_DRAWER', ctx.lang) }) };
  }),
  printReceipt: anyone.input(printReceiptInput).mutation(({ ctx, input }) => {
    const printer = resolvePrinter(ctx.core, input.printerId);
    const document = salesReceipt(ctx.core, input.orderId, { paper: printer.paper, lang: ctx.lang });
    const job = enqueuePrintJob(ctx.core, ctx.actor, { printerId: printer.id, document });
    ctx.services.devices.kickPrinting();
    return { ...job, lastErrorText: null };
  }),
});
