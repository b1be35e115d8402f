// The test page the settings screen prints: shows that Chinese prints (GB18030 in Chinese mode), that the columns
// match the paper width, that sizes, bold, alignment and the QR code work, and that the cutter cuts.
import type { PrintDocument } from '../../core/devices/print-document';
import { PAPER, printerAddress, type PrinterConfig } from '../../core/devices/printer-config';

const line = (text: string, more: Partial<{ align: 'left' | 'center' | 'right'; bold: boolean; width: 1 | 2; height: 1 | 2 }> = {}) => ({
  kind: 'text' as const,
  text,
  align: more.align ?? 'left',
  bold: more.bold ?? false,
  underline: false,
  width: more.width ?? 1,
  height: more.height ?? 1,
});

export function testPage(printer: PrinterConfig, at: Date): PrintDocument {
  const { columns, dots } = PAPER[printer.paper];
  const ruler = Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join('');
  return {
    title: `打印机测试页 ${printer.name || printer.id}`,
    lines: [
      line('打印机测试页', { align: 'center', bold: true, width: 2, height: 2 }),
      line(printer.name || printer.id, { align: 'center' }),
      { kind: 'rule', style: 'double' },
      line(`地址：${printerAddress(printer.transport)}`),
      line(`纸宽：${printer.paper}（${columns} 列 / ${dots} 点）`),
      line(`时间：${at.toISOString().replace('T', ' ').slice(0, 19)} UTC`),
      { kind: 'rule', style: 'single' },
      line(ruler),
      line('汉字'.repeat(columns / 4)),
      line('中文测试：经销商管理系统 GB18030 ¥128.00'),
      line('居中 CENTER', { align: 'center' }),
      line('靠右 RIGHT', { align: 'right' }),
      line('加粗 BOLD', { bold: true }),
      line('倍宽', { width: 2 }),
      line('倍高', { height: 2 }),
      {
        kind: 'columns',
        bold: false,
        cells: [
          { text: '品名', align: 'left' },
          { text: '数量', width: 6, align: 'right' },
          { text: '金额', width: 9, align: 'right' },
        ],
      },
      {
        kind: 'columns',
        bold: false,
        cells: [
          { text: '农夫山泉饮用天然水550ml', align: 'left' },
          { text: '24瓶', width: 6, align: 'right' },
          { text: '48.00', width: 9, align: 'right' },
        ],
      },
      { kind: 'qr', data: 'DMS:TEST', size: 5, ecc: 'M', align: 'center' },
      line('如果以上内容完整清晰，打印机设置正确。', { align: 'center' }),
      { kind: 'cut' },
    ],
  };
}
