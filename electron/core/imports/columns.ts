// Matching a file's header row to the columns an import knows (Chinese headers first, English aliases too), and
// reading typed values out of one row while collecting every problem with its row and column.
import { AppError, type ErrorParams } from '../shared/errors';
import type { MessageCode } from '../shared/messages';
import { parseYuan } from '../shared/money';
import type { SheetRow } from './sheet';

export interface ColumnSpec<K extends string> {
  key: K;
  /** The Chinese header written by exports and templates. */
  header: string;
  /** Other headers people use for the same column (Chinese variants and English). */
  aliases: readonly string[];
  required?: boolean;
}

export interface RowError {
  row: number;
  column: string;
  code: MessageCode;
  params: ErrorParams;
}

/** Full-width → half-width (（天） → (天)), lower case, no spaces, no required-marks (*): how headers are compared. */
export const headerKey = (h: string): string => h.normalize('NFKC').toLowerCase().replace(/[\s*]/g, '');

export class ColumnMap<K extends string> {
  private readonly index = new Map<K, number>();
  private readonly written = new Map<K, string>();

  constructor(
    readonly specs: readonly ColumnSpec<K>[],
    headers: readonly string[],
  ) {
    const keys = headers.map(headerKey);
    for (const spec of specs) {
      const names = new Set([spec.header, ...spec.aliases].map(headerKey));
      const at = keys.findIndex((k) => names.has(k));
      if (at >= 0) {
        this.index.set(spec.key, at);
        this.written.set(spec.key, headers[at] ?? spec.header);
      }
    }
    const missing = specs.filter((s) => s.required && !this.index.has(s.key)).map((s) => s.header);
    if (missing.length > 0) throw new AppError('IMPORT_COLUMNS', { columns: missing.join('、') });
  }

  has(key: K): boolean {
    return this.index.has(key);
  }

  /** Where a header (as header() gives it) stands in the file, for listing errors left to right; missing: last. */
  position(header: string): number {
    for (const [key, written] of this.written) if (written === header) return this.index.get(key) ?? Infinity;
    return Infinity;
  }

  /** The header as the file writes it, or the standard header when the file has no such column. */
  header(key: K): string {
    return this.written.get(key) ?? this.specs.find((s) => s.key === key)?.header ?? key;
  }

  cell(row: SheetRow, key: K): string {
    const at = this.index.get(key);
    return at === undefined ? '' : (row.cells[at] ?? '').trim();
  }
}

/** Reads one row's values; every problem is recorded (not thrown) so one pass reports all of them. */
export class RowReader<K extends string> {
  readonly errors: RowError[] = [];

  constructor(
    readonly columns: ColumnMap<K>,
    readonly row: SheetRow,
  ) {}

  fail(key: K, code: MessageCode, params: ErrorParams = {}): void {
    this.errors.push({ row: this.row.row, column: this.columns.header(key), code, params });
  }

  text(key: K, opts: { required?: boolean; max?: number } = {}): string {
    const v = this.columns.cell(this.row, key);
    if (v === '' && opts.required) this.fail(key, 'IMPORT_REQUIRED', { column: this.columns.header(key) });
    if (opts.max !== undefined && v.length > opts.max) this.fail(key, 'IMPORT_TOO_LONG', { column: this.columns.header(key), max: opts.max });
    return v;
  }

  /** A whole number ≥ 0, or null when the cell is empty. */
  int(key: K): number | null {
    const v = this.columns.cell(this.row, key).replace(/,/g, '');
    if (v === '') return null;
    if (!/^\d{1,9}(\.0+)?$/.test(v)) {
      this.fail(key, 'IMPORT_INTEGER', { column: this.columns.header(key), value: v });
      return null;
    }
    return Number.parseInt(v, 10);
  }

  /** An amount in yuan (¥1,280.00, 3.5) as fen ≥ 0, or null when empty. */
  fen(key: K, opts: { required?: boolean } = {}): number | null {
    const v = this.columns.cell(this.row, key);
    if (v === '') {
      if (opts.required) this.fail(key, 'IMPORT_REQUIRED', { column: this.columns.header(key) });
      return null;
    }
    try {
      const fen = parseYuan(v);
      if (fen >= 0) return fen;
    } catch {
      // reported below
    }
    this.fail(key, 'MONEY_FORMAT', { value: v });
    return null;
  }

  /** One of a few words (启用/停用): the value of the word, or null when empty. */
  choice<V>(key: K, words: Readonly<Record<string, V>>): V | null {
    const v = this.columns.cell(this.row, key);
    if (v === '') return null;
    const hit = Object.entries(words).find(([w]) => headerKey(w) === headerKey(v));
    if (hit) return hit[1];
    this.fail(key, 'IMPORT_VALUE', { column: this.columns.header(key), value: v, allowed: Object.keys(words).join('、') });
    return null;
  }
}

/** Status words accepted in 状态 columns; exports write 启用/停用. */
export const ACTIVE_WORDS: Readonly<Record<string, boolean>> = {
  启用: true,
  停用: false,
  正常: true,
  禁用: false,
  active: true,
  inactive: false,
};
