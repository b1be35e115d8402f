// devices.*: serial scanners, receipt printers and the print queue. Schemas are shared with the settings screens;
// nothing here touches Node.
import { z } from 'zod';
import { printDocumentSchema } from '../../core/devices/print-document';
import { paperSchema, printerSettingsSchema } from '../../core/devices/printer-config';
import { scannerListSchema } from '../../core/devices/scanner-config';
import type { PrintJobView } from '../../core/devices/print-jobs';
import type { ScannerStatus } from '../../devices/scanner/scanner-status';
import type { PortEntry } from '../../devices/scanner/scanner-service';

export * from '../../core/devices/print-document';
export * from '../../core/devices/printer-config';
export * from '../../core/devices/scanner-config';

export const configureScannersInput = z.object({ scanners: scannerListSchema });
export const configurePrintersInput = printerSettingsSchema;

/** printerId null: the default printer. */
export const printInput = z.object({ printerId: z.string().min(1).nullable().default(null), document: printDocumentSchema });

/** Preview of a document (or of the sample receipt when none is given) on a printer's paper, or on `paper`. */
export const previewInput = z.object({
  printerId: z.string().min(1).nullable().default(null),
  paper: paperSchema.optional(),
  document: printDocumentSchema.optional(),
});

export const printerIdInput = z.object({ printerId: z.string().min(1).nullable().default(null) });
export const printJobIdInput = z.object({ id: z.string().min(1) });
export const reprintInput = z.object({ id: z.string().min(1), printerId: z.string().min(1).optional() });
export const listPrintJobsInput = z.object({
  status: z.enum(['queued', 'sent', 'cancelled']).optional(),
  printerId: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

/** A scanner's state with its reason in the caller's language. */
export interface ScannerStatusView extends ScannerStatus {
  reasonText: string | null;
}

/** A print job with its last error in the caller's language. */
export interface PrintJobRow extends PrintJobView {
  lastErrorText: string | null;
}

export type { PortEntry, PrintJobView, ScannerStatus };
