// Prices to and from spreadsheets: one row per price list, product and unit, with the price in yuan (¥1,280.00,
// 3.5). The price list is named by code or name, the product by 商品编码, the unit by its name; all must exist.
import { and, asc, eq } from 'drizzle-orm';
import { priceLists, prices, productUnits, products } from '../../../db/schema';
import { priceListByCodeOrName } from '../catalog/price-lists';
import { writePrice } from '../catalog/prices';
import { productIdBySku } from '../catalog/products';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { formatYuan } from '../shared/money';
import { ColumnMap, RowReader, type ColumnSpec } from './columns';
import { fieldError } from './field-error';
import { runImport, type ImportItem, type ImportOutcome } from './run';
import { readSheet, type SheetRow } from './sheet';
import { exportFileName, writeWorkbook, type SheetColumn } from './workbook';

type Key = 'priceList' | 'sku' | 'productName' | 'unit' | 'price';

export const PRICE_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'priceList', header: '价格表', aliases: ['价格类型', 'price list'], required: true },
  { key: 'sku', header: '商品编码', aliases: ['编码', '商品代码', '货号', 'SKU', 'code', 'product code'], required: true },
  // Written by exports so that people can read the sheet; the importer ignores it.
  { key: 'productName', header: '商品名称', aliases: ['名称', '品名', 'name', 'product name'] },
  { key: 'unit', header: '单位', aliases: ['unit'], required: true },
  { key: 'price', header: '价格(元)', aliases: ['价格', '单价', '单价(元)', 'price', 'price (yuan)'], required: true },
];

interface PriceItem extends ImportItem {
  priceList: string;
  sku: string;
  unit: string;
  price: number;
}

const FIELD_KEYS: Record<string, Key> = { priceListId: 'priceList', productId: 'sku', unitId: 'unit', price: 'price' };

function readItems(columns: ColumnMap<Key>, rows: readonly SheetRow[]): PriceItem[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((row) => {
    const r = new RowReader(columns, row);
    const priceList = r.text('priceList', { required: true });
    const sku = r.text('sku', { required: true });
    const unit = r.text('unit', { required: true });
    const price = r.fen('price', { required: true });
    const key = JSON.stringify([priceList, sku, unit]);
    const seen = firstRowOf.get(key);
    if (seen !== undefined) r.fail('sku', 'IMPORT_DUPLICATE_ROW', { value: `${priceList} ${sku} ${unit}`, row: seen });
    else firstRowOf.set(key, row.row);
    return {
      priceList,
      sku,
      unit,
      price: price ?? 0,
      errors: r.errors,
      locate: (field: string | null) => ({ row: row.row, column: columns.header(FIELD_KEYS[field ?? ''] ?? 'price') }),
    };
  });
}

function applyRow(core: Core, columns: ColumnMap<Key>, item: PriceItem): 'created' | 'updated' {
  const list = priceListByCodeOrName(core, item.priceList);
  if (!list) throw fieldError('priceListId', 'IMPORT_UNKNOWN', { column: columns.header('priceList'), value: item.priceList });
  const productId = productIdBySku(core, item.sku);
  if (!productId) throw fieldError('productId', 'IMPORT_UNKNOWN', { column: columns.header('sku'), value: item.sku });
  const unit = core.db
    .select({ id: productUnits.id })
    .from(productUnits)
    .where(and(eq(productUnits.productId, productId), eq(productUnits.name, item.unit)))
    .get();
  if (!unit) throw fieldError('unitId', 'UNIT_NOT_FOUND', { unit: item.unit });
  const existed = core.db
    .select({ price: prices.price })
    .from(prices)
    .where(and(eq(prices.priceListId, list.id), eq(prices.unitId, unit.id)))
    .get();
  writePrice(core, productId, { priceListId: list.id, unitId: unit.id, price: item.price });
  return existed ? 'updated' : 'created';
}

export async function importPrices(core: Core, actor: Actor, file: { fileName: string; bytes: Uint8Array }): Promise<ImportOutcome> {
  const sheet = await readSheet(file.bytes);
  const columns = new ColumnMap(PRICE_COLUMNS, sheet.headers);
  const items = readItems(columns, sheet.rows);
  return runImport(core, actor, {
    action: 'prices.import',
    entity: 'price',
    fileName: file.fileName,
    items,
    rowCount: sheet.rows.length,
    columns,
    apply: (item) => applyRow(core, columns, item),
  });
}

const SHEET_COLUMNS: readonly SheetColumn[] = [
  { header: '价格表', width: 10 },
  { header: '商品编码', width: 14, text: true },
  { header: '商品名称', width: 32 },
  { header: '单位', width: 8 },
  { header: '价格(元)', width: 12, numFmt: '0.00' },
];

const NOTES = [
  '价格导入说明 / How to fill in the price sheet',
  '每行一个价格：价格表（编码或名称）、商品编码、单位（如 瓶、箱）、价格(元)。已有价格会被更新。',
  'One price per row: price list (code or name), product code, unit name (瓶, 箱 …) and the price in yuan; existing prices are updated.',
  '价格必须在品牌限价之内。任一行有错误时不会导入任何数据。',
  'Prices must lie within the brand price limits. If any row has an error, nothing is imported.',
];

export async function exportPrices(core: Core): Promise<{ fileName: string; bytes: Buffer }> {
  const rows = core.db
    .select({ list: priceLists.name, sku: products.sku, name: products.name, unit: productUnits.name, price: prices.price })
    .from(prices)
    .innerJoin(priceLists, eq(priceLists.id, prices.priceListId))
    .innerJoin(products, eq(products.id, prices.productId))
    .innerJoin(productUnits, eq(productUnits.id, prices.unitId))
    .orderBy(asc(priceLists.code), asc(products.sku), asc(productUnits.factor))
    .all()
    // A number cell holding the yuan amount exactly as formatYuan writes it.
    .map((r) => [r.list, r.sku, r.name, r.unit, Number(formatYuan(r.price))]);
  const bytes = await writeWorkbook({ name: '价格', columns: SHEET_COLUMNS, rows, notes: NOTES });
  return { fileName: exportFileName('价格表', businessDate(core.now(), core.timeZone)), bytes };
}

export async function priceTemplate(): Promise<{ fileName: string; bytes: Buffer }> {
  return { fileName: '价格导入模板.xlsx', bytes: await writeWorkbook({ name: '价格', columns: SHEET_COLUMNS, rows: [], notes: NOTES }) };
}
