// From rows to statement lines: find the header row of a known layout, read the money-in rows below it into
// normalised lines (integer fen, business date, payer, reference), and hash each line so that the same transaction
// in the same or an overlapping export is recognised. Any unreadable money-in row fails the whole file.
import { createHash } from 'node:crypto';
import type { StatementSource } from '../../../db/schema';
import { AppError, isAppError } from '../shared/errors';
import { parseYuan } from '../shared/money';
import type { Layout, RawLine } from './layouts';

export interface ParsedLine {
  lineHash: string;
  source: StatementSource;
  txnTime: string;
  businessDate: string;
  amount: number;
  payerName: string;
  payerAccount: string;
  reference: string;
  memo: string;
  raw: Record<string, string>;
}

export interface ParsedStatement {
  layout: Layout;
  lines: ParsedLine[];
  /** Data rows that are not money in (payments out, transfers, refunds, summary lines). */
  skipped: number;
}

const HEADER_SCAN_ROWS = 60;

export function findHeader(rows: string[][], layouts: readonly Layout[]): { layout: Layout; headerRow: number } | null {
  let best: { layout: Layout; headerRow: number } | null = null;
  for (let i = 0; i < Math.min(rows.length, HEADER_SCAN_ROWS); i++) {
    const cells = new Set(rows[i]);
    for (const layout of layouts) {
      if (layout.required.every((h) => cells.has(h)) && (!best || layout.required.length > best.layout.required.length)) best = { layout, headerRow: i };
    }
    if (best) return best;
  }
  return null;
}

// SPDB puts two spaces between date and time (2025/12/05  07:22:32).
const DATE_RE = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:(?:[ T]+)(\d{1,2}):?(\d{2}):?(\d{2})?)?/;
const TIME_RE = /^(\d{1,2}):?(\d{2}):?(\d{2})?$/;

/** 'YYYY-MM-DD HH:MM:SS' from the file's date (and separate time) text; null when the cell is not a date at all. */
function dateTime(date: string, time: string): { txnTime: string; businessDate: string } | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const pad = (s: string | undefined) => (s ?? '0').padStart(2, '0');
  const businessDate = `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  const d = new Date(`${businessDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== businessDate) throw new Error(`日期 ${date}`);
  let hms = m[4] ? `${pad(m[4])}:${pad(m[5])}:${pad(m[6])}` : '00:00:00';
  const t = TIME_RE.exec(time.trim());
  if (t) hms = `${pad(t[1])}:${pad(t[2])}:${pad(t[3])}`;
  return { txnTime: `${businessDate} ${hms}`, businessDate };
}

export function parseStatement(rows: string[][], layouts: readonly Layout[]): ParsedStatement {
  const found = findHeader(rows, layouts);
  if (!found) throw new AppError('STATEMENT_LAYOUT', { detail: '找不到支付宝、微信或已设置银行的表头' });
  const { layout, headerRow } = found;
  const header = rows[headerRow] ?? [];
  const lines: ParsedLine[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  for (let i = headerRow + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((c) => c === '')) continue;
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      if (h) record[h] = cells[j] ?? '';
    });
    let raw: RawLine | null;
    let when: { txnTime: string; businessDate: string } | null;
    let amount: number;
    try {
      raw = layout.extract(record);
      if (!raw) {
        skipped++;
        continue;
      }
      when = dateTime(raw.date, raw.time);
      if (!when) {
        skipped++; // a summary or trailer row (人民币合计, 总交易单数…)
        continue;
      }
      amount = parseYuan(raw.amount.replace(/^\+/, ''));
    } catch (e) {
      const detail = isAppError(e) ? `金额“${String(e.params.value ?? '')}”` : e instanceof Error ? e.message : String(e);
      throw new AppError('STATEMENT_ROW', { row: i + 1, detail });
    }
    if (amount <= 0) {
      skipped++;
      continue;
    }
    const key = [layout.source, raw.reference, when.txnTime, amount, raw.payerName, raw.payerAccount, raw.memo].join('\u0001');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    lines.push({
      lineHash: createHash('sha256').update(`${key}\u0001${n}`).digest('hex'),
      source: layout.source,
      txnTime: when.txnTime,
      businessDate: when.businessDate,
      amount,
      payerName: raw.payerName,
      payerAccount: raw.payerAccount,
      reference: raw.reference,
      memo: raw.memo,
      raw: record,
    });
  }
  return { layout, lines, skipped };
}
