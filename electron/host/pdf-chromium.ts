// PdfRenderer for the HTTP host and tests: Debian's Chromium driven by playwright-core. One browser is started on
// first use and reused; each pdf() gets its own page. (The desktop app will use Electron's printToPDF instead.)
import { chromium, type Browser } from 'playwright-core';
import type { PdfRenderer } from '../core/shared/pdf';

export const CHROMIUM_PATH = process.env.DMS_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function chromiumPdfRenderer(opts: { executablePath?: string } = {}): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  const launch = () => (browser ??= chromium.launch({ executablePath: opts.executablePath ?? CHROMIUM_PATH, args: ARGS, headless: true }));
  return {
    async pdf(html: string): Promise<Buffer> {
      const page = await (await launch()).newPage();
      try {
        // The HTML is complete and self-contained: no network, so 'load' is enough.
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate:
            '<div style="width:100%;font-size:8pt;color:#666;text-align:center;font-family:\'Noto Sans CJK SC\',\'Microsoft YaHei\',sans-serif">第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>',
        });
      } finally {
        await page.close();
      }
    },
    async close(): Promise<void> {
      if (browser) await (await browser).close();
      browser = null;
    },
  };
}
