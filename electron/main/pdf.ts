// Needs the Electron binary (not run in tests here; tests render the same HTML with electron/host/pdf-chromium.ts).
// PdfRenderer on Electron's own Chromium: a hidden, sandboxed window without scripts loads the complete HTML from a
// temp file (a data: URL would cap large batches at 2 MB) and prints it to A4 PDF with the same page footer.
import { BrowserWindow } from 'electron';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PdfRenderer } from '../core/shared/pdf';

const FOOTER =
  '<div style="width:100%;font-size:8pt;color:#666;text-align:center;font-family:\'Noto Sans CJK SC\',\'Microsoft YaHei\',sans-serif">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>';

export function electronPdfRenderer(): PdfRenderer {
  return {
    async pdf(html: string): Promise<Buffer> {
      const file = join(tmpdir(), `dms-print-${randomUUID()}.html`);
      const win = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
      });
      try {
        await writeFile(file, html, 'utf8');
        await win.loadFile(file);
        return await win.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate: FOOTER,
        });
      } finally {
        win.destroy();
        await rm(file, { force: true });
      }
    },
  };
}
