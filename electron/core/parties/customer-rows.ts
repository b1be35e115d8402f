// Reading customers for screens, pickers and exports: one query with salesperson and price list names joined.
import { prepared } from '../catalog/statements';
import { CUSTOMERS, rankedRowids } from '../catalog/ranked-search';
import { searchFilter } from '../catalog/search-filter';
import { positionSql, rankSql, type SearchRank } from '../catalog/search-sql';
import type { Core } from '../shared/context';

export interface CustomerRow {
  id: string;
  code: string;
  name: string;
  contact: string;
  phone: string;
  address: string;
  region: string;
  channel: string;
  salespersonId: string | null;
  salespersonName: string | null;
  priceListId: string | null;
  priceListName: string | null;
  /** Fen. */
  creditLimit: number;
  paymentTermsDays: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `c.id, c.code, c.name, c.contact, c.phone, c.address, c.region, c.channel,
  c.salesperson_id AS salespersonId, e.name AS salespersonName, c.price_list_id AS priceListId, l.name AS priceListName,
  c.credit_limit AS creditLimit, c.payment_terms_days AS paymentTermsDays, c.active,
  c.created_at AS createdAt, c.updated_at AS updatedAt`;
const FROM = `customers c LEFT JOIN employees e ON e.id = c.salesperson_id LEFT JOIN price_lists l ON l.id = c.price_list_id`;

type RawRow = Omit<CustomerRow, 'active'> & { active: number };
const toRow = (r: RawRow): CustomerRow => ({ ...r, active: r.active === 1 });

export function customerRowsByIds(core: Core, ids: readonly string[]): CustomerRow[] {
  return rowsInOrder(core, 'c.id', ids).map(([, row]) => row);
}

/** Rows by rowid (what the covering search index holds), in the order given, each with its rowid. */
function rowsInOrder<K extends string | number>(core: Core, key: 'c.id' | 'c.rowid', keys: readonly K[]): [K, CustomerRow][] {
  if (keys.length === 0) return [];
  const rows = prepared(core, `SELECT ${key} AS k, ${COLUMNS} FROM ${FROM} WHERE ${key} IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(keys),
  ) as (RawRow & { k: K })[];
  const byKey = new Map(rows.map(({ k, ...r }) => [k, toRow(r)]));
  return keys.filter((k) => byKey.has(k)).map((k) => [k, byKey.get(k) as CustomerRow]);
}

export interface CustomerListInput {
  q?: string;
  active?: boolean;
  salespersonId?: string;
  region?: string;
  limit?: number;
  offset?: number;
}

export function listCustomers(core: Core, input: CustomerListInput = {}): { rows: CustomerRow[]; total: number } {
  const q = input.q?.trim() ?? '';
  const where: string[] = [];
  const params: Record<string, string | number | null> = {};
  if (input.active !== undefined) {
    where.push('c.active = @active');
    params.active = input.active ? 1 : 0;
  }
  if (input.salespersonId) {
    where.push('c.salesperson_id = @salespersonId');
    params.salespersonId = input.salespersonId;
  }
  if (input.region) {
    where.push('c.region = @region');
    params.region = input.region;
  }
  if (q !== '') {
    const search = searchFilter(core, CUSTOMERS, q, where, params);
    where.push(search.sql);
    Object.assign(params, search.params);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = q !== '' ? `ORDER BY ${rankSql('c', 'code')}, ${positionSql('c')}, c.code` : 'ORDER BY c.code';
  const paged = input.limit !== undefined || (input.offset ?? 0) > 0;
  const rows = prepared(core, `SELECT ${COLUMNS} FROM ${FROM} ${whereSql} ${order} ${paged ? 'LIMIT @limit OFFSET @offset' : ''}`).all(
    paged ? { ...params, limit: input.limit ?? -1, offset: input.offset ?? 0 } : params,
  ) as RawRow[];
  const total = paged ? (prepared(core, `SELECT count(*) AS n FROM customers c ${whereSql}`).get(params) as { n: number }).n : rows.length;
  return { rows: rows.map(toRow), total };
}

export interface CustomerHit extends CustomerRow {
  rank: SearchRank;
}

/** Quick customer picker: by name, code, contact, phone, pinyin initials and full pinyin; best first. */
export function searchCustomers(core: Core, input: { q: string; limit?: number; includeInactive?: boolean }): CustomerHit[] {
  const q = input.q.trim();
  if (q === '') return [];
  const limit = Math.min(Math.max(input.limit ?? 20, 1), 100);
  const ranked = rankedRowids(core, CUSTOMERS, q, { limit, includeInactive: !!input.includeInactive });
  const ranks = new Map(ranked.map((r) => [r.rid, r.rank]));
  return rowsInOrder(core, 'c.rowid', ranked.map((r) => r.rid)).map(([rid, row]) => ({ ...row, rank: ranks.get(rid) ?? 4 }));
}
