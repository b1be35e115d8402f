// Turns a statement file into rows of trimmed cells (clean.ts). Text files go through the shared decoder (UTF-8
// with or without BOM, GBK/GB18030, UTF-16) and csv-parse; .xlsx through exceljs; legacy .xls through SheetJS
// (read-xls.ts): real BIFF files, and the HTML tables some bank portals save under an .xls name. A "CSV" saved
// as .xls is read as text.
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError, isAppError } from '../shared/errors';
import { decodeText } from '../imports/decode';
import { cleanCell } from './clean';
import { readXls } from './read-xls';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isBiff = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

export async function readRows(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  if (isBiff(bytes)) return readXls(bytes);
  if (isZip(bytes)) return readXlsx(bytes);
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (e) {
    if (isAppError(e) && e.code === 'IMPORT_ENCODING') throw new AppError('STATEMENT_ENCODING');
    throw e;
  }
  if (/\.xls$/i.test(fileName) && /^\s*</.test(text)) return readXls(text);
  // Wallet exports put a tab between a closing quote and the comma ("3985734"\t,): csv-parse would call that a
  // broken quote, so such tabs go first. Tabs inside unquoted cells are removed by cleanCell.
  const normalised = text.replace(/"\t+(?=,|\r?\n|$)/g, '"');
  let records: string[][];
  try {
    records = parse(normalised, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: false }) as string[][];
  } catch (e) {
    throw new AppError('STATEMENT_LAYOUT', { detail: e instanceof Error ? e.message.slice(0, 120) : 'CSV' });
  }
  return records.map((r) => r.map(cleanCell));
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('STATEMENT_LAYOUT', { detail: '.xlsx' });
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('STATEMENT_LAYOUT', { detail: '.xlsx' });
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cleanCell(cellText(cell));
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().replace('T', ' ').slice(0, 19);
  if (typeof v === 'number') return String(v);
  return cell.text ?? String(v);
}
