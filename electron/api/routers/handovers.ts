// handovers.*: the driver's evening cash handover (交款). Drivers see their expected cash and log expenses; the
// accountant counts, submits and approves.
import { approveExpense, approveHandover, expectedCash, recordExpense, submitHandover } from '../../core/finance/handover';
import { resolvePrinter } from '../../core/devices/device-settings';
import { enqueuePrintJob } from '../../core/devices/print-jobs';
import { handoverSlip, slipHtml, slipReceiptline } from '../../core/finance/handover-slip';
import { slipPrintDocument, slipXlsx } from '../../core/finance/handover-slip-files';
import { pdfDownload, xlsxDownload } from '../files';
import { listHandovers } from '../../core/finance/queries';
import { expectedCashInput, expenseCreateInput, handoverApproveInput, handoverListInput, handoverSubmitInput, itemIdInput, slipPrintInput } from '../contract/finance';
import { procedure, router } from '../trpc';

const money = procedure('owner', 'accountant');
const withDrivers = procedure('owner', 'accountant', 'driver');

export const handoversRouter = router({
  expected: withDrivers.input(expectedCashInput).query(({ ctx, input }) => expectedCash(ctx.core, input.driverId, input.businessDate)),
  list: money.input(handoverListInput).query(({ ctx, input }) => listHandovers(ctx.core, input)),
  submit: money.input(handoverSubmitInput).mutation(({ ctx, input }) => submitHandover(ctx.core, ctx.actor, input)),
  approve: money.input(handoverApproveInput).mutation(({ ctx, input }) => {
    approveHandover(ctx.core, ctx.actor, input);
    return { ok: true as const };
  }),
  slip: money.input(itemIdInput).query(({ ctx, input }) => {
    const slip = handoverSlip(ctx.core, input.id);
    return { ...slip, receiptline: slipReceiptline(slip), html: slipHtml(slip) };
  }),
  slipPdf: money.input(itemIdInput).mutation(({ ctx, input }) => {
    const slip = handoverSlip(ctx.core, input.id);
    return pdfDownload(ctx.services.pdf, slipHtml(slip), `交款单_${slip.docNo}.pdf`);
  }),
  slipXlsx: money.input(itemIdInput).mutation(async ({ ctx, input }) => {
    const slip = handoverSlip(ctx.core, input.id);
    return xlsxDownload(`交款单_${slip.docNo}.xlsx`, await slipXlsx(slip));
  }),
  /** Queues the slip on a receipt printer (the default one unless named); printing happens after this returns. */
  printSlip: money.input(slipPrintInput).mutation(({ ctx, input }) => {
    const printer = resolvePrinter(ctx.core, input.printerId);
    const job = enqueuePrintJob(ctx.core, ctx.actor, { printerId: printer.id, document: slipPrintDocument(handoverSlip(ctx.core, input.id)) });
    ctx.services.devices.kickPrinting();
    return job;
  }),
  addExpense: withDrivers.input(expenseCreateInput).mutation(({ ctx, input }) => ({ id: recordExpense(ctx.core, ctx.actor, input) })),
  approveExpense: money.input(itemIdInput).mutation(({ ctx, input }) => {
    approveExpense(ctx.core, ctx.actor, input.id);
    return { ok: true as const };
  }),
});
