// Splitting one line of a brand's export into fields: tab, comma, semicolon or bar separated, as the first line
// shows. Quoted CSV fields ("a,b", doubled "" inside) and Excel's ="0123" text guard are unwrapped, and fields are
// trimmed. LineFields reads plain lines in place (offsets into the decoded text) and falls back to splitFields for
// the rest.
export type Delimiter = '\t' | ',' | ';' | '|';

export function detectDelimiter(firstLine: string): Delimiter {
  for (const d of ['\t', ',', ';', '|'] as const) if (firstLine.includes(d)) return d;
  return ',';
}

export function splitFields(line: string, delimiter: Delimiter): string[] {
  const raw = line.includes('"') ? splitQuoted(line, delimiter) : line.split(delimiter);
  // A million lines: trim and unwrap only the fields that need it.
  for (let i = 0; i < raw.length; i++) {
    let f = raw[i] as string;
    if (f.length === 0) continue;
    if (f.charCodeAt(0) <= 32 || f.charCodeAt(f.length - 1) <= 32) f = f.trim();
    if (f.charCodeAt(0) === 61 /* = */) f = unwrapExcelText(f);
    raw[i] = f;
  }
  return raw;
}

/** ="0001234" is how Excel keeps leading zeros of a long code. */
function unwrapExcelText(field: string): string {
  return field.length >= 3 && field.startsWith('="') && field.endsWith('"') ? field.slice(2, -1) : field;
}

function splitQuoted(line: string, delimiter: Delimiter): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (line[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === '"' && field.trim() === '=') {
      // Excel's ="…": keep the wrapper so unwrapExcelText sees it whole.
      field = '="';
      quoted = true;
    } else if (ch === delimiter) {
      out.push(field.startsWith('="') ? field + '"' : field);
      field = '';
    } else field += ch;
  }
  out.push(field.startsWith('="') ? field + '"' : field);
  return out;
}

/** The fields of one line. Plain lines (no quote, "=" or blank at a field's edge) are read as offsets. */
export class LineFields {
  private text = '';
  private readonly bounds: number[] = [];
  private split: string[] | null = null;
  count = 0;

  constructor(private readonly delimiter: Delimiter) {}

  reset(text: string, start: number, end: number): void {
    this.text = text;
    this.split = null;
    const b = this.bounds;
    let n = 0;
    let from = start;
    for (;;) {
      let to = text.indexOf(this.delimiter, from);
      if (to === -1 || to > end) to = end;
      if (to > from && (needsCleaning(text.charCodeAt(from)) || text.charCodeAt(to - 1) <= 32)) break;
      b[n++] = from;
      b[n++] = to;
      if (to === end) {
        this.count = n / 2;
        return;
      }
      from = to + 1;
    }
    this.split = splitFields(text.slice(start, end), this.delimiter);
    this.count = this.split.length;
  }

  get(k: number): string {
    if (this.split) return this.split[k] ?? '';
    if (k >= this.count) return '';
    return this.text.slice(this.bounds[2 * k], this.bounds[2 * k + 1]);
  }

  /** get(k) === value, without copying the field. */
  equals(k: number, value: string): boolean {
    if (this.split) return (this.split[k] ?? '') === value;
    if (k >= this.count) return value === '';
    const from = this.bounds[2 * k] as number;
    return (this.bounds[2 * k + 1] as number) - from === value.length && this.text.startsWith(value, from);
  }

  isEmpty(k: number): boolean {
    if (this.split) return (this.split[k] ?? '') === '';
    return k >= this.count || this.bounds[2 * k] === this.bounds[2 * k + 1];
  }

  allEmpty(): boolean {
    for (let k = 0; k < this.count; k++) if (!this.isEmpty(k)) return false;
    return true;
  }
}

/** A field starting with a blank (trimmed), a quote (CSV quoting) or "=" (Excel's ="…") needs splitFields. */
const needsCleaning = (c: number) => c <= 32 || c === 34 || c === 61;
