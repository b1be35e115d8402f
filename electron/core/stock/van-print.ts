// Printing for vans: the loading list (装车单) and the return variance report (回库差异表) as A4 HTML from
// resources/templates/van-*.html (the API's PdfRenderer turns them into PDF), and the loading list as a receipt-
// printer document (ESC/POS through the print queue) for the driver to take along. Reading a template is the only
// I/O; it happens outside transactions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrintDocumentInput } from '../devices/print-document';
import { companyName } from '../finance/customer-statement';
import { docQr } from '../scan/doc-qr';
import { defaultTemplateDir } from '../finance/customer-statement-render';
import type { Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { formatYuan } from '../shared/money';
import type { PrintableLoadingList } from './van-loading-list';
import type { VanReturnReport } from './van-return-report';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function fill(file: string, text: Record<string, string | number>, rows: string, templateDir = defaultTemplateDir()): string {
  return readFileSync(join(templateDir, file), 'utf8')
    .replace('{{{rows}}}', rows)
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => esc(String(text[k] ?? '')));
}

export interface PrintOptions {
  company: string;
  printed: string;
  templateDir?: string;
}

/** The company name and today's business date, which every printed page carries. */
export const printOptions = (core: Core): PrintOptions => ({ company: companyName(core), printed: businessDate(core.now(), core.timeZone) });

/** "3箱2瓶"-style quantity of a loading line: whole units of the line's unit and the rest in base units. */
export function splitQty(l: Pick<PrintableLoadingList['lines'][number], 'whole' | 'rest' | 'unitName' | 'qtyBase'>, baseUnit: string): string {
  if (l.whole === 0) return `${l.rest}${baseUnit}`;
  return `${l.whole}${l.unitName}${l.rest ? `${l.rest}${baseUnit}` : ''}`;
}

const batchText = (b: PrintableLoadingList['lines'][number]['batches'][number]) => `${b.batchNo || '无批次'}${b.expiresOn ? ` 至${b.expiresOn}` : ''} ×${b.qty}`;

export function loadingListHtml(list: PrintableLoadingList, opts: PrintOptions): string {
  const rows = list.lines
    .map(
      (l) =>
        `<tr><td>${l.lineNo}</td><td>${esc(l.sku)}</td><td>${esc(l.name)}</td><td class="num">${esc(splitQty(l, l.baseUnit))}</td>` +
        `<td class="num">${l.qtyBase}${esc(l.baseUnit)}</td><td class="batches">${l.batches.map((b) => esc(batchText(b))).join('<br>')}</td><td class="check"></td></tr>`,
    )
    .join('\n    ');
  return fill(
    'van-loading-list.html',
    {
      title: `装车单 ${list.number}`,
      company: opts.company,
      number: list.number,
      businessDate: list.businessDate,
      printed: opts.printed,
      from: list.from,
      van: list.van.name,
      plate: list.van.plate,
      driver: list.van.driverName ?? '',
      lineCount: list.lines.length,
      totalBase: list.totalBase,
    },
    rows,
    opts.templateDir,
  );
}

const y = (fen: number) => formatYuan(fen, { grouping: true });
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function vanReturnHtml(r: VanReturnReport, opts: PrintOptions): string {
  const rows = r.lines
    .map(
      (l) =>
        `<tr${l.diff < 0 ? ' class="short"' : ''}><td>${l.lineNo}</td><td>${esc(l.sku)}</td><td>${esc(l.name)}</td><td>${esc(l.baseUnit)}</td>` +
        `<td class="num">${l.loaded}</td><td class="num">${l.sold}</td><td class="num">${l.expected}</td><td class="num">${l.returned}</td>` +
        `<td class="num">${l.diff ? signed(l.diff) : ''}</td><td class="num">${l.diffValue ? y(l.diffValue) : ''}</td></tr>`,
    )
    .join('\n    ');
  const t = r.totals;
  return fill(
    'van-return-report.html',
    {
      title: `回库差异表 ${r.number}`,
      company: opts.company,
      number: r.number,
      businessDate: r.businessDate,
      printed: opts.printed,
      van: r.van.name,
      plate: r.van.plate,
      driver: r.van.driverName ?? '',
      to: r.to,
      loaded: t.loaded,
      sold: t.sold,
      expected: t.expected,
      returned: t.returned,
      diff: signed(t.over - t.short),
      short: t.short,
      over: t.over,
      diffValue: y(t.diffValue),
      reason: r.reason ? `备注：${r.reason}` : '',
    },
    rows,
    opts.templateDir,
  );
}

const safeName = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_');
export const loadingListFileName = (list: PrintableLoadingList) => safeName(`装车单_${list.number}_${list.van.plate}.pdf`);
export const vanReturnFileName = (r: VanReturnReport) => safeName(`回库差异表_${r.number}_${r.van.plate}.pdf`);

/** The loading list for a receipt printer: one line per product with its quantity, batches below, signatures. */
export function loadingSlip(list: PrintableLoadingList, opts: PrintOptions): PrintDocumentInput {
  return {
    title: `装车单 ${list.number}`,
    lines: [
      { kind: 'text', text: opts.company, align: 'center', bold: true },
      { kind: 'text', text: '装车单', align: 'center', bold: true, width: 2, height: 2 },
      { kind: 'text', text: `单号：${list.number}` },
      { kind: 'text', text: `日期：${list.businessDate}  出库：${list.from}` },
      { kind: 'text', text: `车辆：${list.van.name}（${list.van.plate}）` },
      { kind: 'text', text: `司机：${list.van.driverName ?? ''}` },
      { kind: 'rule' },
      { kind: 'columns', bold: true, cells: [{ text: '商品' }, { text: '数量', width: 12, align: 'right' }] },
      ...list.lines.flatMap((l) => [
        { kind: 'columns' as const, cells: [{ text: l.name }, { text: splitQty(l, l.baseUnit), width: 12, align: 'right' as const }] },
        ...l.batches.map((b) => ({ kind: 'text' as const, text: `  ${batchText(b)}` })),
      ]),
      { kind: 'rule' },
      { kind: 'text', text: `合计 ${list.lines.length} 种，${list.totalBase} 个基本单位` },
      { kind: 'feed', lines: 2 },
      { kind: 'text', text: '仓管：__________  司机：__________' },
      { kind: 'qr', data: docQr(list.number) },
      { kind: 'cut' },
    ],
  };
}
