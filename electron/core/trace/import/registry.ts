// The codes of one file while it is read: a million codes and their links held in typed arrays (a few bytes per
// code) instead of a million objects, so a big file fits in memory and is checked in one pass.
import { CodeIndex } from './code-index';

export const NONE = -1;

/** Level numbers double as ranks: a code sits only inside a code of a higher number. 0: not known yet. */
export const LEVEL_NUMBER = { item: 1, box: 2, case: 3 } as const;
export const LEVEL_NAME = ['', 'item', 'box', 'case'] as const;

export type AttrName = 'product' | 'unit' | 'batch' | 'produced' | 'expires' | 'distributor';
export const INHERITED: readonly AttrName[] = ['product', 'batch', 'produced', 'expires', 'distributor'];
const ATTR_NAMES: readonly AttrName[] = ['product', 'unit', ...INHERITED.slice(1)];

/**
 * A bigger copy. New slots are left as allocated (zero) and set by add(): filling a million slots up front touches
 * every page of memory at once, which costs more than the import's own work on a busy machine.
 */
function grow<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const next = new (a.constructor as new (n: number) => T)(size);
  next.set(a);
  return next;
}

export class CodeRegistry {
  readonly codes: string[] = [];
  private readonly index: CodeIndex;
  private capacity = 0;
  parent = new Int32Array(0);
  /** Line that put the code under its parent. */
  parentLine = new Int32Array(0);
  firstLine = new Int32Array(0);
  /** Line on which the code was the row's own code (the child of a pair, the innermost of case,box,item); 0: none. */
  subjectLine = new Int32Array(0);
  childCount = new Int32Array(0);
  level = new Uint8Array(0);
  /** Attribute values: a product number (ProductTable) or an interned string number; NONE when not given. */
  readonly attrs: Record<AttrName, Int32Array> = {
    product: new Int32Array(0),
    unit: new Int32Array(0),
    batch: new Int32Array(0),
    produced: new Int32Array(0),
    expires: new Int32Array(0),
    distributor: new Int32Array(0),
  };
  /** Interned batch numbers, dates, unit ids and distributor codes: a batch repeats on thousands of lines. */
  readonly strings: string[] = [];
  private readonly stringIdx = new Map<string, number>();

  /** `expected`: about how many codes the file holds (from its size), to allocate once instead of growing. */
  constructor(expected = 1024) {
    this.index = new CodeIndex(this.codes, expected);
    this.reserve(Math.max(1024, expected));
  }

  get size(): number {
    return this.codes.length;
  }

  find(code: string): number | undefined {
    return this.index.get(code);
  }

  /** Adds a code that find() did not know, first seen on `line`; returns its number. */
  add(code: string, line: number): number {
    const i = this.codes.length;
    if (i === this.capacity) this.reserve(this.capacity * 2);
    this.codes.push(code);
    this.index.add(i);
    this.firstLine[i] = line;
    this.parent[i] = NONE;
    const a = this.attrs;
    a.product[i] = NONE;
    a.unit[i] = NONE;
    a.batch[i] = NONE;
    a.produced[i] = NONE;
    a.expires[i] = NONE;
    a.distributor[i] = NONE;
    return i;
  }

  intern(value: string): number {
    let i = this.stringIdx.get(value);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(value);
      this.stringIdx.set(value, i);
    }
    return i;
  }

  str(i: number): string | null {
    return i === NONE ? null : (this.strings[i] ?? null);
  }

  /** Sets an attribute unless the code has it already (the first line that says wins). */
  give(i: number, name: AttrName, value: number): void {
    const a = this.attrs[name];
    if (value !== NONE && a[i] === NONE) a[i] = value;
  }

  private reserve(size: number): void {
    this.parent = grow(this.parent, size);
    this.parentLine = grow(this.parentLine, size);
    this.firstLine = grow(this.firstLine, size);
    this.subjectLine = grow(this.subjectLine, size);
    this.childCount = grow(this.childCount, size);
    this.level = grow(this.level, size);
    for (const name of ATTR_NAMES) this.attrs[name] = grow(this.attrs[name], size);
    this.capacity = size;
  }
}
