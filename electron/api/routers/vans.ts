// vans.*: clerks and the owner load vans and take their evening returns; drivers see their own van's stock and
// loading lists, everyone else sees every van. Loading lists and return variance reports print as A4 PDF (the
// app's PdfRenderer) or, for the loading list, on the receipt printer (printers.print with vans.loadingSlip).
import { listDocuments } from '../../core/stock/doc-views';
import { printableLoadingList } from '../../core/stock/van-loading-list';
import { loadingListFileName, loadingListHtml, loadingSlip, printOptions, vanReturnFileName, vanReturnHtml } from '../../core/stock/van-print';
import { vanReturnReport } from '../../core/stock/van-return-report';
import { vanFor, vanStock, vansFor } from '../../core/stock/van-views';
import { loadVan, returnVan } from '../../core/stock/vans';
import { stockIdInput } from '../contract/stock';
import { vanIdInput, vanLoadInput, vanReturnInput } from '../contract/warehouse-docs';
import { pdfDownload } from '../files';
import { ALL_ROLES, procedure, router } from '../trpc';

const readers = procedure(...ALL_ROLES);
const movers = procedure('owner', 'clerk');

export const vansRouter = router({
  list: readers.query(({ ctx }) => vansFor(ctx.core, ctx.actor)),
  stock: readers.input(vanIdInput).query(({ ctx, input }) => vanStock(ctx.core, ctx.actor, input.vanId)),
  /** The van's loads and returns, newest first. */
  history: readers.input(vanIdInput).query(({ ctx, input }) => {
    const van = vanFor(ctx.core, ctx.actor, input.vanId);
    return listDocuments(ctx.core, { warehouseId: van.id, limit: 200 }).filter((d) => d.type === 'van_load' || d.type === 'van_return').slice(0, 50);
  }),
  loadingList: readers.input(stockIdInput).query(({ ctx, input }) => printableLoadingList(ctx.core, ctx.actor, input.id)),
  loadingListPdf: readers.input(stockIdInput).mutation(({ ctx, input }) => {
    const list = printableLoadingList(ctx.core, ctx.actor, input.id);
    return pdfDownload(ctx.services.pdf, loadingListHtml(list, printOptions(ctx.core)), loadingListFileName(list));
  }),
  /** The loading list as a receipt-printer document, for printers.print. */
  loadingSlip: readers.input(stockIdInput).query(({ ctx, input }) => loadingSlip(printableLoadingList(ctx.core, ctx.actor, input.id), printOptions(ctx.core))),
  load: movers.input(vanLoadInput).mutation(({ ctx, input }) => loadVan(ctx.core, ctx.actor, input)),
  return: movers.input(vanReturnInput).mutation(({ ctx, input }) => returnVan(ctx.core, ctx.actor, input)),
  /** A return as loaded / sold / expected / returned per product, with the variance. */
  returnReport: readers.input(stockIdInput).query(({ ctx, input }) => vanReturnReport(ctx.core, ctx.actor, input.id)),
  returnReportPdf: readers.input(stockIdInput).mutation(({ ctx, input }) => {
    const report = vanReturnReport(ctx.core, ctx.actor, input.id);
    return pdfDownload(ctx.services.pdf, vanReturnHtml(report, printOptions(ctx.core)), vanReturnFileName(report));
  }),
});
