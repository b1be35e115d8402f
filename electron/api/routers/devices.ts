// scanners.*, printers.* and printJobs.*: owners and clerks set up scanners and printers; everyone may see their
// state, print, preview and look after the print queue. (Procedures are named domain.verb, so the three device
// domains sit side by side rather than under one devices.* prefix.)
import { getPrinterSettings, getScanners, resolvePrinter, savePrinterSettings, saveScanners } from '../../core/devices/device-settings';
import type { PrintDocument } from '../../core/devices/print-document';
import { drawerSchema, type PrinterConfig } from '../../core/devices/printer-config';
import { cancelPrintJob, enqueuePrintJob, listPrintJobs, reprintJob, retryPrintJob, type PrintJobView } from '../../core/devices/print-jobs';
import { translate, type Lang } from '../../core/shared/messages';
import { layoutDocument, type LayoutPrinter } from '../../devices/printer/layout';
import { renderSvg } from '../../devices/printer/preview/svg';
import { sampleReceipt } from '../../devices/printer/sample-receipt';
import { testPage } from '../../devices/printer/test-page';
import type { ScannerStatus } from '../../devices/scanner/scanner-status';
import {
  configurePrintersInput,
  configureScannersInput,
  listPrintJobsInput,
  previewInput,
  printerIdInput,
  printInput,
  printJobIdInput,
  reprintInput,
  type PrintJobRow,
  type ScannerStatusView,
} from '../contract/devices';
import type { Context } from '../trpc';
import { ALL_ROLES, procedure, router } from '../trpc';

const anyone = procedure(...ALL_ROLES);
const setup = procedure('owner', 'clerk');

const scannerView = (s: ScannerStatus, lang: Lang): ScannerStatusView => ({
  ...s,
  reasonText: s.reason ? translate(s.reason.code, lang, s.reason.params) : null,
});

const jobRow = (j: PrintJobView, lang: Lang): PrintJobRow => ({
  ...j,
  lastErrorText: j.lastError ? translate(j.lastError.code, lang, j.lastError.params) : null,
});

const scannerStatus = (ctx: Context) => ctx.services.devices.scanners.status().map((s) => scannerView(s, ctx.lang));

function queue(ctx: Context, printer: PrinterConfig, document: PrintDocument, actor: Parameters<typeof enqueuePrintJob>[1]): PrintJobRow {
  const job = enqueuePrintJob(ctx.core, actor, { printerId: printer.id, document });
  ctx.services.devices.kickPrinting();
  return jobRow(job, ctx.lang);
}

export const scannersRouter = router({
  list: anyone.query(async ({ ctx }) => ({
    scanners: getScanners(ctx.core),
    ports: await ctx.services.devices.scanners.listPorts(),
    status: scannerStatus(ctx),
  })),
  status: anyone.query(({ ctx }) => scannerStatus(ctx)),
  configure: setup.input(configureScannersInput).mutation(async ({ ctx, input }) => {
    const scanners = saveScanners(ctx.core, ctx.actor, input.scanners);
    await ctx.services.devices.scanners.configure(scanners);
    return { scanners, status: scannerStatus(ctx) };
  }),
});

export const printersRouter = router({
  list: anyone.query(({ ctx }) => getPrinterSettings(ctx.core)),
  configure: setup.input(configurePrintersInput).mutation(({ ctx, input }) => {
    const saved = savePrinterSettings(ctx.core, ctx.actor, input);
    // Jobs waiting for a printer that was just fixed (new address, new port) go out now.
    ctx.services.devices.kickPrinting();
    return saved;
  }),
  print: anyone.input(printInput).mutation(({ ctx, input }) => queue(ctx, resolvePrinter(ctx.core, input.printerId), input.document, ctx.actor)),
  testPage: setup.input(printerIdInput).mutation(({ ctx, input }) => {
    const printer = resolvePrinter(ctx.core, input.printerId);
    return queue(ctx, printer, testPage(printer, ctx.core.now()), ctx.actor);
  }),
  openDrawer: anyone.input(printerIdInput).mutation(({ ctx, input }) =>
    queue(ctx, resolvePrinter(ctx.core, input.printerId), { title: translate('DRAWER_JOB_TITLE', ctx.lang), lines: [{ kind: 'drawer' }] }, ctx.actor),
  ),
  preview: anyone.input(previewInput).query(({ ctx, input }) => {
    // A paper width alone previews without any printer set up (the settings screen before the first save).
    const printer: LayoutPrinter =
      input.paper && input.printerId === null
        ? { paper: input.paper, cut: 'partial', drawer: drawerSchema.parse({}) }
        : { ...resolvePrinter(ctx.core, input.printerId), ...(input.paper ? { paper: input.paper } : {}) };
    const layout = layoutDocument(input.document ?? sampleReceipt(), printer);
    return { paper: printer.paper, columns: layout.columns, svg: renderSvg(layout, { drawer: translate('PREVIEW_DRAWER', ctx.lang) }) };
  }),
});

export const printJobsRouter = router({
  list: anyone.input(listPrintJobsInput).query(({ ctx, input }) => listPrintJobs(ctx.core, input).map((j) => jobRow(j, ctx.lang))),
  retry: anyone.input(printJobIdInput).mutation(({ ctx, input }) => {
    const job = retryPrintJob(ctx.core, ctx.actor, input.id);
    ctx.services.devices.kickPrinting();
    return jobRow(job, ctx.lang);
  }),
  reprint: anyone.input(reprintInput).mutation(({ ctx, input }) => {
    if (input.printerId) resolvePrinter(ctx.core, input.printerId);
    const job = reprintJob(ctx.core, ctx.actor, input.id, input.printerId);
    ctx.services.devices.kickPrinting();
    return jobRow(job, ctx.lang);
  }),
  cancel: setup.input(printJobIdInput).mutation(({ ctx, input }) => jobRow(cancelPrintJob(ctx.core, ctx.actor, input.id), ctx.lang)),
});
