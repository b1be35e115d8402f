// SQL pieces shared by every ranked search over a table with `name`, a code column and `search_text`
// (products, customers): the match test and the rank, with named parameters made by searchParams.
import { searchPatterns } from './search-text';

export type SearchRank = 0 | 1 | 2 | 3 | 4;

export interface SearchParams extends Record<string, string | number | null> {
  exact: string;
  prefix: string;
  word: string;
  /** c0, c1 …: one LIKE pattern per word typed; a row must contain every one (可乐 500 finds 可口可乐 500ml). */
  c0: string;
  /** Letters-in-order pattern when the query is a single run of letters (kkl); else null. */
  loose: string | null;
  /** The first word as stored text holds it, for positionSql. */
  needle: string;
  /** How many words (c0 … c<terms-1>); not an SQL parameter. */
  terms: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** At most this many words of a query are matched; more add nothing a clerk needs. */
const MAX_TERMS = 4;

/** Named parameters for the SQL pieces below, from what the user typed. */
export function searchParams(query: string): SearchParams {
  const q = query.trim().toLowerCase();
  const words = q.split(/\s+/).filter(Boolean).slice(0, MAX_TERMS);
  const first = words[0] ?? '';
  const patterns = Object.fromEntries(words.map((w, i) => [`c${i}`, `%${escapeLike(w)}%`]));
  return {
    exact: q,
    prefix: `${escapeLike(q)}%`,
    word: `% ${escapeLike(first)}%`,
    c0: '%',
    ...patterns,
    loose: words.length === 1 ? searchPatterns(first).initials : null,
    needle: first,
    terms: Math.max(words.length, 1),
  };
}

/** Rows whose search text contains every word of the query (name, code, pinyin initials or full pinyin). */
export const containsSql = (t: string, terms: number) =>
  Array.from({ length: terms }, (_, i) => `${t}.search_text LIKE @c${i} ESCAPE '\\'`).join(' AND ');

/**
 * Rows that only the loose initials match (`kkl` in `kkkl`), the letters in order inside one word: the fallback
 * when too few rows contain the query. LIKE narrows cheaply first; dms_letters_in_word (sql-functions.ts, which
 * the caller registers) then keeps the letters from straying across words.
 */
export const looseOnlySql = (t: string) =>
  `(@loose IS NOT NULL AND ${t}.search_text NOT LIKE @c0 ESCAPE '\\' AND ${t}.search_text LIKE @loose AND dms_letters_in_word(${t}.search_text, @needle))`;

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
