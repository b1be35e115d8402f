// JSON shipment notices, turned into the same header + rows a spreadsheet gives: either an array of flat rows keyed
// by the column headers, or notices with their lines nested ({ 到货单号 | asnNo, 品牌 | brand, …, lines: [ … ] }),
// one or an array of them. A line's row number is its position in the file, counting from 2 as a sheet would.
import { AppError } from '../shared/errors';
import type { Sheet, SheetRow } from '../imports/sheet';
import { decodeText } from '../imports/decode';
import { headerKey, type ColumnSpec } from '../imports/columns';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const LINE_KEYS = ['lines', 'items', '明细', '商品明细'];

function cellOf(v: Json | undefined): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.map((x) => cellOf(x)).join(';');
  if (typeof v === 'object') throw new AppError('ASN_JSON', { detail: 'nested object in a line' });
  return String(v).trim();
}

function flatten(value: Json): Obj[] {
  const notices = Array.isArray(value) ? value : [value];
  const out: Obj[] = [];
  for (const n of notices) {
    if (!isObj(n)) throw new AppError('ASN_JSON', { detail: 'expected objects' });
    const linesKey = LINE_KEYS.find((k) => Array.isArray(n[k]));
    if (!linesKey) {
      out.push(n);
      continue;
    }
    const { [linesKey]: lines, ...head } = n;
    for (const line of lines as Json[]) {
      if (!isObj(line)) throw new AppError('ASN_JSON', { detail: `${linesKey} must hold objects` });
      out.push({ ...head, ...line });
    }
  }
  return out;
}

/** Each key under the standard header of its column, so lines may mix 商品编码 and sku. */
function canonical(obj: Obj, specs: readonly ColumnSpec<string>[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) {
    const spec = specs.find((s) => [s.header, ...s.aliases].some((h) => headerKey(h) === headerKey(k)));
    out[spec?.header ?? k] = v;
  }
  return out;
}

export function readJsonSheet(bytes: Uint8Array, specs: readonly ColumnSpec<string>[]): Sheet {
  let value: Json;
  try {
    value = JSON.parse(decodeText(bytes).text) as Json;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('ASN_JSON', { detail: e instanceof Error ? e.message : String(e) });
  }
  const objects = flatten(value).map((o) => canonical(o, specs));
  if (objects.length === 0) throw new AppError('IMPORT_EMPTY');
  const headers = [...new Set(objects.flatMap((o) => Object.keys(o)))];
  const rows: SheetRow[] = objects.map((o, i) => ({ row: i + 2, cells: headers.map((h) => cellOf(o[h])) }));
  return { headers, rows };
}

/** JSON is told apart from CSV by its first non-blank character. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0xef || b === 0xbb || b === 0xbf || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x5b || b === 0x7b;
  }
  return false;
}
