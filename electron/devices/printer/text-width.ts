// Column widths as a receipt printer sees them. In Chinese mode (FS &) every byte below 0x80 prints as a half-width
// ANK character (12 dots on 80 mm paper) and every multi-byte GB18030 character as a full-width 汉字 glyph (24
// dots), whatever Unicode calls its width: ￥, ×, · and ： all print double. So the rule is simply 1 or 2.
export const charColumns = (ch: string): number => (ch.codePointAt(0)! < 0x80 ? 1 : 2);

export function textColumns(text: string): number {
  let n = 0;
  for (const ch of text) n += charColumns(ch);
  return n;
}

/**
 * Printable text: control characters would reach the printer as commands (an ESC in a product name could cut the
 * paper or switch code pages), so tabs become spaces and every other control character is dropped.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * Splits text into rows of at most `max` columns. A 汉字 never splits; an ASCII word ("550ml", "Cola") moves to
 * the next row whole when the row has a place to break before it (a space, or a 汉字 it follows), so
 * "天然水550ml" does not become "天然水550m" / "l".
 */
export function wrapColumns(text: string, max: number): string[] {
  const rows: string[] = [];
  for (const paragraph of text.split('\n')) {
    let row = '';
    let cols = 0;
    for (const ch of paragraph) {
      const w = charColumns(ch);
      if (cols + w > max && row !== '') {
        const at = w === 1 && ch !== ' ' ? wordStart(row) : -1;
        if (at > 0) {
          rows.push(row.slice(0, at).trimEnd());
          row = row.slice(at).trimStart();
        } else {
          rows.push(row.trimEnd());
          row = '';
        }
        cols = textColumns(row);
        if (ch === ' ' && row === '') continue;
      }
      row += ch;
      cols += w;
    }
    rows.push(row.trimEnd());
  }
  return rows;
}

/**
 * Where the ASCII word at the end of `row` starts (after a space or a 汉字), or -1 when the row does not end in
 * an ASCII word or the word fills the row (then it is cut where the row ends).
 */
function wordStart(row: string): number {
  const last = row[row.length - 1];
  if (last === undefined || last === ' ' || charColumns(last) !== 1) return -1;
  for (let i = row.length - 1; i >= 0; i--) {
    const c = row[i]!;
    if (c === ' ') return i + 1;
    if (charColumns(c) !== 1) return i + 1;
  }
  return -1;
}

/** Pads `text` (already at most `width` columns) to exactly `width` columns with the given alignment. */
export function padColumns(text: string, width: number, align: 'left' | 'center' | 'right'): string {
  const gap = Math.max(0, width - textColumns(text));
  if (align === 'right') return ' '.repeat(gap) + text;
  if (align === 'center') return ' '.repeat(Math.floor(gap / 2)) + text + ' '.repeat(gap - Math.floor(gap / 2));
  return text + ' '.repeat(gap);
}
