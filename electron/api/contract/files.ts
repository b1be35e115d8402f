// A file the API hands to the renderer for download or printing (PDF, .xlsx, .csv): JSON-safe over IPC and HTTP.
// Same shape as FileOutput (imports.ts: exports and templates) plus its MIME type.
import type { FileOutput } from './imports';

export interface FileDownload extends FileOutput {
  mime: string;
}

export const MIME = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
} as const;
