// Once every line is read: the nesting is checked as a whole (loops, more than three levels, a bottle holding a
// box), levels are settled, contents take their case's product, batch and dates when their own line did not say,
// expiry comes from the shelf life when absent, and each code gets the unit its contents fill.
import { addDays } from './dates';
import type { LineErrors } from './line-errors';
import type { ProductTable } from './products';
import { INHERITED, LEVEL_NUMBER, NONE, type CodeRegistry } from './registry';

export interface TreeDefaults {
  /** Product number (ProductTable) for codes the file gives no product; NONE for none. */
  product: number;
  /** Interned distributor code for codes the file does not assign; NONE for none. */
  distributor: number;
}

/** Depth 0 is an outermost code; a depth of 3 or more is a fourth level. BROKEN marks codes on or under a loop. */
const BROKEN = -2;
const UNKNOWN = -1;
const MAX_DEPTH = 2;

export interface SettledTree {
  depth: Int32Array;
  /** Interned unit id per code, or NONE. */
  unit: Int32Array;
}

export function settleTree(reg: CodeRegistry, products: ProductTable, errors: LineErrors, defaults: TreeDefaults): SettledTree {
  const depth = depths(reg, errors);
  settleLevels(reg, depth, errors);
  inherit(reg, depth, defaults, errors);
  fillExpiry(reg, products);
  return { depth, unit: unitsAndQuantities(reg, products, depth) };
}

const lineOf = (reg: CodeRegistry, i: number) => (reg.parentLine[i] || reg.subjectLine[i] || reg.firstLine[i]) as number;

/** Walks up from each code once (memoised), reporting loops and codes nested a fourth level deep. */
function depths(reg: CodeRegistry, errors: LineErrors): Int32Array {
  const n = reg.size;
  const depth = new Int32Array(n).fill(UNKNOWN);
  const onPath = new Uint8Array(n);
  const path: number[] = [];
  for (let i = 0; i < n; i++) {
    if (depth[i] !== UNKNOWN) continue;
    path.length = 0;
    let j = i;
    while (j !== NONE && depth[j] === UNKNOWN && onPath[j] === 0) {
      onPath[j] = 1;
      path.push(j);
      j = reg.parent[j] as number;
    }
    let base = j === NONE ? -1 : (depth[j] as number);
    if (j !== NONE && onPath[j] === 1) {
      const loop = path.slice(path.indexOf(j));
      const text = [...loop, j].map((c) => reg.codes[c]).join(' → ');
      errors.add(lineOf(reg, j), 'TRACE_IMPORT_CYCLE', { code: reg.codes[j] as string, path: text });
      base = BROKEN;
    }
    for (let k = path.length - 1; k >= 0; k--) {
      const c = path[k] as number;
      onPath[c] = 0;
      depth[c] = base === BROKEN ? BROKEN : base + (path.length - k);
      if (depth[c] === MAX_DEPTH + 1) errors.add(lineOf(reg, c), 'TRACE_IMPORT_TOO_DEEP', { code: reg.codes[c] as string, path: chainText(reg, c) });
    }
  }
  return depth;
}

function chainText(reg: CodeRegistry, i: number): string {
  const chain: string[] = [];
  for (let j = i; j !== NONE && chain.length <= MAX_DEPTH + 1; j = reg.parent[j] as number) chain.unshift(reg.codes[j] as string);
  return chain.join(' ⊃ ');
}

/**
 * A level the file did not state follows from the nesting: outermost with contents a case, in the middle a box,
 * innermost an item (a lone code is an item). Then every code must sit in a code of a higher level.
 */
