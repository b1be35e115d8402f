// docs/screenshots/receipt-preview.png: the on-screen preview of a Chinese sales receipt on 80 mm and 58 mm paper,
// as Chromium draws the SVG the printers.preview procedure returns. Run: npx tsx scripts/screenshots/receipt-preview.ts
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { printerConfigSchema } from '../../electron/core/devices/printer-config';
import { layoutDocument } from '../../electron/devices/printer/layout';
import { previewPage, renderSvg } from '../../electron/devices/printer/preview/svg';
import { sampleReceipt } from '../../electron/devices/printer/sample-receipt';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'docs', 'screenshots', 'receipt-preview.png');

const printer = (paper: '58mm' | '80mm') => printerConfigSchema.parse({ id: paper, transport: { kind: 'tcp', host: '127.0.0.1' }, paper });
const receipt = sampleReceipt(8);
const svgs = (['80mm', '58mm'] as const).map((paper) => renderSvg(layoutDocument(receipt, printer(paper))));
const html = previewPage(`<div style="display:flex;gap:32px;align-items:flex-start">${svgs.join('')}</div>`, receipt.title);

const browser = await chromium.launch({
  executablePath: process.env.DMS_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(out);
} finally {
  await browser.close();
}
