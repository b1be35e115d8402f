// Reads the data lines of an association file into the registry, checking each line as it goes: malformed codes,
// bad barcodes, dates and levels, a code listed twice, a code under two parents, a code on two levels.
import type { ColumnRole, Layout } from './columns';
import { parseLevel } from './columns';
import { parseFileDate } from './dates';
import type { LineFields } from './fields';
import type { LineErrors } from './line-errors';
import type { ProductTable } from './products';
import { LEVEL_NUMBER, NONE, type CodeRegistry } from './registry';

/** Printable ASCII without spaces: serials, GS1 element strings and the URLs printed in QR codes all fit. */
const CODE_SHAPE = /^[\x21-\x7e]{1,128}$/;

interface Column {
  pos: number;
  name: string;
}

interface RowAttrs {
  product: number;
  unit: number;
  batch: number;
  produced: number;
  expires: number;
  distributor: number;
  level: number;
}

export class RowReader {
  private readonly cols = new Map<ColumnRole, Column>();
  /** case, box, item columns present, outermost first. */
  private readonly levelCols: (Column & { level: number })[] = [];
  private readonly dates = new Map<string, number | null>();
  private readonly attrPositions: number[];
  private lastAttrs: RowAttrs | null = null;
  private lastAttrFields: string[] = [];
  /** The previous line's code per column and its number: a case code repeats on every line of the case. */
  private readonly lastText: string[] = [];
  private readonly lastIdx: number[] = [];
  /** The previous line's codes (outermost first) and attributes, in the case,box,item layout. */
  private lastChain: number[] = [];
  private lastChainAttrs: RowAttrs | null = null;

  constructor(
    private readonly layout: Layout,
    columnNames: readonly string[],
    private readonly reg: CodeRegistry,
    private readonly products: ProductTable,
    private readonly errors: LineErrors,
  ) {
    layout.roles.forEach((role, pos) => {
      if (role !== 'ignore' && !this.cols.has(role)) this.cols.set(role, { pos, name: columnNames[pos] ?? role });
    });
    for (const level of ['case', 'box', 'item'] as const) {
      const c = this.cols.get(level);
      if (c) this.levelCols.push({ ...c, level: LEVEL_NUMBER[level] });
    }
    const attrRoles: ColumnRole[] = ['gtin', 'sku', 'batch', 'produced_on', 'expires_on', 'distributor', 'level'];
    this.attrPositions = attrRoles.flatMap((r) => {
      const c = this.cols.get(r);
      return c ? [c.pos] : [];
    });
  }

  get width(): number {
    return this.layout.roles.length;
  }

  read(fields: LineFields, line: number): void {
    if (!this.widthOk(fields, line)) return;
    const attrs = this.attrs(fields, line);
    if (!attrs) return;
    if (this.layout.kind === 'pairs') this.readPair(fields, line, attrs);
    else this.readLevels(fields, line, attrs);
  }

  /** The header's column count; a trailing delimiter (extra empty fields) is tolerated. */
  private widthOk(fields: LineFields, line: number): boolean {
    if (fields.count === this.width) return true;
    if (fields.count > this.width) {
      let extraEmpty = true;
      for (let k = this.width; k < fields.count; k++) extraEmpty &&= fields.isEmpty(k);
      if (extraEmpty) return true;
    }
    this.errors.add(line, 'TRACE_IMPORT_FIELDS', { actual: fields.count, expected: this.width });
    return false;
  }

  private field(fields: LineFields, role: ColumnRole): string {
    const c = this.cols.get(role);
    return c ? fields.get(c.pos) : '';
  }

  /** The code's number, or null (error reported) when it is not a well-formed code. */
  private code(text: string, column: string, line: number): number | null {
    const known = this.reg.find(text);
    if (known !== undefined) return known;
    if (!CODE_SHAPE.test(text)) {
      this.errors.add(line, 'TRACE_IMPORT_CODE_FORMAT', { code: text, column });
      return null;
    }
    return this.reg.add(text, line);
  }

  private readPair(fields: LineFields, line: number, attrs: RowAttrs): void {
    const childText = this.field(fields, 'child');
    const parentText = this.field(fields, 'parent');
    if (childText === '') return this.errors.add(line, 'TRACE_IMPORT_EMPTY_CODE');
    const child = this.code(childText, this.cols.get('child')?.name ?? 'child', line);
    if (child === null) return;
    const reg = this.reg;
    if (reg.subjectLine[child] !== 0) {
      const had = reg.parent[child] as number;
      const hadText = had === NONE ? '' : (reg.codes[had] as string);
      if (had === NONE || hadText === parentText) {
        return this.errors.add(line, 'TRACE_IMPORT_DUPLICATE', { code: childText, first: reg.subjectLine[child] as number });
      }
      return this.errors.add(line, 'TRACE_IMPORT_TWO_PARENTS', {
        code: childText,
        first: reg.subjectLine[child] as number,
        parent: hadText,
        other: parentText,
      });
    }
    reg.subjectLine[child] = line;
    if (attrs.level !== NONE) reg.level[child] = attrs.level;
    this.give(child, attrs, true);
    if (parentText === '') return;
    const parent = this.code(parentText, this.cols.get('parent')?.name ?? 'parent', line);
    if (parent === null) return;
    reg.parent[child] = parent;
    reg.parentLine[child] = line;
    (reg.childCount[parent] as number)++;
    this.give(parent, attrs, false);
  }

