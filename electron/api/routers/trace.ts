// trace.*: trace codes and diversion. Every role can look a code up; owners and clerks import the brands'
// association files; receiving checks are for owners and clerks, shipping checks also for drivers (van sales);
// the diversion log is for owners, accountants and clerks; the owner sets our distributor code and territory.
import { AppError } from '../../core/shared/errors';
import { translate, type Lang } from '../../core/shared/messages';
import {
  checkInbound,
  checkOutbound,
  codeHistory,
  getTraceSettings,
  listDiversionAlerts,
  saveTraceSettings,
  type CheckedCode,
} from '../../core/trace';
import { importCodeFile, type CodeImportProgress } from '../../core/trace/import/import-file';
import { traceSettingsView } from '../../core/trace/settings';
import type { CodeFileSource } from '../../core/trace/import/source';
import { fromBase64 } from '../../core/imports/files';
import {
  traceAlertsInput,
  traceCheckInboundInput,
  traceCheckOutboundInput,
  traceImportInput,
  traceImportProgressInput,
  traceLookupInput,
  traceSaveSettingsInput,
  type TraceImportInput,
  type TranslatedCheckedCode,
} from '../contract/trace';
import { ALL_ROLES, procedure, router } from '../trpc';

const translateFlags = (codes: CheckedCode[], lang: Lang): TranslatedCheckedCode[] =>
  codes.map((c) => ({ ...c, flags: c.flags.map((f) => ({ ...f, message: translate(f.code, lang, f.params) })) }));

/**
 * A path names a file on the machine running the app: only the desktop window (IPC) may use one. Over HTTP it
 * would let a browser on the LAN read the warehouse PC's files, so a remote caller uploads the file instead.
 */
function sourceOf(input: TraceImportInput['source'], client: string): CodeFileSource {
  if ('path' in input) {
    if (client !== 'ipc') throw new AppError('TRACE_IMPORT_PATH_REMOTE');
    return { path: input.path };
  }
  return { bytes: fromBase64(input.contentBase64), fileName: input.fileName };
}

/**
 * Imports under way in this process, by the client's progressId. Reading a big file takes seconds and yields to
 * the event loop between chunks, so the desktop can poll trace.importProgress for a progress bar.
 */
const underWay = new Map<string, CodeImportProgress>();

export const traceRouter = router({
  lookup: procedure(...ALL_ROLES)
    .input(traceLookupInput)
    .query(({ ctx, input }) => codeHistory(ctx.core, input.code)),
  checkInbound: procedure('owner', 'clerk')
    .input(traceCheckInboundInput)
    .query(({ ctx, input }) => {
      const r = checkInbound(ctx.core, input.codes, input.previous);
      return { codes: translateFlags(r.codes, ctx.lang), alerts: r.alerts };
    }),
  checkOutbound: procedure('owner', 'clerk', 'driver')
    .input(traceCheckOutboundInput)
    .query(({ ctx, input }) => {
      const r = checkOutbound(ctx.core, input.codes, input.customerId, input.previous);
      return { customer: r.customer, codes: translateFlags(r.codes, ctx.lang), alerts: r.alerts };
    }),
  import: procedure('owner', 'clerk')
    .input(traceImportInput)
    .mutation(async ({ ctx, input }) => {
      const { progressId } = input;
      try {
        return await importCodeFile(ctx.core, ctx.actor, sourceOf(input.source, ctx.client), {
          productId: input.productId,
          distributorCode: input.distributorCode,
          columns: input.columns,
          onProgress: progressId ? (p) => underWay.set(progressId, p) : undefined,
        });
      } finally {
        if (progressId) underWay.delete(progressId);
      }
    }),
  /** The latest progress of an import under way; null once it has finished (or for an unknown id). */
  importProgress: procedure('owner', 'clerk')
    .input(traceImportProgressInput)
    .query(({ input }) => underWay.get(input.progressId) ?? null),
  alerts: procedure('owner', 'accountant', 'clerk')
    .input(traceAlertsInput)
    .query(({ ctx, input }) => listDiversionAlerts(ctx.core, input)),
  settings: procedure(...ALL_ROLES).query(({ ctx }) => getTraceSettings(ctx.core)),
  /** The settings with the names of the products the territory groups list: for the settings screen. */
  settingsView: procedure(...ALL_ROLES).query(({ ctx }) => traceSettingsView(ctx.core)),
  saveSettings: procedure('owner')
    .input(traceSaveSettingsInput)
    .mutation(({ ctx, input }) => saveTraceSettings(ctx.core, ctx.actor, input)),
});
