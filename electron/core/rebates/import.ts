// Importing rebate policies from .xlsx or CSV, all or nothing (imports/run.ts): one row per policy version. A row
// whose 政策编号 is new creates the policy with it as version 1; a known code adds the row as its next version
// (refused if it overlaps one). Tiers are written "起点:返利" separated by ";": amounts in yuan with a percentage
// ("10000:1%; 20000:2%"), or whole units with yuan per unit ("100:2; 300:3").
import { eq, or } from 'drizzle-orm';
import { brands, customers, rebatePolicies, type RebateTier } from '../../../db/schema';
import { productIdBySku } from '../catalog/products';
import { ColumnMap, RowReader, type ColumnSpec } from '../imports/columns';
import { fieldError } from '../imports/field-error';
import { runImport, type ImportItem, type ImportOutcome } from '../imports/run';
import { readSheet, type SheetRow } from '../imports/sheet';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { parseYuan } from '../shared/money';
import type { Version } from './compute';
import { insertPolicy, insertVersion, type Policy, type VersionInput } from './policies';

type Key =
  | 'code' | 'name' | 'scope' | 'brand' | 'store' | 'validFrom' | 'validTo' | 'period' | 'basis' | 'measure' | 'kind' | 'tierMode'
  | 'unit' | 'tiers' | 'rate' | 'perUnit' | 'target' | 'paymentDays' | 'fixed' | 'products' | 'settlement' | 'goods';

export const POLICY_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'code', header: '政策编号', aliases: ['编号', 'code'], required: true },
  { key: 'name', header: '政策名称', aliases: ['名称', 'name'], required: true },
  { key: 'scope', header: '范围', aliases: ['scope'] },
  { key: 'brand', header: '品牌', aliases: ['brand'], required: true },
  { key: 'store', header: '门店编码', aliases: ['客户编码', 'store'] },
  { key: 'validFrom', header: '生效日期', aliases: ['开始日期', 'valid from'], required: true },
  { key: 'validTo', header: '失效日期', aliases: ['结束日期', 'valid to'] },
  { key: 'period', header: '周期', aliases: ['结算周期', 'period'] },
  { key: 'basis', header: '基数', aliases: ['计算基数', 'basis'] },
  { key: 'measure', header: '计量', aliases: ['measure'] },
  { key: 'kind', header: '类型', aliases: ['返利类型', 'kind'], required: true },
  { key: 'tierMode', header: '阶梯方式', aliases: ['tier mode'] },
  { key: 'unit', header: '单位', aliases: ['unit'] },
  { key: 'tiers', header: '档位', aliases: ['阶梯', 'tiers'] },
  { key: 'rate', header: '比例', aliases: ['返利比例', 'rate'] },
  { key: 'perUnit', header: '每单位(元)', aliases: ['每箱(元)', '单价', 'per unit'] },
  { key: 'target', header: '目标', aliases: ['target'] },
  { key: 'paymentDays', header: '付款天数', aliases: ['payment days'] },
  { key: 'fixed', header: '固定金额(元)', aliases: ['奖励金额', 'fixed'] },
  { key: 'products', header: '商品编码', aliases: ['商品', 'products'] },
  { key: 'settlement', header: '兑付方式', aliases: ['settlement'] },
  { key: 'goods', header: '返货商品编码', aliases: ['goods'] },
];

const W = {
  scope: { 品牌: 'brand', 品牌返利: 'brand', 门店: 'store', 门店返利: 'store', brand: 'brand', store: 'store' },
  period: { 月: 'month', 月度: 'month', 季: 'quarter', 季度: 'quarter', 年: 'year', 年度: 'year', month: 'month', quarter: 'quarter', year: 'year' },
  basis: { 进货: 'purchase', 采购: 'purchase', 出货: 'sellout', 销售: 'sellout', 动销: 'sellout', purchase: 'purchase', sellout: 'sellout' },
  measure: { 金额: 'amount', 数量: 'quantity', amount: 'amount', quantity: 'quantity' },
  kind: { 阶梯: 'tiered', 按件: 'per_unit', 每箱: 'per_unit', 目标: 'target', 目标达成: 'target', 及时打款: 'prompt_payment', 任务: 'fixed', 任务奖励: 'fixed', 陈列: 'fixed', tiered: 'tiered', per_unit: 'per_unit', target: 'target', prompt_payment: 'prompt_payment', fixed: 'fixed' },
  tierMode: { 全额: 'whole', 超额: 'marginal', 超额累进: 'marginal', whole: 'whole', marginal: 'marginal' },
  settlement: { 冲抵货款: 'credit', 货款: 'credit', 返货: 'goods', 货品: 'goods', credit: 'credit', goods: 'goods' },
} as const;

/** "1.5%" or "1.5" (percent) → 150 basis points; null when it is not a percentage with at most two decimals. */
export function percentToBp(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d{1,2}))?%?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

interface PolicyRow extends ImportItem {
  code: string;
  name: string;
  scope: Policy['scope'];
  brand: string;
  store: string;
  skus: string[];
  goods: string;
  version: VersionInput;
}

const FIELD_OF: Partial<Record<string, Key>> = {
  REBATE_PERIOD_REQUIRED: 'period',
  REBATE_TIERS_EMPTY: 'tiers',
  REBATE_TIERS_ORDER: 'tiers',
  REBATE_VERSION_OVERLAP: 'validFrom',
  REBATE_POLICY_CODE_TAKEN: 'code',
  REBATE_SCOPE_BASIS: 'basis',
  REBATE_GOODS_PRODUCT: 'goods',
  DATE_RANGE: 'validTo',
  DATE_FORMAT: 'validFrom',
};
const VALUE_FIELDS: Record<string, Key> = { rateBp: 'rate', perUnit: 'perUnit', target: 'target', paymentDays: 'paymentDays', fixedAmount: 'fixed', from: 'tiers', value: 'tiers' };

