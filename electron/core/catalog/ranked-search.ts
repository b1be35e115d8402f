// The ranked search shared by products and customers. Phase 1 ranks rows containing the query (one scan of a
// covering index); only when that leaves room under the limit, phase 2 adds rows matched by loose initials alone.
import type { Core } from '../shared/context';
import { containsSql, looseOnlySql, positionSql, rankSql, searchParams, type SearchRank } from './search-sql';
import { useSearchFunctions } from './sql-functions';
import { prepared } from './statements';

export interface RankedTable {
  table: 'products' | 'customers';
  alias: 'p' | 'c';
  /** The code column: sku or code. */
  code: 'sku' | 'code';
  /** SQL true for rows a picker offers by default. */
  active: string;
}

export const PRODUCTS: RankedTable = { table: 'products', alias: 'p', code: 'sku', active: "p.status = 'active'" };
export const CUSTOMERS: RankedTable = { table: 'customers', alias: 'c', code: 'code', active: 'c.active = 1' };

const phase1 = ({ table, alias: t, code, active }: RankedTable, terms: number) => `SELECT ${t}.rowid AS rid, ${rankSql(t, code)} AS rank
  FROM ${table} ${t} WHERE ${containsSql(t, terms)} AND (@all OR ${active})
  ORDER BY rank, ${positionSql(t)}, length(${t}.name), ${t}.${code} LIMIT @limit`;

const phase2 = ({ table, alias: t, code, active }: RankedTable) => `SELECT ${t}.rowid AS rid, 4 AS rank
  FROM ${table} ${t} WHERE ${looseOnlySql(t)} AND (@all OR ${active})
  ORDER BY length(${t}.name), ${t}.${code} LIMIT @limit`;

/** Rowids (good within this call only) and ranks of the best `limit` rows for the query, best first. */
export function rankedRowids(core: Core, spec: RankedTable, q: string, opts: { limit: number; includeInactive: boolean }): { rid: number; rank: SearchRank }[] {
  const params = { ...searchParams(q), all: opts.includeInactive ? 1 : 0, limit: opts.limit };
  const found = prepared(core, phase1(spec, params.terms)).all(params) as { rid: number; rank: SearchRank }[];
  if (found.length >= opts.limit || params.loose === null) return found;
  useSearchFunctions(core.sqlite);
  const loose = prepared(core, phase2(spec)).all({ ...params, limit: opts.limit - found.length }) as { rid: number; rank: SearchRank }[];
  return [...found, ...loose];
}
