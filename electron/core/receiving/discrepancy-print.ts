// The receiving discrepancy report (收货差异报告) as A4 HTML from resources/templates/receiving-discrepancy.html, for
// the API's PdfRenderer; and the list of reports kept for claims to the brand. Reading the template is the only
// I/O; it happens outside transactions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTemplateDir } from '../finance/customer-statement-render';
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { formatYuan } from '../shared/money';
import { printOptions, type PrintOptions } from '../stock/van-print';
import { varianceReportView, type VarianceReportView } from '../stock/variance';
import { prepared } from '../catalog/statements';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const yuan = (fen: number) => formatYuan(fen, { grouping: true });
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export interface DiscrepancyReport extends VarianceReportView {
  brand: string;
}

/** A receiving report with the brand it is claimed from; refuses reports of other kinds. */
export function discrepancyReport(core: Core, id: string): DiscrepancyReport {
  const view = varianceReportView(core, id);
  if (view.kind !== 'receiving') throw new AppError('STOCK_DOC_NOT_FOUND');
  const brand = prepared(
    core,
    `SELECT coalesce(b1.name, b2.name, '') AS name FROM receiving_sessions s
       LEFT JOIN asns a ON a.id = s.asn_id LEFT JOIN brands b1 ON b1.id = a.brand_id
       LEFT JOIN purchase_orders o ON o.id = s.po_id LEFT JOIN brands b2 ON b2.id = o.brand_id
     WHERE s.id = ?`,
  ).get(view.sourceId) as { name: string } | undefined;
  return { ...view, brand: brand?.name ?? '' };
}

export function discrepancyHtml(core: Core, r: DiscrepancyReport, opts: PrintOptions = printOptions(core)): string {
  const rows = r.lines
    .map((l) => {
      const cls = [l.diffQty < 0 ? 'short' : l.diffQty > 0 ? 'over' : '', l.damagedQty > 0 ? 'damaged' : ''].filter(Boolean).join(' ');
      return (
        `<tr class="${cls}"><td>${l.lineNo}</td><td>${esc(l.sku)}</td><td>${esc(l.name)}</td><td>${esc(l.batchNo || '—')}</td>` +
        `<td class="num">${l.expectedQty}${esc(l.baseUnit)}</td><td class="num">${l.actualQty}${esc(l.baseUnit)}</td>` +
        `<td class="num damaged">${l.damagedQty || ''}</td><td class="num diff">${signed(l.diffQty)}</td><td class="num">${yuan(l.diffValue)}</td></tr>`
      );
    })
    .join('\n    ');
  const sum = (f: (l: DiscrepancyReport['lines'][number]) => number) => r.lines.reduce((a, l) => a + f(l), 0);
  const text: Record<string, string | number> = {
    title: `收货差异报告 ${r.sourceNumber}`,
    company: opts.company,
    number: r.sourceNumber,
    businessDate: r.businessDate,
    printed: opts.printed,
    warehouse: r.warehouse.name,
    reference: r.reference || '无单收货',
    brand: r.brand,
    expected: sum((l) => l.expectedQty),
    actual: sum((l) => l.actualQty),
    damaged: r.totals.damaged,
    diff: signed(sum((l) => l.diffQty)),
    diffValue: yuan(r.totals.diffValue),
    over: r.totals.over,
    short: r.totals.short,
  };
  return readFileSync(join(opts.templateDir ?? defaultTemplateDir(), 'receiving-discrepancy.html'), 'utf8')
    .replace('{{{rows}}}', rows)
    .replace(/\{\{(\w+)\}\}/g, (_, k: string) => esc(String(text[k] ?? '')));
}

export const discrepancyFileName = (r: Pick<DiscrepancyReport, 'sourceNumber'>) => `收货差异报告-${r.sourceNumber}.pdf`;

export interface DiscrepancyRow {
  id: string;
  sourceId: string;
  sourceNumber: string;
  reference: string;
  warehouseName: string;
  businessDate: string;
  createdAt: string;
  over: number;
  short: number;
  damaged: number;
  diffValue: number;
}

/** Receiving discrepancy reports, newest first: what the clerk reprints when the brand's claim form asks for it. */
export function listDiscrepancies(core: Core, input: { limit?: number } = {}): DiscrepancyRow[] {
  return prepared(
    core,
    `SELECT r.id, r.source_id AS sourceId, r.source_number AS sourceNumber, r.reference, w.name AS warehouseName,
       r.business_date AS businessDate, r.created_at AS createdAt,
       coalesce(sum(CASE WHEN l.diff_qty > 0 THEN l.diff_qty ELSE 0 END), 0) AS over,
       coalesce(sum(CASE WHEN l.diff_qty < 0 THEN -l.diff_qty ELSE 0 END), 0) AS short,
       coalesce(sum(l.damaged_qty), 0) AS damaged, coalesce(sum(l.diff_value), 0) AS diffValue
     FROM variance_reports r JOIN warehouses w ON w.id = r.warehouse_id LEFT JOIN variance_lines l ON l.report_id = r.id
     WHERE r.kind = 'receiving' GROUP BY r.id ORDER BY r.created_at DESC, r.id DESC LIMIT ?`,
  ).all(input.limit ?? 100) as DiscrepancyRow[];
}
