// Reading a spreadsheet (.xlsx, or CSV/TSV text) into a header row and data rows of trimmed strings, keeping the
// row numbers a person sees in Excel (header = row 1) so that errors point at the right line.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError } from '../shared/errors';
import { decodeText } from './decode';

export interface SheetRow {
  /** Row number as the spreadsheet shows it. */
  row: number;
  cells: string[];
}

export interface Sheet {
  headers: string[];
  /** Data rows below the header, blank rows left out. */
  rows: SheetRow[];
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** Reads the first worksheet of an .xlsx file or a CSV/TSV text file, told apart by content, not by name. */
export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
  if (isOle(bytes)) throw new AppError('IMPORT_XLS');
  const table = isZip(bytes) ? await readXlsx(bytes) : readDelimited(bytes);
  const headerAt = table.findIndex((r) => r.cells.some((c) => c !== ''));
  if (headerAt < 0) throw new AppError('IMPORT_SHEET_EMPTY');
  const headers = (table[headerAt] as SheetRow).cells;
  const rows = table.slice(headerAt + 1).filter((r) => r.cells.some((c) => c !== ''));
  if (rows.length === 0) throw new AppError('IMPORT_EMPTY');
  return { headers, rows };
}

/** A cell value as the text a person reads: numbers without exponent or float noise, dates as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((t) => t.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return '';
  return String(value as unknown).trim();
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new AppError('IMPORT_FORMAT', { detail: e instanceof Error ? e.message : String(e) });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('IMPORT_SHEET_EMPTY');
  const out: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    out.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return out;
}

/** The delimiter the header line uses most: comma, tab (Excel's Unicode text) or semicolon. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', '\t', ';'].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function readDelimited(bytes: Uint8Array): SheetRow[] {
  const { text } = decodeText(bytes);
  let records: { record: string[]; info: { records: number } }[];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, info: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    throw new AppError('IMPORT_FORMAT', { detail: e instanceof Error ? e.message : String(e) });
  }
  // Excel shows each record (blank ones too) as one row, so the record count is the row number.
  return records.map((r) => ({ row: r.info.records, cells: r.record }));
}
