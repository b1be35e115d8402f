// Variance (discrepancy) reports: what was expected against what was found, per product and batch, stored with
// the document so the claim to the brand or the driver's reconciliation can be printed any time later.
import { asc, eq } from 'drizzle-orm';
import { VARIANCE_KINDS, products, varianceLines, varianceReports, warehouses } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';

export type VarianceKind = (typeof VARIANCE_KINDS)[number];

export interface VarianceLineInput {
  productId: string;
  batchNo?: string;
  expectedQty: number;
  actualQty: number;
  damagedQty?: number;
  /** The difference valued in fen. */
  diffValue: number;
}

export interface NewVarianceReport {
  kind: VarianceKind;
  sourceId: string;
  sourceNumber: string;
  warehouseId: string;
  reference?: string;
}

/** Stores a report of the lines that differ (over, short or damaged); returns null when nothing differs. */
export function writeVarianceReport(core: Core, actor: Actor | null, head: NewVarianceReport, lines: readonly VarianceLineInput[]): string | null {
  const differing = lines.filter((l) => l.actualQty - (l.damagedQty ?? 0) !== l.expectedQty || (l.damagedQty ?? 0) > 0);
  if (differing.length === 0) return null;
  const id = newId();
  core.db
    .insert(varianceReports)
    .values({
      id,
      ...head,
      reference: head.reference ?? '',
      businessDate: businessDate(core.now(), core.timeZone),
      createdBy: actor?.userId ?? null,
      createdAt: core.now().toISOString(),
    })
    .run();
  const rows = differing.map((l, i) => ({
    id: newId(),
    reportId: id,
    lineNo: i + 1,
    productId: l.productId,
    batchNo: l.batchNo ?? '',
    expectedQty: l.expectedQty,
    actualQty: l.actualQty,
    damagedQty: l.damagedQty ?? 0,
    diffQty: l.actualQty - (l.damagedQty ?? 0) - l.expectedQty,
    diffValue: l.diffValue,
  }));
  for (let i = 0; i < rows.length; i += 500) core.db.insert(varianceLines).values(rows.slice(i, i + 500)).run();
  return id;
}

export interface VarianceReportView {
  id: string;
  kind: VarianceKind;
  sourceId: string;
  sourceNumber: string;
  reference: string;
  warehouse: { id: string; name: string };
  businessDate: string;
  createdAt: string;
  lines: {
    lineNo: number;
    productId: string;
    sku: string;
    name: string;
    baseUnit: string;
    batchNo: string;
    expectedQty: number;
    actualQty: number;
    damagedQty: number;
    diffQty: number;
    diffValue: number;
  }[];
  totals: { over: number; short: number; damaged: number; diffValue: number };
}

/** A report as data for a print template: header, lines with product names, and totals. */
export function varianceReportView(core: Core, id: string): VarianceReportView {
  const head = core.db
    .select({ r: varianceReports, warehouseName: warehouses.name })
    .from(varianceReports)
    .innerJoin(warehouses, eq(warehouses.id, varianceReports.warehouseId))
    .where(eq(varianceReports.id, id))
    .get();
  if (!head) throw new AppError('STOCK_DOC_NOT_FOUND');
  const lines = core.db
    .select({
      lineNo: varianceLines.lineNo,
      productId: varianceLines.productId,
      sku: products.sku,
      name: products.name,
      baseUnit: products.baseUnit,
      batchNo: varianceLines.batchNo,
      expectedQty: varianceLines.expectedQty,
      actualQty: varianceLines.actualQty,
      damagedQty: varianceLines.damagedQty,
      diffQty: varianceLines.diffQty,
      diffValue: varianceLines.diffValue,
    })
    .from(varianceLines)
    .innerJoin(products, eq(products.id, varianceLines.productId))
    .where(eq(varianceLines.reportId, id))
    .orderBy(asc(varianceLines.lineNo))
    .all();
  const totals = { over: 0, short: 0, damaged: 0, diffValue: 0 };
  for (const l of lines) {
    if (l.diffQty > 0) totals.over += l.diffQty;
    else totals.short -= l.diffQty;
    totals.damaged += l.damagedQty;
    totals.diffValue += l.diffValue;
  }
  const r = head.r;
  return {
    id: r.id,
    kind: r.kind,
    sourceId: r.sourceId,
    sourceNumber: r.sourceNumber,
    reference: r.reference,
    warehouse: { id: r.warehouseId, name: head.warehouseName },
    businessDate: r.businessDate,
    createdAt: r.createdAt,
    lines,
    totals,
  };
}

export function varianceReportsFor(core: Core, sourceId: string): string[] {
  return core.db.select({ id: varianceReports.id }).from(varianceReports).where(eq(varianceReports.sourceId, sourceId)).all().map((r) => r.id);
}
