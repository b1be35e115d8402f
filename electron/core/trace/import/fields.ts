// Splitting one line of a brand's export into fields: tab, comma, semicolon or bar separated, as the first line
// shows. Quoted CSV fields ("a,b", doubled "" inside) and Excel's ="0123" text guard are unwrapped.
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
