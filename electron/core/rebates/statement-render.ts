// Renders rebate statements: A4 HTML from resources/templates/rebate-statement.html (the PdfRenderer port turns it
// into PDF; many statements make one document for batch printing) and .xlsx (exceljs). Reading the template is
// the only I/O; it happens outside transactions.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTemplateDir, yuanInWords } from '../finance/customer-statement-render';
import { formatYuan } from '../shared/money';
import type { PdfRenderer } from '../shared/pdf';
import type { AccrualView } from './accruals';
import type { RebateStatement, StatementEntry } from './statement';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const y = (fen: number) => formatYuan(fen, { grouping: true });

export const ENTRY_NAMES: Record<StatementEntry['kind'], string> = { credit: '返利入账', use: '返利抵扣', use_reversal: '抵扣退回', expire: '返利过期', adjust: '调整' };
const STORE_ENTRY_NAMES: Record<StatementEntry['kind'], string> = { ...ENTRY_NAMES, credit: '返利结算', use: '返利兑付' };

/** "第 2 档", "达成", "未达成". */
function tierText(a: AccrualView): string {
  if (a.tierNo === 0) return '未达成';
  if (a.kind === 'tiered') return `第 ${a.tierNo} 档`;
  return a.kind === 'fixed' ? '已完成' : '达成';
}

/** Rate as a percentage (bp) or money per unit. */
function rateText(a: AccrualView): string {
  if (a.rateValue === 0) return '';
  if (a.kind === 'per_unit' || (a.kind === 'tiered' && a.measure === 'quantity')) return `¥${y(a.rateValue)}/${a.unitName}`;
  return `${(a.rateValue / 100).toFixed(2)}%`;
}

function fill(template: string, text: Record<string, string>, raw: Record<string, string>): string {
  return template.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, r: string | undefined, t: string | undefined) => (r ? (raw[r] ?? '') : esc(text[t!] ?? '')));
}

function section(template: string): { page: string; statement: string } {
  const m = /<!--statement-->([\s\S]*)<!--\/statement-->/.exec(template);
  if (!m || m[1] === undefined) throw new Error('rebate-statement.html lacks its <!--statement--> section');
  return { page: template.slice(0, m.index), statement: m[1] };
}

function statementSection(part: string, s: RebateStatement): string {
  const names = s.accountKind === 'brand' ? ENTRY_NAMES : STORE_ENTRY_NAMES;
  const accrualRows = s.accruals
    .map(
      (a) =>
        `<tr><td>${esc(a.policyCode)} ${esc(a.policyName)}</td><td>${esc(a.periodKey)}</td><td class="num">${y(a.basisAmount)}</td><td class="num">${a.basisQty} ${esc(a.unitName)}</td><td>${tierText(a)}</td><td class="num">${esc(rateText(a))}</td><td class="num">${y(a.amount)}</td><td class="num">${s.accountKind === 'brand' ? y(a.confirmed) : ''}</td><td class="num${a.difference < 0 ? ' neg' : ''}">${s.accountKind === 'brand' ? y(a.difference) : ''}</td><td>${a.status === 'closed' ? '已结算' : '预估'}</td></tr>`,
    )
    .join('\n      ');
  let balance = s.opening;
  const entryRows = s.entries
    .map((e) => {
      balance += e.amount;
      const policy = [e.policyCode, e.periodKey].filter(Boolean).join(' ');
      return `<tr><td>${esc(e.businessDate)}</td><td>${esc(e.docNo)}</td><td>${names[e.kind]}</td><td>${esc(e.refNo)}</td><td>${esc(policy)}</td><td class="num">${e.amount > 0 ? y(e.amount) : ''}</td><td class="num">${e.amount < 0 ? y(-e.amount) : ''}</td><td class="num">${y(balance)}</td><td>${esc(e.expiresOn ?? '')}</td></tr>`;
    })
    .join('\n      ');
  const confirmed = s.accruals.reduce((a, r) => a + r.confirmed, 0);
  const brand = s.accountKind === 'brand';
  return fill(
    part,
    {
      company: s.company,
      heading: brand ? '返利对账单' : '门店返利对账单',
      partyLabel: brand ? '品牌商' : '门店',
      accountName: s.accountName,
      from: s.from,
      to: s.to,
      printed: s.printed,
      opening: y(s.opening),
      credits: y(s.credits),
      adjustments: y(s.adjustments),
      uses: y(s.uses),
      expiries: y(s.expiries),
      closing: y(s.closing),
      accrued: y(s.accrued),
      confirmed: brand ? y(confirmed) : '',
      difference: brand ? y(confirmed - s.accrued) : '',
      plus: y(s.entries.filter((e) => e.amount > 0).reduce((a, e) => a + e.amount, 0)),
      minus: y(-s.entries.filter((e) => e.amount < 0).reduce((a, e) => a + e.amount, 0)),
      closingWords: yuanInWords(s.closing),
      note: brand ? '预估返利按本系统记录的进货/出货数据计算，以品牌商确认入账为准；差异 = 品牌确认 − 预估。' : '返利已结算部分可冲抵货款或兑换货品，如有异议请于 7 日内与我司联系。',
      signLabel: brand ? '品牌商确认（签字盖章）' : '门店确认（签字盖章）',
    },
    { accrualRows, entryRows },
  );
}

