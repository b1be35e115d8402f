// Customers (stores) to and from spreadsheets, one row per store, matched by 客户编码. The salesperson is named by
// employee code or name and the price list by code or name; both must exist. Columns the file lacks keep the
// store's current values on update.
import { priceListByCodeOrName } from '../catalog/price-lists';
import { customerIdByCode, getCustomer, saveCustomer, type CustomerInput } from '../parties/customers';
import { listCustomers } from '../parties/customer-rows';
import { employeeByCodeOrName } from '../parties/employees';
import type { Actor, Core } from '../shared/context';
import { businessDate } from '../shared/dates';
import { formatYuan } from '../shared/money';
import { ACTIVE_WORDS, ColumnMap, RowReader, type ColumnSpec } from './columns';
import { fieldError } from './field-error';
import { runImport, type ImportItem, type ImportOutcome } from './run';
import { readSheet, type SheetRow } from './sheet';
import { exportFileName, writeWorkbook, type SheetColumn } from './workbook';

type Key =
  | 'code'
  | 'name'
  | 'contact'
  | 'phone'
  | 'address'
  | 'region'
  | 'channel'
  | 'salesperson'
  | 'priceList'
  | 'creditLimit'
  | 'terms'
  | 'status';

export const CUSTOMER_COLUMNS: readonly ColumnSpec<Key>[] = [
  { key: 'code', header: '客户编码', aliases: ['门店编码', '编码', '客户代码', 'code', 'customer code'], required: true },
  { key: 'name', header: '客户名称', aliases: ['门店名称', '客户', '门店', '名称', 'name', 'customer name', 'store'], required: true },
  { key: 'contact', header: '联系人', aliases: ['老板', '店主', 'contact'] },
  { key: 'phone', header: '电话', aliases: ['手机', '联系电话', '手机号', 'phone', 'mobile'] },
  { key: 'address', header: '地址', aliases: ['门店地址', '详细地址', 'address'] },
  { key: 'region', header: '区域', aliases: ['片区', '线路', 'region', 'area'] },
  { key: 'channel', header: '渠道', aliases: ['渠道类型', '门店类型', 'channel'] },
  { key: 'salesperson', header: '业务员', aliases: ['负责业务员', 'salesperson', 'sales rep'] },
  { key: 'priceList', header: '价格表', aliases: ['价格类型', 'price list'] },
  { key: 'creditLimit', header: '信用额度(元)', aliases: ['信用额度', '授信额度', 'credit limit', 'credit limit (yuan)'] },
  { key: 'terms', header: '账期(天)', aliases: ['账期', '账期天数', 'payment terms', 'payment terms (days)'] },
  { key: 'status', header: '状态', aliases: ['status'] },
];

interface CustomerItem extends ImportItem {
  code: string;
  row: number;
  values: {
    name: string;
    contact: string;
    phone: string;
    address: string;
    region: string;
    channel: string;
    salesperson: string;
    priceList: string;
    creditLimit: number | null;
    terms: number | null;
    active: boolean | null;
  };
}

const FIELD_KEYS: Record<string, Key> = {
  code: 'code',
  name: 'name',
  phone: 'phone',
  salespersonId: 'salesperson',
  priceListId: 'priceList',
  creditLimit: 'creditLimit',
  paymentTermsDays: 'terms',
};

function readItems(columns: ColumnMap<Key>, sheetRows: readonly SheetRow[]): CustomerItem[] {
  const firstRowOf = new Map<string, number>();
  return sheetRows.map((row) => {
    const r = new RowReader(columns, row);
    const code = r.text('code', { required: true, max: 32 });
    const seen = firstRowOf.get(code);
    if (code && seen !== undefined) r.fail('code', 'IMPORT_DUPLICATE_ROW', { value: code, row: seen });
    else if (code) firstRowOf.set(code, row.row);
    const values = {
      name: r.text('name', { required: true, max: 60 }),
      contact: r.text('contact', { max: 30 }),
      phone: r.text('phone'),
      address: r.text('address', { max: 120 }),
      region: r.text('region', { max: 30 }),
      channel: r.text('channel', { max: 20 }),
      salesperson: r.text('salesperson'),
      priceList: r.text('priceList'),
      creditLimit: r.fen('creditLimit'),
      terms: r.int('terms'),
      active: r.choice('status', ACTIVE_WORDS),
    };
    return {
      code,
      row: row.row,
      values,
      errors: r.errors,
      locate: (field: string | null) => ({ row: row.row, column: columns.header(FIELD_KEYS[field ?? ''] ?? 'code') }),
    };
  });
}

