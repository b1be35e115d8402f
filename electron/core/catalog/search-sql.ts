// SQL pieces shared by every ranked search over a table with `name`, a code column and `search_text`
// (products, customers): the match test and the rank, with named parameters made by searchParams.
import { searchPatterns } from './search-text';

export type SearchRank = 0 | 1 | 2 | 3 | 4;

export interface SearchParams extends Record<string, string | number | null> {
  exact: string;
  prefix: string;
  word: string;
  contains: string;
  loose: string | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Named parameters for matchSql and rankSql from what the user typed. */
export function searchParams(query: string): SearchParams {
  const q = query.trim().toLowerCase();
  const { contains, initials } = searchPatterns(q);
  const compact = escapeLike(q.replace(/\s+/g, ''));
  return { exact: q, prefix: `${escapeLike(q)}%`, word: `% ${compact}%`, contains, loose: initials };
}

/** Rows whose search text contains the query, or (letters only) has its letters in order. */
export const matchSql = (t: string) =>
  `(${t}.search_text LIKE @contains ESCAPE '\\' OR (@loose IS NOT NULL AND ${t}.search_text LIKE @loose))`;

/**
 * 0 exact code; 1 name or code starts with the query; 2 a word of the search text does (全拼 or 首字母 of the
 * name, the brand); 3 a substring anywhere; 4 only the loose initials matched.
 */
export const rankSql = (t: string, code: string) => `CASE
  WHEN ${t}.${code} = @exact COLLATE NOCASE THEN 0
  WHEN ${t}.name LIKE @prefix ESCAPE '\\' OR ${t}.${code} LIKE @prefix ESCAPE '\\' THEN 1
  WHEN ${t}.search_text LIKE @word ESCAPE '\\' THEN 2
  WHEN ${t}.search_text LIKE @contains ESCAPE '\\' THEN 3
  ELSE 4 END`;