function readTiers(r: RowReader<Key>, measure: Version['measure']): RebateTier[] | undefined {
  const text = r.text('tiers');
  if (!text) return undefined;
  const tiers: RebateTier[] = [];
  for (const part of text.split(/[;；\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const [from = '', value = ''] = part.split(/[:：=]/).map((s) => s.trim());
    try {
      const t = measure === 'amount' ? { from: parseYuan(from), value: percentToBp(value) } : { from: /^\d+$/.test(from) ? Number(from) : null, value: parseYuan(value) };
      if (t.from === null || t.value === null) throw new AppError('IMPORT_VALUE', {});
      tiers.push({ from: t.from, value: t.value });
    } catch {
      r.fail('tiers', 'IMPORT_VALUE', { column: r.columns.header('tiers'), value: part, allowed: measure === 'amount' ? '10000:1%' : '100:2' });
    }
  }
  return tiers;
}

function readRows(columns: ColumnMap<Key>, rows: readonly SheetRow[]): PolicyRow[] {
  return rows.map((row) => {
    const r = new RowReader(columns, row);
    const kind = (r.choice('kind', W.kind) ?? 'tiered') as Version['kind'];
    const measure = (r.choice('measure', W.measure) ?? 'amount') as Version['measure'];
    const rateText = r.text('rate');
    const rateBp = rateText ? percentToBp(rateText) : null;
    if (rateText && rateBp === null) r.fail('rate', 'IMPORT_VALUE', { column: columns.header('rate'), value: rateText, allowed: '1.5%' });
    const target = measure === 'amount' ? r.fen('target') : r.int('target');
    const version: VersionInput = {
      validFrom: r.text('validFrom', { required: true }),
      validTo: r.text('validTo') || null,
      periodKind: r.choice('period', W.period),
      basis: (r.choice('basis', W.basis) ?? 'purchase') as Version['basis'],
      measure,
      kind,
      tierMode: r.choice('tierMode', W.tierMode),
      unitName: r.text('unit') || '箱',
      tiers: readTiers(r, measure),
      rateBp,
      perUnit: r.fen('perUnit'),
      target,
      paymentDays: r.int('paymentDays'),
      fixedAmount: r.fen('fixed'),
      settlement: (r.choice('settlement', W.settlement) ?? 'credit') as Version['settlement'],
    };
    return {
      code: r.text('code', { required: true, max: 40 }),
      name: r.text('name', { required: true, max: 100 }),
      scope: (r.choice('scope', W.scope) ?? 'brand') as Policy['scope'],
      brand: r.text('brand', { required: true }),
      store: r.text('store'),
      skus: r.text('products').split(/[;；,，、\s]+/).filter(Boolean),
      goods: r.text('goods'),
      version,
      errors: r.errors,
      locate: (field: string | null) => ({ row: row.row, column: columns.header((field as Key | null) ?? 'kind') }),
    };
  });
}

function apply(core: Core, actor: Actor, columns: ColumnMap<Key>, item: PolicyRow): 'created' | 'updated' {
  const unknown = (key: Key, value: string) => fieldError(key, 'IMPORT_UNKNOWN', { column: columns.header(key), value });
  const brand = core.db.select({ id: brands.id }).from(brands).where(or(eq(brands.code, item.brand), eq(brands.name, item.brand))).get();
  if (!brand) throw unknown('brand', item.brand);
  let customerId: string | null = null;
  if (item.store) {
    customerId = core.db.select({ id: customers.id }).from(customers).where(eq(customers.code, item.store)).get()?.id ?? null;
    if (!customerId) throw unknown('store', item.store);
  }
  const productIds = item.skus.map((sku) => {
    const id = productIdBySku(core, sku);
    if (!id) throw unknown('products', sku);
    return id;
  });
  const goodsProductId = item.goods ? (productIdBySku(core, item.goods) ?? null) : null;
  if (item.goods && !goodsProductId) throw unknown('goods', item.goods);
  const version: VersionInput = { ...item.version, productIds, goodsProductId };
  try {
    const existing = core.db.select().from(rebatePolicies).where(eq(rebatePolicies.code, item.code)).get();
    if (existing) {
      insertVersion(core, actor, existing, version);
      return 'updated';
    }
    insertPolicy(core, actor, { code: item.code, name: item.name, scope: item.scope, brandId: brand.id, customerId, version });
    return 'created';
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const field = FIELD_OF[e.code] ?? VALUE_FIELDS[String(e.params.field ?? '')] ?? 'kind';
    throw fieldError(field, e.code, e.params);
  }
}

export async function importPolicies(core: Core, actor: Actor, file: { fileName: string; bytes: Uint8Array }): Promise<ImportOutcome> {
  const sheet = await readSheet(file.bytes);
  const columns = new ColumnMap(POLICY_COLUMNS, sheet.headers);
  const items = readRows(columns, sheet.rows);
  return runImport(core, actor, {
    action: 'rebates.policies.import',
    entity: 'rebate_policy',
    fileName: file.fileName,
    items,
    rowCount: sheet.rows.length,
    columns,
    apply: (item) => apply(core, actor, columns, item),
  });
}
