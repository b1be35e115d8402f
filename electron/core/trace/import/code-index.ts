// Code → number for a million codes: open addressing over typed arrays. A JS Map of a million string keys costs
// ~100 bytes per entry and rehashes into fresh garbage as it grows; this costs 12 bytes per entry and stays flat.
// A slot holds number + 1, so that 0 (what new memory holds) means empty and nothing has to be filled.
const EMPTY = 0;

/** FNV-1a over UTF-16 code units; codes are short ASCII, so this is a handful of multiplies. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class CodeIndex {
  private slots: Int32Array;
  private hashes: Uint32Array;
  private mask: number;
  private count = 0;

  /** `codes` is the caller's array: number i is codes[i]. */
  constructor(
    private readonly codes: readonly string[],
    expected = 1024,
  ) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Uint32Array(Math.max(1024, expected));
    this.mask = size - 1;
  }

  get(code: string): number | undefined {
    const h = hashOf(code);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const i = (this.slots[slot] as number) - 1;
      if (i === EMPTY - 1) return undefined;
      if (this.hashes[i] === h && this.codes[i] === code) return i;
    }
  }

  /** Registers codes[i] (the caller pushed it, and knows it is not indexed yet). */
  add(i: number): void {
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    if (i >= this.hashes.length) {
      const next = new Uint32Array(this.hashes.length * 2);
      next.set(this.hashes);
      this.hashes = next;
    }
    const h = hashOf(this.codes[i] as string);
    this.hashes[i] = h;
    this.place(i, h);
    this.count++;
  }

  private place(i: number, h: number): void {
    let slot = h & this.mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.slots[slot] = i + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < this.count; i++) this.place(i, this.hashes[i] as number);
  }
}
