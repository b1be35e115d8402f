// Files for the import tests, made the way people make them: .xlsx from Excel, CSV in UTF-8 (with or without
// BOM) and GBK, Excel's "Unicode text" (UTF-16 with tabs).
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type Cell = string | number | null;

export async function xlsx(rows: Cell[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvCell = (v: Cell) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvText = (rows: Cell[][]): string => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export const utf8 = (rows: Cell[][]) => Buffer.from(csvText(rows), 'utf8');
export const utf8Bom = (rows: Cell[][]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(rows)]);
export const gbk = (rows: Cell[][]) => iconv.encode(csvText(rows), 'gbk');
export const utf16Tabs = (rows: Cell[][]) =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.map((r) => r.map((v) => v ?? '').join('\t')).join('\r\n'), 'utf16le')]);

/** The API's file input. */
export const upload = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });

/** The first sheet of an .xlsx as text cells, every row as wide as the header row. */
export async function readXlsx(base64: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  const width = ws.getRow(1).cellCount;
  const out: string[][] = [];
  ws.eachRow((row) => {
    const values = row.values as unknown[];
    out.push(Array.from({ length: width }, (_, i) => (values[i + 1] === null || values[i + 1] === undefined ? '' : String(values[i + 1]))));
  });
  return out;
}
