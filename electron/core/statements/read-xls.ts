// Legacy Excel (.xls) statements through SheetJS: BIFF files (China Construction Bank, SPDB and others still export
// them) and the HTML tables several bank portals save under an .xls name. Cells become the same trimmed text the
// CSV path gives: amounts as plain decimals (never "1,234.50" nor exponents), dates and times as
// YYYY-MM-DD HH:MM:SS whether the bank wrote text ("20250101") or a real Excel date.
import * as XLSX from 'xlsx';
import { AppError } from '../shared/errors';
import { cleanCell } from './clean';

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  const v = cell.v;
  if (cell.t === 'n' && typeof v === 'number') {
    // A date cell is a serial number with a date format: read its parts, no time zone involved.
    if (cell.z && XLSX.SSF.is_date(cell.z)) {
      const d = XLSX.SSF.parse_date_code(v) as { y: number; m: number; d: number; H: number; M: number; S: number };
      return `${d.y}-${pad(d.m)}-${pad(d.d)} ${pad(d.H)}:${pad(d.M)}:${pad(d.S)}`;
    }
    // Plain decimal text: 16.78 stays "16.78", 0.1 + 0.2 becomes "0.3000000000" (parseYuan rounds to the fen).
    return v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  }
  if (v instanceof Date) return v.toISOString().replace('T', ' ').slice(0, 19);
  return String(v);
}

/** The first sheet's rows as trimmed text cells. Unreadable workbooks get STATEMENT_XLS (nothing imported). */
export function readXls(input: Uint8Array | string): string[][] {
  let wb: XLSX.WorkBook;
  try {
    wb = typeof input === 'string' ? XLSX.read(input, { type: 'string', raw: true, cellNF: true }) : XLSX.read(Buffer.from(input), { type: 'buffer', raw: true, cellNF: true });
  } catch {
    throw new AppError('STATEMENT_XLS');
  }
  const ws = wb.SheetNames[0] ? wb.Sheets[wb.SheetNames[0]] : undefined;
  if (!ws?.['!ref']) throw new AppError('STATEMENT_XLS');
  const range = XLSX.utils.decode_range(ws['!ref']);
  const rows: string[][] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++) cells.push(cleanCell(cellText(ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined)));
    rows.push(cells);
  }
  return rows;
}
