// What search matches against: the lower-cased text plus its pinyin initials and full pinyin, so that typing
// `kkl`, `kekou` or `可口` all find 可口可乐. Computed once on write and stored in a search_text column.
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;

/** Pinyin initials and full pinyin (no tones, no spaces) of the Chinese parts of text; '' when none. */
export function pinyinKeys(text: string): string[] {
  if (!HAN.test(text)) return [];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const initials = syllables.map((s) => s.charAt(0)).join('');
  const full = syllables.join('');
  return [initials, full].map((s) => s.toLowerCase().replace(/\s+/g, ''));
}

/** The stored search text for a row: each part, plus pinyin keys of each part, lower-cased, space-joined. */
export function searchTextFor(parts: readonly (string | null | undefined)[]): string {
  const words = parts.filter((p): p is string => !!p && p.trim() !== '').map((p) => p.trim());
  return [...words, ...words.flatMap(pinyinKeys)].join(' ').toLowerCase();
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export interface SearchPatterns {
  /** LIKE pattern (ESCAPE '\\') for the query as typed: a substring of name, code, initials or full pinyin. */
  contains: string;
  /**
   * For a query of letters only, the letters in order with anything between them ('%k%k%l%'), so that initials
   * typed loosely still match: `kkl` finds 可口可乐 (kkkl). Rank these below `contains` matches. Null otherwise.
   */
  initials: string | null;
}

/** Turns what the user typed into the LIKE patterns used against search_text. */
export function searchPatterns(query: string): SearchPatterns {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  const initials = /^[a-z]{2,12}$/.test(q) ? `%${q.split('').join('%')}%` : null;
  return { contains: `%${escapeLike(q)}%`, initials };
}
