// The handover slip as a thermal-printer document (ESC/POS through the print queue, 58/80 mm) and as a workbook.
// Same lines as the A4 page (handover-slip.ts), so the three never disagree.
import ExcelJS from 'exceljs';
import type { PrintDocument, PrintLine } from '../devices/print-document';
import type { HandoverSlip } from './handover-slip';

export function slipPrintDocument(slip: HandoverSlip): PrintDocument {
  const text = (t: string, extra: Partial<Extract<PrintLine, { kind: 'text' }>> = {}): PrintLine => ({ kind: 'text', text: t, align: 'left', bold: false, underline: false, width: 1, height: 1, ...extra });
  const lines: PrintLine[] = slip.lines.map((l): PrintLine => {
    if (l.kind === 'title') return text(l.text, { align: 'center', bold: true, width: 2, height: 2 });
    if (l.kind === 'rule') return { kind: 'rule', style: 'single' };
    if (l.kind === 'text') return text(l.text);
    return { kind: 'columns', bold: false, cells: [{ text: l.left, align: 'left' }, { text: l.right, align: 'right' }] };
  });
  return { title: `交款单 ${slip.docNo}`, lines: [...lines, { kind: 'feed', lines: 3 }, { kind: 'cut' }] };
}

/** Two columns (item, amount); amounts stay text as printed ("1,280.00", "-20.00"). */
export async function slipXlsx(slip: HandoverSlip): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('交款单', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 30 }, { width: 24 }];
  for (const l of slip.lines) {
    if (l.kind === 'title') ws.addRow([l.text]).font = { bold: true, size: 14 };
    else if (l.kind === 'text') ws.addRow([l.text]);
    else if (l.kind === 'pair') ws.addRow([l.left, l.right]).getCell(2).alignment = { horizontal: 'right' };
    else ws.addRow([]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
