// The search condition of a filtered list (products.list, customers.list): rows containing the query, or, when
// none do, rows its loose initials match — the same fallback as the pickers (ranked-search.ts).
import type { Core } from '../shared/context';
import type { RankedTable } from './ranked-search';
import { containsSql, looseOnlySql, searchParams, type SearchParams } from './search-sql';
import { useSearchFunctions } from './sql-functions';
import { prepared } from './statements';

export function searchFilter(
  core: Core,
  spec: RankedTable,
  q: string,
  otherWhere: readonly string[],
  otherParams: Record<string, string | number | null>,
): { sql: string; params: SearchParams } {
  const params = searchParams(q);
  const contains = `(${containsSql(spec.alias, params.terms)})`;
  if (params.loose === null) return { sql: contains, params };
  const where = [...otherWhere, contains].join(' AND ');
  const any = prepared(core, `SELECT 1 FROM ${spec.table} ${spec.alias} WHERE ${where} LIMIT 1`).get({ ...otherParams, ...params });
  if (any) return { sql: contains, params };
  useSearchFunctions(core.sqlite);
  return { sql: looseOnlySql(spec.alias), params };
}
