// Renders customer statements: HTML for A4 (from resources/templates/customer-statement.html; the PdfRenderer port
// turns it into PDF) and .xlsx (exceljs). Reading the template is the only I/O; it happens outside transactions.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatYuan } from '../shared/money';
import type { PdfRenderer } from '../shared/pdf';
import type { CustomerStatement } from './customer-statement';

export const defaultTemplateDir = () => join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources', 'templates');

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const y = (fen: number) => formatYuan(fen, { grouping: true });

function fill(template: string, text: Record<string, string>, raw: Record<string, string> = {}): string {
  return template
    .replace(/\{\{\{(\w+)\}\}\}/g, (_, k: string) => raw[k] ?? '')
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => esc(text[k] ?? ''));
}

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const UNITS = ['', '拾', '佰', '仟'];
const GROUPS = ['', '万', '亿', '兆'];

/** 大写金额 as on Chinese financial documents: 12345.60 → 壹万贰仟叁佰肆拾伍元陆角整. */
export function yuanInWords(fen: number): string {
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100);
  const jiao = Math.trunc((abs % 100) / 10);
  const fenDigit = abs % 10;
  let words = '';
  if (yuan === 0) words = '零';
  else {
    const groups: number[] = [];
    for (let n = yuan; n > 0; n = Math.trunc(n / 10_000)) groups.push(n % 10_000);
    let pendingZero = false;
    for (let g = groups.length - 1; g >= 0; g--) {
      const value = groups[g] ?? 0;
      if (value === 0) {
        pendingZero = words !== '';
        continue;
      }
      if (pendingZero || (words !== '' && value < 1000)) words += '零';
      pendingZero = false;
      let part = '';
      let zero = false;
      for (let d = 3; d >= 0; d--) {
        const digit = Math.trunc(value / 10 ** d) % 10;
        if (digit === 0) zero = part !== '';
        else {
          part += (zero ? '零' : '') + DIGITS[digit] + UNITS[d];
          zero = false;
        }
      }
      words += part + GROUPS[g];
    }
  }
  words += '元';
  if (jiao === 0 && fenDigit === 0) words += '整';
  else {
    words += jiao ? `${DIGITS[jiao]}角` : '零';
    words += fenDigit ? `${DIGITS[fenDigit]}分` : '整';
  }
  return (fen < 0 ? '负' : '') + words;
}

function sections(template: string): { page: string; statement: string } {
  const m = /<!--statement-->([\s\S]*)<!--\/statement-->/.exec(template);
  if (!m || m[1] === undefined) throw new Error('customer-statement.html lacks its <!--statement--> section');
  return { page: template.slice(0, m.index), statement: m[1] };
}

/** One HTML document with a page (or pages) per statement: one customer, or a whole batch for printing. */
export function statementsHtml(statements: CustomerStatement[], opts: { printed: string; templateDir?: string }): string {
  const template = readFileSync(join(opts.templateDir ?? defaultTemplateDir(), 'customer-statement.html'), 'utf8');
  const { page, statement } = sections(template);
  const body = statements
    .map((s) => {
      const rows = s.lines
        .map((l) => `<tr><td>${esc(l.businessDate)}</td><td>${esc(l.docNo)}</td><td>${esc(l.sourceNo)}</td><td>${esc(l.description)}</td><td class="num">${l.debit ? y(l.debit) : ''}</td><td class="num">${l.credit ? y(l.credit) : ''}</td><td class="num">${y(l.balance)}</td></tr>`)
        .join('\n      ');
      return fill(
        statement,
        {
          company: s.company,
          from: s.from,
          to: s.to,
          printed: opts.printed,
          customerName: s.customer.name,
          customerCode: s.customer.code,
          contact: s.customer.contact,
          phone: s.customer.phone,
          address: s.customer.address,
          opening: y(s.opening),
          invoices: y(s.totals.invoices),
          receipts: y(s.totals.receipts),
          credits: y(s.totals.credits),
          reversals: y(s.totals.reversals),
          debit: y(s.totals.debit),
          credit: y(s.totals.credit),
          closing: y(s.closing),
          closingLabel: s.closing >= 0 ? '尚欠我司货款' : '在我司预付款余额',
          closingAbs: y(Math.abs(s.closing)),
          closingWords: yuanInWords(Math.abs(s.closing)),
        },
        { rows },
      );
    })
    .join('\n');
  const title = statements.length === 1 && statements[0] ? `对账单 ${statements[0].customer.name} ${statements[0].from}~${statements[0].to}` : `对账单（${statements.length} 户）`;
  return fill(page, { title }, { statements: body }).trimEnd() + '\n';
}

/** The same statement as a workbook: amounts as numbers in yuan with two decimals (the cells the accountant sums). */
export async function statementXlsx(s: CustomerStatement): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = s.company;
  const ws = wb.addWorksheet('对账单', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = [{ width: 12 }, { width: 20 }, { width: 20 }, { width: 24 }, { width: 14 }, { width: 14 }, { width: 14 }];
  const money = '#,##0.00';
  const n = (fen: number) => fen / 100; // display value only: the fen figures above stay the source of truth
  ws.addRow([`${s.company} 客户对账单`]).font = { bold: true, size: 14 };
  ws.mergeCells('A1:G1');
  ws.addRow([`客户：${s.customer.name}（${s.customer.code}）`, '', '', `对账期间：${s.from} 至 ${s.to}`]);
  ws.addRow([]);
  const header = ws.addRow(['日期', '单号', '业务单号', '摘要', '应收增加', '应收减少', '余额']);
  header.font = { bold: true };
  ws.addRow([s.from, '', '', '期初余额', null, null, n(s.opening)]);
  for (const l of s.lines) ws.addRow([l.businessDate, l.docNo, l.sourceNo, l.description, l.debit ? n(l.debit) : null, l.credit ? n(l.credit) : null, n(l.balance)]);
  const total = ws.addRow(['本期合计', '', '', '', n(s.totals.debit), n(s.totals.credit), n(s.closing)]);
  total.font = { bold: true };
  ws.addRow([]);
  ws.addRow(['期初余额', n(s.opening), '本期销售', n(s.totals.invoices), '本期收款', n(s.totals.receipts)]);
  ws.addRow(['贷项/抹零', n(s.totals.credits), '本期冲销', n(s.totals.reversals), '期末余额', n(s.closing)]);
  ws.eachRow((row, i) => {
    if (i >= 4) row.eachCell((cell) => {
      if (typeof cell.value === 'number') cell.numFmt = money;
    });
  });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const statementFileName = (s: CustomerStatement, ext: 'pdf' | 'xlsx' | 'html') =>
  `对账单_${s.customer.code}_${s.customer.name}_${s.from}_${s.to}.${ext}`.replace(/[\\/:*?"<>|\s]+/g, '_');

/** Statements to PDF through the port: one document, a page (or more) per customer, ready for batch printing. */
export async function statementsPdf(renderer: PdfRenderer, statements: CustomerStatement[], opts: { printed: string; templateDir?: string }): Promise<Buffer> {
  return renderer.pdf(statementsHtml(statements, opts));
}
