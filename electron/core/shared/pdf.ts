// The port through which core and API turn an HTML page into a PDF. Implementations live at the edges:
// electron/host/pdf-chromium.ts (Chromium via playwright-core, for the HTTP host and tests) and, later, Electron's
// printToPDF in electron/main.
export interface PdfRenderer {
  /** Renders a complete HTML document (A4, print CSS) to PDF bytes. */
  pdf(html: string): Promise<Buffer>;
  close?(): Promise<void>;
}