function settleLevels(reg: CodeRegistry, depth: Int32Array, errors: LineErrors): void {
  const n = reg.size;
  // Levels derived from the nesting cannot contradict it (a fourth level is reported as such); only stated ones can.
  const stated = reg.level.slice(0, n);
  for (let i = 0; i < n; i++) {
    if (reg.level[i] !== 0) continue;
    const inside = reg.parent[i] !== NONE;
    const holds = (reg.childCount[i] as number) > 0;
    reg.level[i] = holds ? (inside ? LEVEL_NUMBER.box : LEVEL_NUMBER.case) : LEVEL_NUMBER.item;
  }
  for (let i = 0; i < n; i++) {
    const p = reg.parent[i] as number;
    if (p === NONE || (depth[i] as number) < 0 || (stated[i] === 0 && stated[p] === 0)) continue;
    if ((reg.level[i] as number) >= (reg.level[p] as number)) {
      errors.add(lineOf(reg, i), 'TRACE_IMPORT_LEVEL_CONFLICT', { code: reg.codes[i] as string, parent: reg.codes[p] as string });
    }
  }
}

/** Contents take what their case or box has when their own lines did not say; then the import's defaults. */
function inherit(reg: CodeRegistry, depth: Int32Array, defaults: TreeDefaults, errors: LineErrors): void {
  const n = reg.size;
  for (let d = 1; d <= MAX_DEPTH; d++) {
    for (let i = 0; i < n; i++) {
      if (depth[i] !== d) continue;
      const p = reg.parent[i] as number;
      for (const name of INHERITED) {
        const a = reg.attrs[name];
        if (a[i] === NONE) a[i] = a[p] as number;
      }
    }
  }
  const product = reg.attrs.product;
  const distributor = reg.attrs.distributor;
  for (let i = 0; i < n; i++) {
    if (product[i] === NONE) product[i] = defaults.product;
    if (product[i] === NONE) errors.add((reg.subjectLine[i] || reg.firstLine[i]) as number, 'TRACE_IMPORT_NO_PRODUCT', { code: reg.codes[i] as string });
    if (distributor[i] === NONE) distributor[i] = defaults.distributor;
  }
}

/** Expiry from the production date and the product's shelf life, when the file gives no expiry. */
function fillExpiry(reg: CodeRegistry, products: ProductTable): void {
  const cache = new Map<string, number>();
  const { produced, expires, product } = reg.attrs;
  for (let i = 0; i < reg.size; i++) {
    if (expires[i] !== NONE || produced[i] === NONE || product[i] === NONE) continue;
    const days = products.list[product[i] as number]?.shelfLifeDays;
    if (days === null || days === undefined) continue;
    const key = `${produced[i]}:${days}`;
    let e = cache.get(key);
    if (e === undefined) {
      e = reg.intern(addDays(reg.str(produced[i] as number) as string, days));
      cache.set(key, e);
    }
    expires[i] = e;
  }
}

/**
 * Innermost first: a code with contents holds their sum and gets the product's unit of that factor (a case of
 * 24 bottles → 箱); a code without contents gets its barcode's unit, or the base unit for an item.
 */
function unitsAndQuantities(reg: CodeRegistry, products: ProductTable, depth: Int32Array): Int32Array {
  const n = reg.size;
  const unit = new Int32Array(n).fill(NONE);
  const sum = new Int32Array(n);
  const unknown = new Uint8Array(n);
  for (let d = MAX_DEPTH; d >= 0; d--) {
    for (let i = 0; i < n; i++) {
      if (depth[i] !== d) continue;
      const product = products.list[reg.attrs.product[i] as number];
      let qty = -1;
      let unitId: string | undefined;
      if ((reg.childCount[i] as number) > 0) {
        qty = unknown[i] === 1 ? -1 : (sum[i] as number);
        unitId = qty > 0 ? product?.unitsByFactor.get(qty) : undefined;
      } else {
        unitId = reg.str(reg.attrs.unit[i] as number) ?? (reg.level[i] === LEVEL_NUMBER.item ? product?.unitsByFactor.get(1) : undefined);
        const factor = unitId === undefined ? undefined : product?.factorOfUnit.get(unitId);
        if (factor === undefined) unitId = undefined;
        qty = factor ?? (reg.level[i] === LEVEL_NUMBER.item ? 1 : -1);
      }
      if (unitId !== undefined) unit[i] = reg.intern(unitId);
      const p = reg.parent[i] as number;
      if (p === NONE) continue;
      if (qty < 0) unknown[p] = 1;
      else sum[p] = (sum[p] as number) + qty;
    }
  }
  return unit;
}
