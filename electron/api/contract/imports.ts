// Inputs and outputs of the import/export procedures (products.import, customers.import, prices.import, *.export,
// *.template). Files travel as base64 so the same call works over IPC and HTTP.
import { z } from 'zod';

/** Largest file accepted: 20 MB (about 200,000 product rows). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const importFileInput = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(xlsx|csv|txt)$/i, { error: 'IMPORT_FILE_TYPE' }),
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { error: 'IMPORT_TOO_LARGE' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'IMPORT_FORMAT_BASE64' }),
});
export type ImportFileInput = z.infer<typeof importFileInput>;

/** A file produced by the server: an export or an empty import template. */
export interface FileOutput {
  fileName: string;
  contentBase64: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Data rows read from the file. */
  rows: number;
}

/** One entry of an import's error report (error data.details), in the caller's language. */
export interface ImportRowError {
  /** The row number as the spreadsheet shows it: the header is row 1. */
  row: number;
  /** The column header as written in the file (or the expected header when the column is missing). */
  column: string;
  code: string;
  params: Record<string, string | number>;
  message?: string;
}
