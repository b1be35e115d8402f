// products.list: the catalog screen's rows, filtered by search text, status, brand and category. Without a filter
// or a limit it reads the whole table in two queries (products, then all units), which is what a virtualized
// table of 50,000 rows needs.
import type { Core } from '../shared/context';
import { PRODUCT_COLUMNS, PRODUCT_FROM, withUnits, type ProductRow } from './product-rows';
import { PRODUCTS } from './ranked-search';
import { searchFilter } from './search-filter';
import { positionSql, rankSql } from './search-sql';
import { prepared } from './statements';

export interface ProductListInput {
  q?: string;
  status?: 'active' | 'inactive';
  brandId?: string;
  categoryId?: string;
  limit?: number;
  offset?: number;
}

export interface ProductList {
  rows: ProductRow[];
  /** Matching rows in all, whatever limit and offset cut off. */
  total: number;
}

export function listProducts(core: Core, input: ProductListInput = {}): ProductList {
  const q = input.q?.trim() ?? '';
  const where: string[] = [];
  const params: Record<string, string | number | null> = {};
  if (input.status) {
    where.push('p.status = @status');
    params.status = input.status;
  }
  if (input.brandId) {
    where.push('p.brand_id = @brandId');
    params.brandId = input.brandId;
  }
  if (input.categoryId) {
    where.push('p.category_id = @categoryId');
    params.categoryId = input.categoryId;
  }
  if (q !== '') {
    const search = searchFilter(core, PRODUCTS, q, where, params);
    where.push(search.sql);
    Object.assign(params, search.params);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = q !== '' ? `ORDER BY ${rankSql('p', 'sku')}, ${positionSql('p')}, p.sku` : 'ORDER BY p.sku';
  const paged = input.limit !== undefined || (input.offset ?? 0) > 0;
  const page = paged ? 'LIMIT @limit OFFSET @offset' : '';
  if (paged) {
    params.limit = input.limit ?? -1;
    params.offset = input.offset ?? 0;
  }
  const rows = prepared(core, `SELECT ${PRODUCT_COLUMNS} FROM ${PRODUCT_FROM} ${whereSql} ${order} ${page}`).all(params) as Omit<
    ProductRow,
    'units'
  >[];
  const total = paged
    ? (prepared(core, `SELECT count(*) AS n FROM products p ${whereSql}`).get(withoutPaging(params)) as { n: number }).n
    : rows.length;
  return { rows: withUnits(core, rows, where.length === 0 && !paged), total };
}

function withoutPaging(params: Record<string, string | number | null>) {
  const { limit: _limit, offset: _offset, ...rest } = params;
  return rest;
}
