// Saves a file the API produced (an export, an import template, a PDF) the way the browser saves downloads. Inside
// Electron the main process decides where it goes (its will-download handler).
import { MIME, type FileDownload, type FileOutput } from '../api/contract';

function mimeOf(fileName: string): string {
  if (fileName.endsWith('.csv')) return MIME.csv;
  if (fileName.endsWith('.pdf')) return MIME.pdf;
  return MIME.xlsx;
}

/** Saves an API file ({ fileName, contentBase64 } and, for FileDownload, its mime). */
export function downloadFile(file: FileOutput | FileDownload): void {
  downloadBase64(file.fileName, file.contentBase64, 'mime' in file ? file.mime : undefined);
}

export function downloadBase64(fileName: string, contentBase64: string, mime?: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime ?? mimeOf(fileName) }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL may go once the event loop has moved on.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A picked file as base64 (no data: prefix), for the import procedures. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
