// Reading customers for screens, pickers and exports: one query with salesperson and price list names joined.
import { prepared } from '../catalog/statements';
import { matchSql, rankSql, searchParams, type SearchRank } from '../catalog/search-sql';
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
  searchText: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS = `c.id, c.code, c.name, c.contact, c.phone, c.address, c.region, c.channel,
  c.salesperson_id AS salespersonId, e.name AS salespersonName, c.price_list_id AS priceListId, l.name AS priceListName,
  c.credit_limit AS creditLimit, c.payment_terms_days AS paymentTermsDays, c.active, c.search_text AS searchText,
  c.created_at AS createdAt, c.updated_at AS updatedAt`;
const FROM = `customers c LEFT JOIN employees e ON e.id = c.salesperson_id LEFT JOIN price_lists l ON l.id = c.price_list_id`;

type RawRow = Omit<CustomerRow, 'active'> & { active: number };
const toRow = (r: RawRow): CustomerRow => ({ ...r, active: r.active === 1 });

export function customerRowsByIds(core: Core, ids: readonly string[]): CustomerRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(core, `SELECT ${COLUMNS} FROM ${FROM} WHERE c.id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(ids),
  ) as RawRow[];
  const byId = new Map(rows.map((r) => [r.id, toRow(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is CustomerRow => !!r);
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
  if (q !== '') {
    where.push(matchSql('c'));
    Object.assign(params, searchParams(q));
  }
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
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = q !== '' ? `ORDER BY ${rankSql('c', 'code')}, c.code` : 'ORDER BY c.code';
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
  const ranked = prepared(
    core,
    `SELECT c.id, ${rankSql('c', 'code')} AS rank FROM customers c
      WHERE ${matchSql('c')} AND (@all OR c.active = 1)
      ORDER BY rank, length(c.name), c.code LIMIT @limit`,
  ).all({ ...searchParams(q), all: input.includeInactive ? 1 : 0, limit }) as { id: string; rank: SearchRank }[];
  const ranks = new Map(ranked.map((r) => [r.id, r.rank]));
  return customerRowsByIds(core, ranked.map((r) => r.id)).map((row) => ({ ...row, rank: ranks.get(row.id) ?? 4 }));
}
