// Importing brand shipment notices (ASN) from .xlsx, CSV or JSON, all or nothing with a per-row error report; and
// reading them back. Until sync pulls them from the brand cloud, this is how they arrive.
import { and, asc, desc, eq, or } from 'drizzle-orm';
import { asnCodes, asnLines, asns, barcodes, brands, productUnits, products, purchaseOrders, traceCodes } from '../../../db/schema';
import { ColumnMap, RowReader } from '../imports/columns';
import { fieldError } from '../imports/field-error';
import { runImport, type ImportItem } from '../imports/run';
import { readSheet, type Sheet, type SheetRow } from '../imports/sheet';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { batchDates, checkDate } from '../stock/batches';
import { stockProduct } from '../stock/products';
import { looksLikeJson, readJsonSheet } from './asn-json';
import { ASN_COLUMNS, CODE_SEPARATORS, type AsnKey } from './asn-layout';

export type Asn = typeof asns.$inferSelect;

interface AsnRow {
  row: number;
  sku: string;
  barcode: string;
  unit: string;
  qty: number;
  batch: string;
  producedOn: string | null;
  expiresOn: string | null;
  price: number | null;
  codes: string[];
}

interface AsnItem extends ImportItem {
  asnNo: string;
  brand: string;
  poNumber: string;
  shippedOn: string | null;
  rows: AsnRow[];
}

