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
  /** The query as stored text holds it, for positionSql. */
  needle: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Named parameters for the SQL pieces below, from what the user typed. */
export function searchParams(query: string): SearchParams {
  const q = query.trim().toLowerCase();
  const { contains, initials } = searchPatterns(q);
  const compact = escapeLike(q.replace(/\s+/g, ''));
  return { exact: q, prefix: `${escapeLike(q)}%`, word: `% ${compact}%`, contains, loose: initials, needle: q.replace(/\s+/g, '') };
}

/** Rows whose search text contains the query (name, code, pinyin initials or full pinyin). */
export const containsSql = (t: string) => `${t}.search_text LIKE @contains ESCAPE '\\'`;

/**
 * Rows that only the loose initials match (`kkl` in `kkkl`), the letters in order inside one word: the fallback
 * when too few rows contain the query. LIKE narrows cheaply first; dms_letters_in_word (sql-functions.ts, which
 * the caller registers) then keeps the letters from straying across words.
 */
export const looseOnlySql = (t: string) =>
  `(@loose IS NOT NULL AND ${t}.search_text NOT LIKE @contains ESCAPE '\\' AND ${t}.search_text LIKE @loose AND dms_letters_in_word(${t}.search_text, @needle))`;

/**
 * Rank of a row that contains the query: 0 exact code; 1 name or code starts with the query; 2 a word of the
 * search text does (全拼 or 首字母 of the name, the brand); 3 a substring elsewhere. Loose-only rows are 4.
 */
export const rankSql = (t: string, code: string) => `CASE
  WHEN ${t}.${code} = @exact COLLATE NOCASE THEN 0
  WHEN ${t}.name LIKE @prefix ESCAPE '\\' OR ${t}.${code} LIKE @prefix ESCAPE '\\' THEN 1
  WHEN ${t}.search_text LIKE @word ESCAPE '\\' THEN 2
  ELSE 3 END`;

/**
 * Tie-break within a rank: where the query occurs in the search text. The row's own name and its pinyin come
 * before the brand's, so `kekou` lists 可口可乐 itself above 雪碧 (whose brand is 可口可乐). No occurrence: last.
 */
export const positionSql = (t: string) => `coalesce(nullif(instr(${t}.search_text, @needle), 0), 1000000)`;
