// Renders resources/icon.svg to resources/icon.png (512×512, transparent corners) with Debian's Chromium, so the
// icon has one editable source. electron-builder derives the Windows .ico and the Linux icon sizes from the PNG.
// Run: npx tsx scripts/electron/icons.ts [--chromium /usr/bin/chromium]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { chromium: { type: 'string', default: '/usr/bin/chromium' } } });
const SIZE = 512;

const svg = readFileSync(join(root, 'resources', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: values.chromium });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  writeFileSync(join(root, 'resources', 'icon.png'), png);
  console.log(`resources/icon.png ${SIZE}×${SIZE}, ${png.length} bytes`);
} finally {
  await browser.close();
}