/** One HTML document with a section per statement (one account, or a batch for printing). */
export function rebateStatementsHtml(statements: readonly RebateStatement[], opts: { templateDir?: string } = {}): string {
  const { page, statement } = section(readFileSync(join(opts.templateDir ?? defaultTemplateDir(), 'rebate-statement.html'), 'utf8'));
  const body = statements.map((s) => statementSection(statement, s)).join('\n');
  const first = statements[0];
  const title = statements.length === 1 && first ? `返利对账单 ${first.accountName} ${first.from}~${first.to}` : `返利对账单（${statements.length} 份）`;
  return fill(page, { title }, { statements: body }).trimEnd() + '\n';
}

export async function rebateStatementsPdf(renderer: PdfRenderer, statements: readonly RebateStatement[], opts: { templateDir?: string } = {}): Promise<Buffer> {
  return renderer.pdf(rebateStatementsHtml(statements, opts));
}

export const rebateStatementFileName = (s: Pick<RebateStatement, 'accountName' | 'from' | 'to'>, ext: 'pdf' | 'xlsx') =>
  `返利对账单_${s.accountName}_${s.from}_${s.to}.${ext}`.replace(/[\\/:*?"<>|\s]+/g, '_');

/** The statements as a workbook, one sheet each: amounts in yuan as numbers (the cells the owner sums). */
export async function rebateStatementsXlsx(statements: readonly RebateStatement[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const n = (fen: number) => fen / 100; // display value only: the fen figures stay the source of truth
  const used = new Set<string>();
  for (const s of statements) {
    wb.creator = s.company;
    let name = s.accountName.replace(/[\\/?*[\]:]/g, '_').slice(0, 28) || '返利';
    while (used.has(name)) name = `${name.slice(0, 26)}_${used.size}`;
    used.add(name);
    const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    ws.columns = [{ width: 12 }, { width: 20 }, { width: 12 }, { width: 18 }, { width: 16 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 10 }];
    ws.addRow([`${s.company} ${s.accountKind === 'brand' ? '返利对账单' : '门店返利对账单'}`]).font = { bold: true, size: 14 };
    ws.addRow([s.accountName, '', '', `对账期间：${s.from} 至 ${s.to}`]);
    ws.addRow(['期初余额', n(s.opening), '本期入账', n(s.credits), '本期调整', n(s.adjustments)]);
    ws.addRow(['本期使用', n(s.uses), '本期过期', n(s.expiries), '期末余额', n(s.closing)]);
    ws.addRow([]);
    ws.addRow(['政策', '名称', '周期', '计算基数', '数量', '档位', '比例/单价', '预估返利', '品牌确认', '差异']).font = { bold: true };
    for (const a of s.accruals) ws.addRow([a.policyCode, a.policyName, a.periodKey, n(a.basisAmount), `${a.basisQty} ${a.unitName}`, tierText(a), rateText(a), n(a.amount), n(a.confirmed), n(a.difference)]);
    ws.addRow([]);
    ws.addRow(['日期', '单号', '类型', '关联单号', '政策/周期', '增加', '减少', '余额', '到期日']).font = { bold: true };
    let balance = s.opening;
    for (const e of s.entries) {
      balance += e.amount;
      ws.addRow([e.businessDate, e.docNo, ENTRY_NAMES[e.kind], e.refNo, [e.policyCode, e.periodKey].filter(Boolean).join(' '), e.amount > 0 ? n(e.amount) : null, e.amount < 0 ? n(-e.amount) : null, n(balance), e.expiresOn ?? '']);
    }
    ws.eachRow((row, i) => {
      if (i >= 3) row.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = '#,##0.00';
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
