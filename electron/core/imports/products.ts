// Products to and from spreadsheets. One row per product with its base unit and one packaging unit; a product
// with more packaging units (瓶/盒/箱) takes one more row per unit with the same 商品编码. Brands and categories
// are named, and created when new. Columns the file lacks keep the product's current values on update.
import { normalizeBarcode } from '../catalog/barcodes';
import { ensureBrand } from '../catalog/brands';
import { ensureCategory } from '../catalog/categories';
import { listProducts } from '../catalog/product-list';
import { getProduct, productIdBySku, saveProduct, type ProductInput, type ProductStatus } from '../catalog/products';
import type { UnitDraft } from '../catalog/units';
import { assertGtin } from '../scan/gtin';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { businessDate } from '../shared/dates';
import { ColumnMap, RowReader, type ColumnSpec, type RowError } from './columns';
import { runImport, type ImportItem, type ImportOutcome } from './run';
import { readSheet, type SheetRow } from './sheet';
import { exportFileName, writeWorkbook, type SheetColumn } from './workbook';

type Key =
  | 'sku'
  | 'name'
  | 'spec'
  | 'brand'
  | 'category'
  | 'baseUnit'
  | 'barcode'
  | 'packUnit'
  | 'factor'
  | 'packBarcode'
  | 'shelfLife'
  | 'status';

export const PRODUCT_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'sku', header: '商品编码', aliases: ['编码', '商品代码', '货号', 'SKU', 'code', 'product code', 'item code'], required: true },
  { key: 'name', header: '商品名称', aliases: ['名称', '品名', 'name', 'product name'], required: true },
  { key: 'spec', header: '规格', aliases: ['规格型号', 'spec', 'specification'] },
  { key: 'brand', header: '品牌', aliases: ['brand'] },
  { key: 'category', header: '分类', aliases: ['类别', '商品分类', 'category'] },
  { key: 'baseUnit', header: '基本单位', aliases: ['单位', '小单位', 'base unit', 'unit'], required: true },
  { key: 'barcode', header: '条码', aliases: ['商品条码', '基本单位条码', 'barcode', 'ean'] },
  { key: 'packUnit', header: '包装单位', aliases: ['大单位', 'pack unit', 'package unit'] },
  { key: 'factor', header: '换算数', aliases: ['换算率', '包装数量', '装箱数', 'factor'] },
  { key: 'packBarcode', header: '包装条码', aliases: ['大单位条码', '箱条码', 'pack barcode'] },
  { key: 'shelfLife', header: '保质期(天)', aliases: ['保质期', '保质期天数', 'shelf life', 'shelf life (days)', 'shelf life days'] },
  { key: 'status', header: '状态', aliases: ['status'] },
];

const STATUS_WORDS: Readonly<Record<string, ProductStatus>> = { 启用: 'active', 停用: 'inactive', active: 'active', inactive: 'inactive' };

/** Excel drops a barcode's leading zero when the cell is a number: no GTIN has 7 or 11 digits, so put it back. */
export const restoreLeadingZero = (code: string): string => (/^\d{7}$|^\d{11}$/.test(code) ? `0${code}` : code);

/** A barcode cell, its check digit verified while reading so that it is reported with the row's other problems. */
function readBarcode(r: RowReader<Key>, key: 'barcode' | 'packBarcode'): string {
  const code = normalizeBarcode(restoreLeadingZero(r.text(key)));
  if (code === '') return '';
  try {
    assertGtin(code);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    r.fail(key, e.code, e.params);
  }
  return code;
}

interface PackUnit {
  row: number;
  name: string;
  factor: number | null;
  barcode: string;
}

interface ProductItem extends ImportItem {
  sku: string;
  first: SheetRow;
  fields: {
    name: string;
    spec: string;
    brand: string;
    category: string;
    baseUnit: string;
    barcode: string;
    shelfLife: number | null;
    status: ProductStatus | null;
  };
  packs: PackUnit[];
}

/** The product-level columns that later rows of the same product must leave empty or repeat. */
const PRODUCT_LEVEL: readonly Key[] = ['name', 'spec', 'brand', 'category', 'baseUnit', 'barcode', 'shelfLife', 'status'];