  private readLevels(fields: LineFields, line: number, attrs: RowAttrs): void {
    const reg = this.reg;
    const chain: number[] = [];
    for (let k = 0; k < this.levelCols.length; k++) {
      const col = this.levelCols[k] as Column & { level: number };
      if (fields.isEmpty(col.pos)) continue;
      // The case (and box) of the previous line again: compared in place, no copy of the code.
      const repeat = fields.equals(col.pos, this.lastText[k] ?? '');
      const text = repeat ? (this.lastText[k] as string) : fields.get(col.pos);
      const i = repeat ? (this.lastIdx[k] as number) : this.code(text, col.name, line);
      if (i === null) return;
      this.lastText[k] = text;
      this.lastIdx[k] = i;
      if (reg.level[i] === 0) reg.level[i] = col.level;
      else if (reg.level[i] !== col.level) {
        return this.errors.add(line, 'TRACE_IMPORT_LEVEL_TWICE', { code: text, first: reg.firstLine[i] as number });
      }
      chain.push(i);
    }
    const subject = chain.at(-1);
    if (subject === undefined) return this.errors.add(line, 'TRACE_IMPORT_EMPTY_CODE');
    if (reg.subjectLine[subject] !== 0) {
      return this.errors.add(line, 'TRACE_IMPORT_DUPLICATE', { code: reg.codes[subject] as string, first: reg.subjectLine[subject] as number });
    }
    reg.subjectLine[subject] = line;
    // Most lines repeat the previous line's case and box with the same attributes: what they would set is set.
    const sameAttrs = attrs === this.lastChainAttrs;
    const last = this.lastChain;
    for (let k = 1; k < chain.length; k++) {
      const outer = chain[k - 1] as number;
      const inner = chain[k] as number;
      if (sameAttrs && inner === last[k] && outer === last[k - 1]) continue;
      const had = reg.parent[inner] as number;
      if (had === NONE) {
        reg.parent[inner] = outer;
        reg.parentLine[inner] = line;
        (reg.childCount[outer] as number)++;
      } else if (had !== outer) {
        return this.errors.add(line, 'TRACE_IMPORT_TWO_PARENTS', {
          code: reg.codes[inner] as string,
          first: reg.parentLine[inner] as number,
          parent: reg.codes[had] as string,
          other: reg.codes[outer] as string,
        });
      }
    }
    for (let k = 0; k < chain.length; k++) if (!sameAttrs || chain[k] !== last[k]) this.give(chain[k] as number, attrs, k === chain.length - 1);
    this.lastChain = chain;
    this.lastChainAttrs = attrs;
  }

  private give(i: number, a: RowAttrs, subject: boolean): void {
    const reg = this.reg;
    reg.give(i, 'product', a.product);
    reg.give(i, 'batch', a.batch);
    reg.give(i, 'produced', a.produced);
    reg.give(i, 'expires', a.expires);
    reg.give(i, 'distributor', a.distributor);
    // A barcode names one packaging level: it gives its unit only to the line's own code.
    if (subject) reg.give(i, 'unit', a.unit);
  }

  /**
   * The line's product, batch, dates, distributor and level; null (errors reported) when one is invalid. Lines of
   * one case repeat the same values, so a line whose attribute fields equal the previous line's reuses its result.
   */
  private attrs(fields: LineFields, line: number): RowAttrs | null {
    if (this.lastAttrs !== null) {
      let same = true;
      for (let k = 0; same && k < this.attrPositions.length; k++) same = fields.equals(this.attrPositions[k] as number, this.lastAttrFields[k] as string);
      if (same) return this.lastAttrs;
    }
    const a = this.parseAttrs(fields, line);
    this.lastAttrs = a;
    this.lastAttrFields = this.attrPositions.map((pos) => fields.get(pos));
    return a;
  }

  private parseAttrs(fields: LineFields, line: number): RowAttrs | null {
    const reg = this.reg;
    const before = this.errors.count;
    const a: RowAttrs = { product: NONE, unit: NONE, batch: NONE, produced: NONE, expires: NONE, distributor: NONE, level: NONE };
    const gtin = this.field(fields, 'gtin');
    const sku = this.field(fields, 'sku');
    if (gtin !== '') {
      const r = this.products.byBarcode(gtin);
      if (r === 'invalid') this.errors.add(line, 'TRACE_IMPORT_GTIN', { gtin });
      else if (r === 'unknown') this.errors.add(line, 'TRACE_IMPORT_GTIN_UNKNOWN', { gtin });
      else {
        a.product = r.productIdx;
        a.unit = reg.intern(r.unitId);
      }
    } else if (sku !== '') {
      const p = this.products.byProductCode(sku);
      if (p === null) this.errors.add(line, 'TRACE_IMPORT_SKU_UNKNOWN', { sku });
      else a.product = p;
    }
    const batch = this.field(fields, 'batch');
    if (batch !== '') a.batch = reg.intern(batch);
    a.produced = this.date(fields, 'produced_on', line);
    a.expires = this.date(fields, 'expires_on', line);
    const distributor = this.field(fields, 'distributor');
    if (distributor !== '') a.distributor = reg.intern(distributor);
    const level = this.layout.kind === 'pairs' ? this.field(fields, 'level') : '';
    if (level !== '') {
      const parsed = parseLevel(level);
      if (parsed === null) this.errors.add(line, 'TRACE_IMPORT_LEVEL', { value: level });
      else a.level = LEVEL_NUMBER[parsed];
    }
    return this.errors.count === before ? a : null;
  }

  private date(fields: LineFields, role: 'produced_on' | 'expires_on', line: number): number {
    const text = this.field(fields, role);
    if (text === '') return NONE;
    let idx = this.dates.get(text);
    if (idx === undefined) {
      const iso = parseFileDate(text);
      idx = iso === null ? null : this.reg.intern(iso);
      this.dates.set(text, idx);
    }
    if (idx === null) {
      this.errors.add(line, 'TRACE_IMPORT_DATE', { column: this.cols.get(role)?.name ?? role, value: text });
      return NONE;
    }
    return idx;
  }
}
