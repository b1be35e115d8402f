// Inputs of trace.* and the shapes they answer with: trace codes (箱码/盒码/瓶码), their association files, and
// diversion (窜货). Type-only imports from core: the renderer imports this file at runtime.
import { z } from 'zod';
import type { ColumnRole } from '../../core/trace/import/columns';
import type { CodeImportProgress, CodeImportResult } from '../../core/trace/import/import-file';
import type { CheckedCode, CodeFlag, CodeHistory, DiversionAlert, DiversionAlertInput, Territory, TraceSettings } from '../../core/trace';

/** A scanned or typed code: printable text, as scanners deliver it (trimmed). */
const codeSchema = z.string().trim().min(1).max(256);

export const traceLookupInput = z.object({ code: codeSchema });

/** One scan list: a receipt or a shipment rarely has more than a few thousand codes in one check. */
const scanList = z.array(codeSchema).min(1).max(5000);
/** Codes scanned earlier in the same document, to catch repeats and a box scanned after its case. */
const previousList = z.array(codeSchema).max(100_000).optional();

export const traceCheckInboundInput = z.object({ codes: scanList, previous: previousList });
export const traceCheckOutboundInput = z.object({ codes: scanList, customerId: z.string().min(1), previous: previousList });

const columnRole = z.enum([
  'parent', 'child', 'case', 'box', 'item', 'level', 'gtin', 'sku', 'batch', 'produced_on', 'expires_on', 'distributor', 'ignore',
] as const satisfies readonly ColumnRole[]);

/** Largest uploaded association file: 64 MB, about a million codes. The desktop imports bigger files by path. */
export const MAX_TRACE_UPLOAD_BYTES = 64 * 1024 * 1024;
const textFileName = z.string().trim().min(1).max(260).regex(/\.(csv|txt|tsv)$/i, { error: 'TRACE_IMPORT_FILE_TYPE' });

export const traceImportInput = z.object({
  /** A path on the warehouse PC (desktop only), or an uploaded file as base64. */
  source: z.union([
    z.object({ path: z.string().trim().min(1).max(1024) }),
    z.object({
      fileName: textFileName,
      contentBase64: z
        .string()
        .min(1)
        .max(Math.ceil(MAX_TRACE_UPLOAD_BYTES / 3) * 4, { error: 'IMPORT_TOO_LARGE' })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'IMPORT_FORMAT_BASE64' }),
    }),
  ]),
  productId: z.string().min(1).nullish(),
  distributorCode: z.string().trim().min(1).max(64).nullish(),
  columns: z.array(columnRole).min(1).max(64).optional(),
  /** Chosen by the client to poll trace.importProgress while the file is read. */
  progressId: z.string().min(8).max(64).optional(),
});
export type TraceImportInput = z.infer<typeof traceImportInput>;

export const traceImportProgressInput = z.object({ progressId: z.string().min(8).max(64) });

export const traceAlertsInput = z
  .object({
    direction: z.enum(['in', 'out']).optional(),
    code: codeSchema.optional(),
    customerId: z.string().min(1).optional(),
    from: z.iso.datetime().optional(),
    to: z.iso.datetime().optional(),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .default({ limit: 100, offset: 0 });

const names = z.array(z.string().trim().min(1).max(64)).max(500);
export const territorySchema = z.object({
  regions: names,
  channels: names,
  groups: z
    .array(z.object({ name: z.string().trim().min(1).max(64), productIds: z.array(z.string().min(1)).max(10_000), regions: names, channels: names }))
    .max(200),
}) satisfies z.ZodType<Territory>;

export const traceSaveSettingsInput = z.object({
  distributorCode: z.string().trim().min(1).max(64).nullable(),
  territory: territorySchema,
});

/** A flag with its sentence in the caller's language. */
export type TranslatedCodeFlag = CodeFlag & { message: string };
export type TranslatedCheckedCode = Omit<CheckedCode, 'flags'> & { flags: TranslatedCodeFlag[] };

export interface TraceInboundResult {
  codes: TranslatedCheckedCode[];
  alerts: DiversionAlertInput[];
}

export interface TraceOutboundResult extends TraceInboundResult {
  customer: { id: string; name: string; region: string; channel: string };
}

/**
 * Failed imports list at most 200 line errors (error data.details); when data.params.count is larger, screens say
 * so with the message TRACE_IMPORT_TOO_MANY_ERRORS ({ shown }).
 */
export type {
  CodeFlag,
  CodeImportProgress,
  CodeHistory,
  CodeImportResult,
  ColumnRole,
  DiversionAlert,
  Territory,
  TraceSettings,
};
export type { CodeInfo, CodeNode, CodeState, CodeStatus, FlagKind, HistoryEvent, TraceEvent } from '../../core/trace';