function readItems(columns: ColumnMap<Key>, rows: readonly SheetRow[]): ProductItem[] {
  const items = new Map<string, ProductItem>();
  const orphans: ProductItem[] = [];
  for (const row of rows) {
    const r = new RowReader(columns, row);
    const sku = r.text('sku', { required: true, max: 32 });
    let item = sku ? items.get(sku) : undefined;
    if (!item) {
      const fields = {
        name: r.text('name', { required: true, max: 80 }),
        spec: r.text('spec', { max: 40 }),
        brand: r.text('brand', { max: 40 }),
        category: r.text('category', { max: 40 }),
        baseUnit: r.text('baseUnit', { required: true, max: 8 }),
        barcode: readBarcode(r, 'barcode'),
        shelfLife: r.int('shelfLife'),
        status: r.choice('status', STATUS_WORDS),
      };
      item = { sku, first: row, fields, packs: [], errors: [], locate: (field) => locateProduct(columns, item as ProductItem, field) };
      if (sku) items.set(sku, item);
      else orphans.push(item);
    } else {
      for (const key of PRODUCT_LEVEL) {
        const v = columns.cell(row, key);
        const firstValue = columns.cell(item.first, key);
        if (v !== '' && v !== firstValue) r.fail(key, 'IMPORT_ROW_CONFLICT', { column: columns.header(key), row: item.first.row });
      }
    }
    readPack(r, item);
    item.errors.push(...r.errors);
  }
  return [...items.values(), ...orphans];
}

function readPack(r: RowReader<Key>, item: ProductItem): void {
  const name = r.text('packUnit', { max: 8 });
  const factor = r.int('factor');
  const barcode = readBarcode(r, 'packBarcode');
  if (name === '' && factor === null && barcode === '') return;
  if (name === '') r.fail('packUnit', 'IMPORT_REQUIRED', { column: r.columns.header('packUnit') });
  if (factor === null && r.columns.cell(r.row, 'factor') === '') r.fail('factor', 'IMPORT_REQUIRED', { column: r.columns.header('factor') });
  item.packs.push({ row: r.row.row, name, factor, barcode });
}

/** Maps a field of ProductInput ('units.2.barcode') to the row and column it was read from. */
function locateProduct(columns: ColumnMap<Key>, item: ProductItem, field: string | null): { row: number; column: string } {
  const at = (row: number, key: Key) => ({ row, column: columns.header(key) });
  const first = item.first.row;
  const unit = /^units\.(\d+)\.(\w+)$/.exec(field ?? '');
  if (unit) {
    const i = Number(unit[1]);
    const part = unit[2];
    const pack = item.packs[i - 1];
    if (i === 0 || !pack) return at(first, part === 'barcode' ? 'barcode' : 'baseUnit');
    return at(pack.row, part === 'barcode' ? 'packBarcode' : part === 'factor' ? 'factor' : 'packUnit');
  }
  const byField: Record<string, Key> = {
    sku: 'sku',
    name: 'name',
    spec: 'spec',
    brandId: 'brand',
    categoryId: 'category',
    shelfLifeDays: 'shelfLife',
    status: 'status',
    units: columns.has('packUnit') ? 'packUnit' : 'baseUnit',
  };
  return at(first, byField[field ?? ''] ?? 'sku');
}

/** The ProductInput an item describes; for an existing product, columns missing from the file keep its values. */
function toInput(core: Core, columns: ColumnMap<Key>, item: ProductItem, existingId: string | undefined): ProductInput {
  const old = existingId ? getProduct(core, existingId) : undefined;
  const has = (k: Key) => columns.has(k) || !old;
  const f = item.fields;
  const oldUnit = (name: string) => old?.units.find((u) => u.name === name);
  const base: UnitDraft = { name: f.baseUnit, factor: 1, barcode: has('barcode') ? f.barcode : (oldUnit(f.baseUnit)?.barcode ?? null) };
  const packs: UnitDraft[] = has('packUnit')
    ? item.packs.map((p) => ({
        name: p.name,
        factor: p.factor ?? 0,
        barcode: has('packBarcode') ? p.barcode : (oldUnit(p.name)?.barcode ?? null),
      }))
    : (old?.units.filter((u) => u.factor !== 1) ?? []);
  return {
    sku: item.sku,
    name: f.name,
    spec: has('spec') ? f.spec : old?.spec,
    brandId: has('brand') ? (f.brand ? ensureBrand(core, f.brand).id : null) : old?.brandId,
    categoryId: has('category') ? (f.category ? ensureCategory(core, f.category).id : null) : old?.categoryId,
    shelfLifeDays: has('shelfLife') ? f.shelfLife : old?.shelfLifeDays,
    status: f.status ?? old?.status ?? 'active',
    units: [base, ...packs],
  };
}

