// ESC/POS bytes and the preview, from the same document: exact command bytes checked against the Epson reference,
// Chinese as GB18030, layout within the paper's columns, and a preview that shows the rows the printer prints.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { printDocumentSchema, type PrintDocumentInput } from '../../electron/core/devices/print-document';
import { printerConfigSchema, type PrinterConfigInput } from '../../electron/core/devices/printer-config';
import * as cmd from '../../electron/devices/printer/escpos/commands';
import { renderEscPos } from '../../electron/devices/printer/escpos/render';
import { cellWidths, layoutDocument } from '../../electron/devices/printer/layout';
import { renderSvg } from '../../electron/devices/printer/preview/svg';
import { sampleReceipt } from '../../electron/devices/printer/sample-receipt';
import { testPage } from '../../electron/devices/printer/test-page';
import { textColumns, wrapColumns } from '../../electron/devices/printer/text-width';
import { decodeEscPos } from '../helpers/escpos-decode';

const printer = (more: Partial<PrinterConfigInput> = {}) =>
  printerConfigSchema.parse({ id: 'p1', transport: { kind: 'tcp', host: '127.0.0.1' }, ...more });
const doc = (lines: PrintDocumentInput['lines']) => printDocumentSchema.parse({ title: 't', lines });
const render = (d: ReturnType<typeof doc>, p = printer()) => renderEscPos(layoutDocument(d, p));
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Rows of the preview SVG, from each row group's data-text, with XML entities undone. */
function previewRows(svg: string): string[] {
  return [...svg.matchAll(/<g class="row" data-text="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

describe('ESC/POS command bytes', () => {
  it('kicks the drawer with all five bytes of ESC p m t1 t2 (pin 2: m=0, 50 ms on, 500 ms off)', () => {
    expect(hex(cmd.drawerKick(2, 25, 250))).toBe('1b700019fa');
    expect(hex(cmd.drawerKick(5, 25, 250))).toBe('1b700119fa');
    const bytes = render(doc([{ kind: 'drawer' }]));
    expect(hex(bytes)).toBe('1b40' + '1c26' + '1b700019fa');
  });

  it('takes the pulse from the printer settings in 2 ms units and never lets off be shorter than on', () => {
    const p = printer({ drawer: { pin: 5, onMs: 100, offMs: 20 } });
    const d = decodeEscPos(render(doc([{ kind: 'drawer' }]), p));
    expect(d.drawers).toEqual([{ type: 'drawer', pin: 5, onMs: 100, offMs: 100, bytes: [0x1b, 0x70, 0x01, 50, 50] }]);
  });

  it('cuts with GS V function B (feed to the cutter, then cut): partial 66, full 65, none sends nothing', () => {
    expect(hex(render(doc([{ kind: 'cut' }])))).toBe('1b401c26' + '1d564200');
    expect(hex(render(doc([{ kind: 'cut' }]), printer({ cut: 'full' })))).toBe('1b401c26' + '1d564100');
    expect(hex(render(doc([{ kind: 'cut' }]), printer({ cut: 'none' })))).toBe('1b401c26');
  });

  it('prints a QR code with GS ( k: model 2, module size, error correction, store (pL pH = k + 3), print', () => {
    const data = 'DMS:SO-20261122-0007';
    const k = data.length + 3;
    expect(hex(cmd.qrCode(Buffer.from(data), 6, 'M'))).toBe(
      '1d286b0400314132 00'.replace(' ', '') +
        '1d286b03003143' + '06' +
        '1d286b03003145' + '31' +
        '1d286b' + k.toString(16).padStart(2, '0') + '00' + '315030' + Buffer.from(data).toString('hex') +
        '1d286b0300315130',
    );
  });

  it('sends Chinese as GB18030 after ESC @ and FS & (Chinese mode)', () => {
    const bytes = render(doc([{ kind: 'text', text: '中文' }]));
    // 中 = D6 D0, 文 = CE C4 in GB2312/GBK/GB18030.
    expect(hex(bytes)).toBe('1b40' + '1c26' + 'd6d0cec4' + '0a');
  });

  it('sets size with GS ! (width high nibble, height low nibble), bold with ESC E, alignment with ESC a', () => {
    const bytes = render(doc([{ kind: 'text', text: 'A', width: 2, height: 2, bold: true, align: 'center' }]));
    expect(hex(bytes)).toBe('1b401c26' + '1b6101' + '1b4501' + '1d2111' + '41' + '0a');
  });

  it('keeps control characters in text from reaching the printer as commands', () => {
    const d = decodeEscPos(render(doc([{ kind: 'text', text: '可乐\x1bp\x00\x19\xfa\x1dV\x00ok' }])));
    expect(d.drawers).toEqual([]);
    expect(d.cuts).toEqual([]);
    expect(d.problems).toEqual([]);
  });
});

describe('layout', () => {
  it('counts every non-ASCII character as two columns, as the printer does in Chinese mode', () => {
    expect(textColumns('可乐330ml')).toBe(9);
    expect(textColumns('￥×：')).toBe(6);
  });

  it('wraps 汉字 at any character and moves an ASCII word to the next row whole', () => {
    expect(wrapColumns('农夫山泉饮用天然水', 8)).toEqual(['农夫山泉', '饮用天然', '水']);
    expect(wrapColumns('Coca-Cola 330ml can', 12)).toEqual(['Coca-Cola', '330ml can']);
    expect(wrapColumns('农夫山泉饮用天然水550ml', 22)).toEqual(['农夫山泉饮用天然水', '550ml']);
    expect(wrapColumns('ABCDEFGHIJ', 4)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('shares the free columns between cells without a width and shrinks the widest when they do not fit', () => {
    expect(cellWidths([undefined, 6, 8, 9], 48)).toEqual([22, 6, 8, 9]);
    expect(cellWidths([undefined, 6, 8, 9], 32)).toEqual([6, 6, 8, 9]);
    expect(cellWidths([30, 30], 32)).toEqual([15, 16]);
  });

  it.each([
    ['80mm', 48],
    ['58mm', 32],
  ] as const)('keeps every row of a receipt within %s paper (%i columns)', (paper, columns) => {
    const layout = layoutDocument(sampleReceipt(40), printer({ paper }));
    expect(layout.columns).toBe(columns);
    for (const line of layout.lines) {
      if (line.kind === 'text') expect(textColumns(line.text) * line.width).toBeLessThanOrEqual(columns);
    }
  });

  it('on 58 mm gives a long product name its own rows above the numbers instead of a thin column', () => {
    const d = decodeEscPos(render(sampleReceipt(2), printer({ paper: '58mm' })));
    const at = d.lines.indexOf('农夫山泉饮用天然水550ml');
    expect(at).toBeGreaterThan(0);
    expect(d.lines[at + 1]).toBe('          1瓶     2.00      2.00');
    expect(d.lines).toContain('品名     数量     单价      金额');
  });

  it('right-aligns amounts in the table so they end at the paper edge', () => {
    const d = decodeEscPos(render(sampleReceipt(3)));
    const item = d.lines.find((l) => l.startsWith('农夫山泉'))!;
    expect(textColumns(item)).toBe(48);
    expect(item.endsWith('2.00')).toBe(true);
  });
});

describe('a Chinese receipt', () => {
  const receipt = sampleReceipt(40);
  const bytes = render(receipt);
  const decoded = decodeEscPos(bytes);

  it('decodes back to the same rows with no unknown bytes', () => {
    expect(decoded.problems).toEqual([]);
    expect(decoded.lines[0]).toBe('鑫源副食品批发部');
    expect(decoded.rows[0]).toMatchObject({ align: 'center', bold: true, width: 2, height: 2 });
    expect(decoded.lines).toContain('客户：王记便利店（城南店）');
    expect(decoded.lines).toContain('谢谢惠顾，欢迎再来！');
    expect(decoded.qr).toEqual(['DMS:SO-20261122-0007']);
    expect(decoded.cuts.map((c) => c.bytes)).toEqual([[0x1d, 0x56, 0x42, 0x00]]);
    expect(decoded.drawers.map((c) => c.bytes)).toEqual([[0x1b, 0x70, 0x00, 0x19, 0xfa]]);
  });

  it('previews the same rows and the same QR payload as the printer gets', () => {
    const svg = renderSvg(layoutDocument(receipt, printer()));
    expect(previewRows(svg)).toEqual(decoded.lines);
    expect(svg).toContain('data-qr="DMS:SO-20261122-0007"');
    expect(svg).toContain('class="cut"');
    expect(svg).toContain('〔开钱箱〕');
    expect(svg).toContain('width="608"'); // 576 dots + margins
  });

  it('prints the test page on 58 mm with a 32-column ruler', () => {
    const d = decodeEscPos(render(testPage(printer({ paper: '58mm', name: '前台小票机' }), new Date('2026-11-22T06:35:00Z')), printer({ paper: '58mm' })));
    expect(d.problems).toEqual([]);
    expect(d.lines).toContain('12345678901234567890123456789012');
    expect(d.lines).toContain('汉字'.repeat(8));
    expect(d.lines).toContain('纸宽：58mm（32 列 / 384 点）');
    expect(iconv.encode('汉字', 'gb18030').length).toBe(4);
    expect(d.qr).toEqual(['DMS:TEST']);
  });
});
