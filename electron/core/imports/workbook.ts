// Writing .xlsx files (exports and import templates) with exceljs: a bold, frozen header row in the same headers
// the importer reads, code columns stored as text so Excel keeps leading zeros and long barcodes intact.
import ExcelJS from 'exceljs';

export interface SheetColumn {
  header: string;
  width?: number;
  /** Store as text ('@'): codes and barcodes. */
  text?: boolean;
  /** Excel number format, e.g. '0.00' for yuan. */
  numFmt?: string;
}

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly (string | number | null)[])[];
  /** Lines for a second sheet 说明 (how to fill the file in); imports read only the first sheet. */
  notes?: readonly string[];
}

export async function writeWorkbook(spec: SheetSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DMS';
  const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = spec.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 4),
    style: c.text ? { numFmt: '@' } : c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of spec.rows) ws.addRow(row.map((v) => v ?? null));
  if (spec.notes?.length) {
    const notes = wb.addWorksheet('说明');
    notes.getColumn(1).width = 100;
    for (const line of spec.notes) notes.addRow([line]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `商品资料-20261122.xlsx`: what the export is and the business day it was made. */
export const exportFileName = (what: string, day: string): string => `${what}-${day.replace(/-/g, '')}.xlsx`;