/** The CustomerInput a row describes; for an existing store, columns missing from the file keep its values. */
function toInput(core: Core, columns: ColumnMap<Key>, item: CustomerItem, existingId: string | undefined): CustomerInput {
  const old = existingId ? getCustomer(core, existingId) : undefined;
  const v = item.values;
  const pick = <T>(key: Key, value: T, current: T | undefined): T | undefined => (columns.has(key) || !old ? value : current);
  const salespersonId = () => {
    if (!v.salesperson) return null;
    const e = employeeByCodeOrName(core, v.salesperson);
    if (!e) throw fieldError('salespersonId', 'IMPORT_UNKNOWN', { column: columns.header('salesperson'), value: v.salesperson });
    return e.id;
  };
  const priceListId = () => {
    if (!v.priceList) return null;
    const l = priceListByCodeOrName(core, v.priceList);
    if (!l) throw fieldError('priceListId', 'IMPORT_UNKNOWN', { column: columns.header('priceList'), value: v.priceList });
    return l.id;
  };
  return {
    code: item.code,
    name: v.name,
    contact: pick('contact', v.contact, old?.contact),
    phone: pick('phone', v.phone, old?.phone),
    address: pick('address', v.address, old?.address),
    region: pick('region', v.region, old?.region),
    channel: pick('channel', v.channel, old?.channel),
    salespersonId: columns.has('salesperson') || !old ? salespersonId() : old.salespersonId,
    priceListId: columns.has('priceList') || !old ? priceListId() : old.priceListId,
    creditLimit: v.creditLimit ?? old?.creditLimit ?? 0,
    paymentTermsDays: v.terms ?? old?.paymentTermsDays ?? 0,
    active: v.active ?? old?.active ?? true,
  };
}

export async function importCustomers(core: Core, actor: Actor, file: { fileName: string; bytes: Uint8Array }): Promise<ImportOutcome> {
  const sheet = await readSheet(file.bytes);
  const columns = new ColumnMap(CUSTOMER_COLUMNS, sheet.headers);
  const items = readItems(columns, sheet.rows);
  return runImport(core, actor, {
    action: 'customers.import',
    entity: 'customer',
    fileName: file.fileName,
    items,
    rowCount: sheet.rows.length,
    columns,
    apply: (item) => {
      const existingId = customerIdByCode(core, item.code);
      saveCustomer(core, existingId ?? null, toInput(core, columns, item, existingId));
      return existingId ? 'updated' : 'created';
    },
  });
}

const SHEET_COLUMNS: readonly SheetColumn[] = [
  { header: '客户编码', width: 12, text: true },
  { header: '客户名称', width: 28 },
  { header: '联系人', width: 10 },
  { header: '电话', width: 16, text: true },
  { header: '地址', width: 40 },
  { header: '区域', width: 12 },
  { header: '渠道', width: 10 },
  { header: '业务员', width: 10 },
  { header: '价格表', width: 10 },
  { header: '信用额度(元)', width: 14, numFmt: '0.00' },
  { header: '账期(天)', width: 10 },
  { header: '状态', width: 8 },
];

const NOTES = [
  '客户导入说明 / How to fill in the customer sheet',
  '必填列：客户编码、客户名称。按客户编码更新已有客户，新编码则新建。',
  'Required: 客户编码 (code), 客户名称 (name). Rows update the customer with the same code or create one.',
  '业务员填员工编号或姓名，价格表填编码或名称，必须已存在；信用额度以元为单位（如 5000 或 ¥5,000.00）；账期为天数。',
  'Salesperson: employee code or name; price list: code or name; both must exist. Credit limit in yuan; terms in days.',
  '状态填 启用 或 停用。任一行有错误时不会导入任何数据。',
  'Status: 启用 (active) or 停用 (inactive). If any row has an error, nothing is imported.',
];

export async function exportCustomers(core: Core): Promise<{ fileName: string; bytes: Buffer }> {
  const rows = listCustomers(core).rows.map((c) => [
    c.code,
    c.name,
    c.contact,
    c.phone,
    c.address,
    c.region,
    c.channel,
    c.salespersonName ?? '',
    c.priceListName ?? '',
    // A number cell (Excel sums it) holding the yuan amount exactly as formatYuan writes it.
    Number(formatYuan(c.creditLimit)),
    c.paymentTermsDays,
    c.active ? '启用' : '停用',
  ]);
  const bytes = await writeWorkbook({ name: '客户', columns: SHEET_COLUMNS, rows, notes: NOTES });
  return { fileName: exportFileName('客户资料', businessDate(core.now(), core.timeZone)), bytes };
}

export async function customerTemplate(): Promise<{ fileName: string; bytes: Buffer }> {
  return { fileName: '客户导入模板.xlsx', bytes: await writeWorkbook({ name: '客户', columns: SHEET_COLUMNS, rows: [], notes: NOTES }) };
}
