// SQL functions the searches need, registered once per connection (better-sqlite3 runs them in-process).
import type { Sqlite } from '../../../db/open';

const ready = new WeakSet<Sqlite>();

/**
 * True when the letters appear in order inside one word of the text: `kkl` in `kkkl` (可口可乐's initials).
 * Across words would let `nongfu` match 康师傅 through "kangshifu … hong…", which nobody meant.
 */
export function lettersInOneWord(text: string, letters: string): boolean {
  for (const word of text.split(' ')) {
    if (word.length < letters.length) continue;
    let at = 0;
    for (let i = 0; i < word.length && at < letters.length; i++) if (word[i] === letters[at]) at++;
    if (at === letters.length) return true;
  }
  return false;
}

/** Registers dms_letters_in_word(text, letters) on the connection, once. */
export function useSearchFunctions(sqlite: Sqlite): void {
  if (ready.has(sqlite)) return;
  sqlite.function('dms_letters_in_word', { deterministic: true }, (text: unknown, letters: unknown) =>
    typeof text === 'string' && typeof letters === 'string' && lettersInOneWord(text, letters) ? 1 : 0,
  );
  ready.add(sqlite);
}
