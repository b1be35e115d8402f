// receiving.*: clerks and the owner import shipment notices, receive against a notice, a purchase order or blind
// by scanning, correct counts, and post; every scan is committed before the updated state comes back.
import { asnView, importAsnFile, listAsns } from '../../core/receiving/asns';
import { discrepancyFileName, discrepancyHtml, discrepancyReport, listDiscrepancies } from '../../core/receiving/discrepancy-print';
import { addManualCount, setDamaged } from '../../core/receiving/manual';
import { postReceiving } from '../../core/receiving/post';
import { scanIntoSession, type ScanResult } from '../../core/receiving/scan';
import { cancelReceiving, listDrafts, startReceiving } from '../../core/receiving/sessions';
import { receivingState } from '../../core/receiving/state';
import { fromBase64 } from '../../core/imports/files';
import { translate, type Lang } from '../../core/shared/messages';
import {
  asnImportInput,
  asnListInput,
  receivingCountInput,
  receivingDamagedInput,
  receivingReportsInput,
  receivingScanInput,
  receivingSessionInput,
  receivingStartInput,
} from '../contract/receiving';
import { stockIdInput } from '../contract/stock';
import { pdfDownload } from '../files';
import { procedure, router } from '../trpc';

const receivers = procedure('owner', 'clerk');

/** Warnings (a code registered to another distributor) are shown to the clerk in their language. */
function translated(result: ScanResult, lang: Lang) {
  const warnings = result.scanned.warnings.map((w) => ({ ...w, message: translate(w.code, lang, w.params) }));
  return { ...result, scanned: { ...result.scanned, warnings } };
}

export const receivingRouter = router({
  importAsn: receivers
    .input(asnImportInput)
    .mutation(({ ctx, input }) => importAsnFile(ctx.core, ctx.actor, { fileName: input.fileName, bytes: fromBase64(input.contentBase64) })),
  asns: procedure('owner', 'clerk', 'accountant').input(asnListInput).query(({ ctx, input }) => listAsns(ctx.core, input)),
  asn: procedure('owner', 'clerk', 'accountant').input(stockIdInput).query(({ ctx, input }) => asnView(ctx.core, input.id)),
  start: receivers.input(receivingStartInput).mutation(({ ctx, input }) => {
    const doc = startReceiving(ctx.core, ctx.actor, input);
    return receivingState(ctx.core, doc.id);
  }),
  drafts: receivers.query(({ ctx }) => listDrafts(ctx.core)),
  state: receivers.input(receivingSessionInput).query(({ ctx, input }) => receivingState(ctx.core, input.sessionId)),
  /** A scan, answered with the line it changed, the totals and every line of the session. */
  scan: receivers.input(receivingScanInput).mutation(({ ctx, input }) => {
    const result = translated(scanIntoSession(ctx.core, ctx.actor, input), ctx.lang);
    return { ...result, state: receivingState(ctx.core, input.sessionId) };
  }),
  /** A scan, answered with the line it changed and the totals only: for a screen that patches its list. */
  scanLine: receivers.input(receivingScanInput).mutation(({ ctx, input }) => translated(scanIntoSession(ctx.core, ctx.actor, input), ctx.lang)),
  count: receivers.input(receivingCountInput).mutation(({ ctx, input }) => addManualCount(ctx.core, ctx.actor, input)),
  damaged: receivers.input(receivingDamagedInput).mutation(({ ctx, input }) => setDamaged(ctx.core, ctx.actor, input)),
  cancel: receivers.input(receivingSessionInput).mutation(({ ctx, input }) => cancelReceiving(ctx.core, ctx.actor, { id: input.sessionId })),
  post: receivers.input(receivingSessionInput).mutation(({ ctx, input }) => postReceiving(ctx.core, ctx.actor, { id: input.sessionId })),
  /** Discrepancy reports (over, short, damaged) kept for claims to the brand, newest first. */
  reports: procedure('owner', 'clerk', 'accountant')
    .input(receivingReportsInput)
    .query(({ ctx, input }) => listDiscrepancies(ctx.core, input)),
  report: procedure('owner', 'clerk', 'accountant')
    .input(stockIdInput)
    .query(({ ctx, input }) => discrepancyReport(ctx.core, input.id)),
  /** The report as an A4 PDF for the claim (rendered after reading, outside any transaction). */
  reportPdf: procedure('owner', 'clerk', 'accountant')
    .input(stockIdInput)
    .mutation(({ ctx, input }) => {
      const report = discrepancyReport(ctx.core, input.id);
      return pdfDownload(ctx.services.pdf, discrepancyHtml(ctx.core, report), discrepancyFileName(report));
    }),
});