export async function importProducts(core: Core, actor: Actor, file: { fileName: string; bytes: Uint8Array }): Promise<ImportOutcome> {
  const sheet = await readSheet(file.bytes);
  const columns = new ColumnMap(PRODUCT_COLUMNS, sheet.headers);
  const items = readItems(columns, sheet.rows);
  return runImport(core, actor, {
    action: 'products.import',
    entity: 'product',
    fileName: file.fileName,
    items,
    rowCount: sheet.rows.length,
    columns,
    apply: (item) => {
      const existingId = productIdBySku(core, item.sku);
      saveProduct(core, existingId ?? null, toInput(core, columns, item, existingId));
      return existingId ? 'updated' : 'created';
    },
  });
}

const SHEET_COLUMNS: readonly SheetColumn[] = [
  { header: '商品编码', width: 14, text: true },
  { header: '商品名称', width: 32 },
  { header: '规格', width: 18 },
  { header: '品牌', width: 12 },
  { header: '分类', width: 12 },
  { header: '基本单位', width: 10 },
  { header: '条码', width: 16, text: true },
  { header: '包装单位', width: 10 },
  { header: '换算数', width: 8 },
  { header: '包装条码', width: 16, text: true },
  { header: '保质期(天)', width: 11 },
  { header: '状态', width: 8 },
];

const NOTES = [
  '商品导入说明 / How to fill in the product sheet',
  '必填列：商品编码、商品名称、基本单位。按商品编码更新已有商品，新编码则新建。',
  'Required: 商品编码 (SKU), 商品名称 (name), 基本单位 (base unit). Rows update the product with the same code or create one.',
  '每行可填一个包装单位（包装单位、换算数、包装条码），例如 箱 = 24 瓶；有多个包装单位时，用相同商品编码再写一行。',
  'Each row may carry one packaging unit (包装单位, 换算数 = how many base units, 包装条码); repeat the code on another row for more.',
  '条码须为 8、12、13 或 14 位并且校验位正确；品牌和分类按名称匹配，不存在时自动新建；状态填 启用 或 停用。',
  'Barcodes: 8, 12, 13 or 14 digits with a correct check digit. Brands and categories match by name and are created when new.',
  '任一行有错误时不会导入任何数据，并列出每个错误的行号和列名。',
  'If any row has an error, nothing is imported and every error is listed with its row and column.',
];

/** Rows as the importer reads them: the base unit and first packaging unit on one row, further units below. */
function exportRows(core: Core): (string | number | null)[][] {
  const out: (string | number | null)[][] = [];
  for (const p of listProducts(core).rows) {
    const base = p.units.find((u) => u.factor === 1);
    const packs = p.units.filter((u) => u.factor !== 1);
    const head = [p.sku, p.name, p.spec, p.brandName ?? '', p.categoryName ?? '', base?.name ?? p.baseUnit, base?.barcode ?? ''];
    const tail = [p.shelfLifeDays, p.status === 'active' ? '启用' : '停用'];
    const packCells = (i: number) => {
      const u = packs[i];
      return u ? [u.name, u.factor, u.barcode ?? ''] : ['', null, ''];
    };
    out.push([...head, ...packCells(0), ...tail]);
    for (let i = 1; i < packs.length; i++) out.push([p.sku, '', '', '', '', '', '', ...packCells(i), null, '']);
  }
  return out;
}

export async function exportProducts(core: Core): Promise<{ fileName: string; bytes: Buffer }> {
  const bytes = await writeWorkbook({ name: '商品', columns: SHEET_COLUMNS, rows: exportRows(core), notes: NOTES });
  return { fileName: exportFileName('商品资料', businessDate(core.now(), core.timeZone)), bytes };
}

export async function productTemplate(): Promise<{ fileName: string; bytes: Buffer }> {
  return { fileName: '商品导入模板.xlsx', bytes: await writeWorkbook({ name: '商品', columns: SHEET_COLUMNS, rows: [], notes: NOTES }) };
}

export type { RowError };
