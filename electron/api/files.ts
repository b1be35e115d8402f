// Builds FileDownloads for procedures: bytes to base64, and A4 HTML to PDF through the app's PdfRenderer.
// PDF rendering happens after any transaction has committed (it is async I/O), never inside one.
import { AppError } from '../core/shared/errors';
import type { PdfRenderer } from '../core/shared/pdf';
import { MIME, type FileDownload } from './contract/files';

export function fileDownload(fileName: string, bytes: Buffer | Uint8Array, mime: string): FileDownload {
  return { fileName, mime, contentBase64: Buffer.from(bytes).toString('base64') };
}

export const xlsxDownload = (fileName: string, bytes: Buffer | Uint8Array): FileDownload => fileDownload(fileName, bytes, MIME.xlsx);

/** Renders a complete A4 HTML document to a PDF download. */
export async function pdfDownload(renderer: PdfRenderer, html: string, fileName: string): Promise<FileDownload> {
  let bytes: Buffer;
  try {
    bytes = await renderer.pdf(html);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('PDF_FAILED', { detail: error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error) });
  }
  return fileDownload(fileName, bytes, MIME.pdf);
}
