// What each column of an association file holds. Brands export either parent,child pairs or case,box,item
// columns, with or without a header, and often with product barcode, batch, dates and distributor columns.
// A header is recognised by its names (Chinese or English); without one, 2 columns are parent,child and 3 are
// case,box,item, and any other shape needs the columns named by the person importing.
import { AppError } from '../../shared/errors';

export const columnRoles = [
  'parent',
  'child',
  'case',
  'box',
  'item',
  'level',
  'gtin',
  'sku',
  'batch',
  'produced_on',
  'expires_on',
  'distributor',
  'ignore',
] as const;
export type ColumnRole = (typeof columnRoles)[number];
export type CodeColumn = 'case' | 'box' | 'item';

const headerNames: Record<Exclude<ColumnRole, 'ignore'>, string[]> = {
  parent: ['parent', 'parentcode', '父码', '父级码', '上级码', '上级', '包装码', '大码', '外码'],
  child: ['child', 'childcode', 'code', '子码', '子级码', '下级码', '小码', '内码', '追溯码', '码'],
  case: ['case', 'casecode', 'carton', '箱码', '箱标码', '外箱码', '箱'],
  box: ['box', 'boxcode', 'pack', '盒码', '盒标码', '中包码', '盒'],
  item: ['item', 'itemcode', 'bottle', 'unit', '瓶码', '瓶标码', '单品码', '罐码', '袋码', '瓶'],
  level: ['level', '层级', '级别', '包装级别', '包装层级', '码级别'],
  gtin: ['gtin', 'ean', 'barcode', '商品条码', '产品条码', '条码', '条形码', '69码'],
  sku: ['sku', 'productcode', '商品编码', '产品编码', '物料编码', '物料号'],
  batch: ['batch', 'lot', 'batchno', 'lotno', '批次', '批号', '生产批号', '批次号'],
  produced_on: ['producedon', 'productiondate', 'mfgdate', 'mfd', '生产日期', '生产时间'],
  expires_on: ['expireson', 'expirydate', 'expdate', 'exp', '有效期至', '有效期', '到期日', '到期日期', '失效日期'],
  distributor: ['distributor', 'distributorcode', 'dealer', 'dealercode', '经销商', '经销商编码', '经销商代码', '客户编码'],
};

const roleByName = new Map<string, ColumnRole>();
for (const [role, names] of Object.entries(headerNames)) for (const n of names) roleByName.set(n, role as ColumnRole);

/** "箱码（外箱）", " Case_Code* " → "箱码", "casecode". */
const normalise = (name: string) =>
  name
    .replace(/[（(].*?[)）]/g, '')
    .replace(/[\s_\-*:：]/g, '')
    .toLowerCase();

export interface Layout {
  roles: ColumnRole[];
  hasHeader: boolean;
  kind: 'pairs' | 'levels';
}

/** Roles named in a header line; null when the line is data (no field is a known column name). */
export function headerRoles(fields: readonly string[]): ColumnRole[] | null {
  const roles = fields.map((f) => roleByName.get(normalise(f)) ?? 'ignore');
  if (roles.every((r) => r === 'ignore')) return null;
  // A repeated column (two batch columns) keeps the first; the later one is ignored.
  return roles.map((r, i) => (r !== 'ignore' && roles.indexOf(r) < i ? 'ignore' : r));
}

export function layoutFor(firstFields: readonly string[], given?: readonly ColumnRole[]): Layout {
  const header = headerRoles(firstFields);
  let roles: ColumnRole[];
  if (header) roles = header;
  else if (given && given.length > 0) roles = [...given];
  else if (firstFields.length === 1) roles = ['child'];
  else if (firstFields.length === 2) roles = ['parent', 'child'];
  else if (firstFields.length === 3) roles = ['case', 'box', 'item'];
  else throw new AppError('TRACE_IMPORT_LAYOUT', { count: firstFields.length });
  return { roles, hasHeader: header !== null, kind: kindOf(roles) };
}

function kindOf(roles: readonly ColumnRole[]): Layout['kind'] {
  const pairs = roles.includes('child') || roles.includes('parent');
  const levels = roles.includes('case') || roles.includes('box') || roles.includes('item');
  if (pairs && levels) throw new AppError('TRACE_IMPORT_MIXED_LAYOUT');
  if (levels) return 'levels';
  if (roles.includes('child')) return 'pairs';
  throw new AppError('TRACE_IMPORT_COLUMNS');
}

const levelValues = new Map<string, CodeColumn>([
  ...['case', 'c', '箱', '箱码', '3'].map((v) => [v, 'case'] as const),
  ...['box', 'b', '盒', '盒码', '2'].map((v) => [v, 'box'] as const),
  ...['item', 'i', 'bottle', '瓶', '瓶码', '单品', '1'].map((v) => [v, 'item'] as const),
]);

/** A level column's value ("箱", "Box", "1"); null when it names no level. */
export const parseLevel = (value: string): CodeColumn | null => levelValues.get(normalise(value)) ?? null;