/** 2025-03-01, 2025/3/1, 2025.03.01 and 20250301 all mean the same day. */
export function normalizeDate(text: string): string {
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(text.trim());
  if (!m) throw new AppError('DATE_FORMAT', { value: text });
  return checkDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

function dateCell(r: RowReader<AsnKey>, key: AsnKey): string | null {
  const v = r.text(key);
  if (v === '') return null;
  try {
    return normalizeDate(v);
  } catch {
    r.fail(key, 'DATE_FORMAT', { value: v });
    return null;
  }
}

function readRow(columns: ColumnMap<AsnKey>, row: SheetRow): { head: Omit<AsnItem, 'rows' | 'errors' | 'locate'>; line: AsnRow; errors: RowReader<AsnKey>['errors'] } {
  const r = new RowReader(columns, row);
  const asnNo = r.text('asnNo', { required: true });
  const brand = r.text('brand', { required: true });
  const sku = r.text('sku');
  const barcode = r.text('barcode');
  if (!sku && !barcode) r.fail(columns.has('sku') || !columns.has('barcode') ? 'sku' : 'barcode', 'IMPORT_REQUIRED', { column: columns.header('sku') });
  const qty = r.int('qty');
  if (qty === null || qty <= 0) {
    if (r.errors.every((e) => e.column !== columns.header('qty'))) r.fail('qty', 'IMPORT_INTEGER', { column: columns.header('qty'), value: r.text('qty') });
  }
  const line: AsnRow = {
    row: row.row,
    sku,
    barcode,
    unit: r.text('unit'),
    qty: qty ?? 0,
    batch: r.text('batch', { max: 64 }),
    producedOn: dateCell(r, 'producedOn'),
    expiresOn: dateCell(r, 'expiresOn'),
    price: r.fen('price'),
    codes: r.text('caseCodes').split(CODE_SEPARATORS).filter((c) => c !== ''),
  };
  const head = { asnNo, brand, poNumber: r.text('poNumber'), shippedOn: dateCell(r, 'shippedOn') };
  return { head, line, errors: r.errors };
}

/** Rows grouped into notices by brand and number; the notice-level columns must agree within a notice. */
function readItems(columns: ColumnMap<AsnKey>, rows: readonly SheetRow[]): AsnItem[] {
  const items = new Map<string, AsnItem>();
  for (const row of rows) {
    const { head, line, errors } = readRow(columns, row);
    const key = JSON.stringify([head.brand, head.asnNo]);
    let item = items.get(key);
    if (!item) {
      const rowsOfItem: AsnRow[] = [];
      item = {
        ...head,
        rows: rowsOfItem,
        errors: [],
        // Fields are `<row>:<column key>` so an error found while applying points at its cell.
        locate: (field) => {
          const [at, k] = (field ?? '').split(':');
          const rowNo = Number(at) || rowsOfItem[0]?.row || row.row;
          return { row: rowNo, column: columns.header((k as AsnKey) || 'asnNo') };
        },
      };
      items.set(key, item);
    } else {
      const first = item.rows[0]?.row ?? row.row;
      if (head.poNumber !== item.poNumber) errors.push({ row: row.row, column: columns.header('poNumber'), code: 'IMPORT_ROW_CONFLICT', params: { column: columns.header('poNumber'), row: first } });
      if (head.shippedOn !== item.shippedOn) errors.push({ row: row.row, column: columns.header('shippedOn'), code: 'IMPORT_ROW_CONFLICT', params: { column: columns.header('shippedOn'), row: first } });
    }
    item.rows.push(line);
    item.errors.push(...errors);
  }
  return [...items.values()];
}

function brandOf(core: Core, text: string) {
  return core.db.select({ id: brands.id, name: brands.name }).from(brands).where(or(eq(brands.name, text), eq(brands.code, text))).get();
}

function productOf(core: Core, line: AsnRow, columns: ColumnMap<AsnKey>): string {
  if (line.sku) {
    const p = core.db.select({ id: products.id }).from(products).where(eq(products.sku, line.sku)).get();
    if (!p) throw fieldError(`${line.row}:sku`, 'IMPORT_UNKNOWN', { column: columns.header('sku'), value: line.sku });
    return p.id;
  }
  const b = core.db.select({ productId: barcodes.productId }).from(barcodes).where(eq(barcodes.code, line.barcode)).get();
  if (!b) throw fieldError(`${line.row}:barcode`, 'IMPORT_UNKNOWN', { column: columns.header('barcode'), value: line.barcode });
  return b.productId;
}

function unitOf(core: Core, productId: string, name: string, row: number) {
  const where = name ? and(eq(productUnits.productId, productId), eq(productUnits.name, name)) : and(eq(productUnits.productId, productId), eq(productUnits.factor, 1));
  const unit = core.db.select({ id: productUnits.id, name: productUnits.name, factor: productUnits.factor }).from(productUnits).where(where).get();
  if (!unit) throw fieldError(`${row}:unit`, 'UNIT_NOT_FOUND', { unit: name });
  return unit;
}

const at = (row: number, key: AsnKey) => (check: () => void) => {
  try {
    check();
  } catch (e) {
    if (e instanceof AppError) throw fieldError(`${row}:${key}`, e.code, e.params);
    throw e;
  }
};

function applyItem(core: Core, actor: Actor, columns: ColumnMap<AsnKey>, item: AsnItem, fileName: string, created: Asn[]): 'created' {
  const first = item.rows[0]!.row;
  const brand = brandOf(core, item.brand);
  if (!brand) throw fieldError(`${first}:brand`, 'IMPORT_UNKNOWN', { column: columns.header('brand'), value: item.brand });
  if (core.db.select({ id: asns.id }).from(asns).where(and(eq(asns.brandId, brand.id), eq(asns.asnNo, item.asnNo))).get()) {
    throw fieldError(`${first}:asnNo`, 'ASN_TAKEN', { brand: brand.name, asnNo: item.asnNo });
  }
  let poId: string | null = null;
  if (item.poNumber) {
    const po = core.db.select({ id: purchaseOrders.id }).from(purchaseOrders).where(and(eq(purchaseOrders.number, item.poNumber), eq(purchaseOrders.brandId, brand.id))).get();
    if (!po) throw fieldError(`${first}:poNumber`, 'IMPORT_UNKNOWN', { column: columns.header('poNumber'), value: item.poNumber });
    poId = po.id;
  }
  const asn: Asn = {
    id: newId(),
    brandId: brand.id,
    asnNo: item.asnNo,
    poId,
    shippedOn: item.shippedOn,
    status: 'open',
    sourceFile: fileName,
    importedBy: actor.userId,
    importedAt: core.now().toISOString(),
  };
  core.db.insert(asns).values(asn).run();
  const seenCodes = new Map<string, number>();
  item.rows.forEach((line, i) => {
    const productId = productOf(core, line, columns);
    const product = stockProduct(core, productId);
    if (product.brandId !== null && product.brandId !== brand.id) {
      throw fieldError(`${line.row}:${line.sku ? 'sku' : 'barcode'}`, 'PO_BRAND_MISMATCH', { product: product.name, brand: brand.name });
    }
    const unit = unitOf(core, productId, line.unit, line.row);
    let dates = { producedOn: line.producedOn, expiresOn: line.expiresOn };
    at(line.row, 'expiresOn')(() => {
      dates = batchDates(product, { batchNo: line.batch, ...dates });
    });
    core.db
      .insert(asnLines)
      .values({ id: newId(), asnId: asn.id, lineNo: i + 1, productId, unitId: unit.id, unitName: unit.name, factor: unit.factor, qty: line.qty, qtyBase: line.qty * unit.factor, batchNo: line.batch, ...dates, price: line.price })
      .run();
    for (const code of line.codes) {
      const seen = seenCodes.get(code);
      if (seen !== undefined) throw fieldError(`${line.row}:caseCodes`, 'IMPORT_DUPLICATE_ROW', { value: code, row: seen });
      seenCodes.set(code, line.row);
      const known = core.db.select({ productId: traceCodes.productId }).from(traceCodes).where(eq(traceCodes.code, code)).get();
      if (known && known.productId !== productId) throw fieldError(`${line.row}:caseCodes`, 'ASN_CODE_PRODUCT', { code, product: stockProduct(core, known.productId).name });
      core.db.insert(asnCodes).values({ asnId: asn.id, code, lineNo: i + 1 }).run();
    }
  });
  created.push(asn);
  return 'created';
}

async function readAsnSheet(bytes: Uint8Array): Promise<Sheet> {
  return looksLikeJson(bytes) ? readJsonSheet(bytes, ASN_COLUMNS) : readSheet(bytes);
}

export interface AsnImportResult {
  rows: number;
  asns: { id: string; asnNo: string; brandId: string }[];
}

export async function importAsnFile(core: Core, actor: Actor, file: { fileName: string; bytes: Uint8Array }): Promise<AsnImportResult> {
  const sheet = await readAsnSheet(file.bytes);
  const columns = new ColumnMap(ASN_COLUMNS, sheet.headers);
  if (!columns.has('sku') && !columns.has('barcode')) throw new AppError('IMPORT_COLUMNS', { columns: `${columns.header('sku')} / ${columns.header('barcode')}` });
  const items = readItems(columns, sheet.rows);
  const created: Asn[] = [];
  runImport(core, actor, {
    action: 'asns.import',
    entity: 'asn',
    fileName: file.fileName,
    items,
    rowCount: sheet.rows.length,
    columns,
    apply: (item) => applyItem(core, actor, columns, item, file.fileName, created),
  });
  return { rows: sheet.rows.length, asns: created.map((a) => ({ id: a.id, asnNo: a.asnNo, brandId: a.brandId })) };
}

export function getAsn(core: Core, id: string): Asn {
  const asn = core.db.select().from(asns).where(eq(asns.id, id)).get();
  if (!asn) throw new AppError('ASN_NOT_FOUND');
  return asn;
}

export type AsnLine = typeof asnLines.$inferSelect;

export function asnView(core: Core, id: string) {
  const asn = getAsn(core, id);
  const lines = core.db
    .select({ line: asnLines, sku: products.sku, name: products.name })
    .from(asnLines)
    .innerJoin(products, eq(products.id, asnLines.productId))
    .where(eq(asnLines.asnId, id))
    .orderBy(asc(asnLines.lineNo))
    .all()
    .map((r) => ({ ...r.line, sku: r.sku, name: r.name }));
  const codes = core.db.select({ code: asnCodes.code, lineNo: asnCodes.lineNo }).from(asnCodes).where(eq(asnCodes.asnId, id)).all();
  return { ...asn, lines, codes };
}

export function listAsns(core: Core, f: { status?: Asn['status']; limit?: number; offset?: number } = {}) {
  return core.db
    .select({ id: asns.id, asnNo: asns.asnNo, brandId: asns.brandId, brandName: brands.name, poId: asns.poId, shippedOn: asns.shippedOn, status: asns.status, importedAt: asns.importedAt })
    .from(asns)
    .innerJoin(brands, eq(brands.id, asns.brandId))
    .where(f.status ? eq(asns.status, f.status) : undefined)
    .orderBy(desc(asns.importedAt))
    .limit(f.limit ?? 100)
    .offset(f.offset ?? 0)
    .all();
}
