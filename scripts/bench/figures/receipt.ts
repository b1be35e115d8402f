// receipt.*: turning a print document into what the printer and the screen get.
//   render_p50_ms / render_p99_ms: layout + ESC/POS bytes (GB18030 text, styles, QR, cut, drawer) for an 80 mm
//     Chinese counter-sale receipt with 40 item lines, per call, 5,000 calls after 500 to warm up.
//   render_kb: the size of those bytes (what goes over TCP 9100 or the serial line).
//   preview_p99_ms: layout + SVG preview of the same receipt (QR matrix included), 1,000 calls after 100.
import { printerConfigSchema } from '../../../electron/core/devices/printer-config';
import { renderEscPos } from '../../../electron/devices/printer/escpos/render';
import { layoutDocument } from '../../../electron/devices/printer/layout';
import { renderSvg } from '../../../electron/devices/printer/preview/svg';
import { sampleReceipt } from '../../../electron/devices/printer/sample-receipt';
import type { Figure } from '../figure';
import { note } from '../figure';
import { summarize, timeMs } from '../stats';

export const prefix = 'receipt';

function sample(n: number, warmUp: number, fn: () => unknown): number[] {
  for (let i = 0; i < warmUp; i++) fn();
  return Array.from({ length: n }, () => timeMs(fn));
}

export async function run(): Promise<Figure[]> {
  const printer = printerConfigSchema.parse({ id: 'bench', transport: { kind: 'tcp', host: '127.0.0.1' }, paper: '80mm' });
  const receipt = sampleReceipt(40);
  const bytes = renderEscPos(layoutDocument(receipt, printer));
  note(`receipt: ${receipt.lines.length} document lines, ${bytes.length} bytes of ESC/POS`);
  const render = summarize(sample(5000, 500, () => renderEscPos(layoutDocument(receipt, printer))));
  const preview = summarize(sample(1000, 100, () => renderSvg(layoutDocument(receipt, printer))));
  return [
    { name: 'receipt.render_p50_ms', value: render.p50, unit: 'ms' },
    { name: 'receipt.render_p99_ms', value: render.p99, unit: 'ms' },
    { name: 'receipt.render_kb', value: bytes.length / 1024, unit: 'KB' },
    { name: 'receipt.preview_p99_ms', value: preview.p99, unit: 'ms' },
  ];
}
