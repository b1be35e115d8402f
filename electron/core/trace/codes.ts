// Reading the code registry: one code with its product, unit, batch and expiry, its nested contents and the
// quantity it holds in base units. Runs inside the caller's transaction (or none): it only reads.
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import type { CodeLevel } from './levels';
import { prepared } from './statements';

/** One code of a nested tree: a case holds boxes, a box holds items. */
export interface CodeNode {
  code: string;
  level: CodeLevel;
  productId: string;
  unitId: string | null;
  batch: string | null;
  producedOn: string | null;
  expiresOn: string | null;
  /** Base units this code holds: the sum of its contents, else its unit's factor, else 1 for an item; null when unknown. */
  quantity: number | null;
  children: CodeNode[];
}

export interface CodeInfo extends CodeNode {
  parentCode: string | null;
  /** Enclosing codes, innermost first (an item's box, then its case). */
  ancestors: string[];
  /** Distributor the brand registered the code to; null when the registry does not say. */
  distributorCode: string | null;
  product: { id: string; sku: string; name: string; baseUnit: string; brandId: string | null };
  unit: { id: string; name: string; factor: number } | null;
  createdAt: string;
}

interface CodeRow {
  code: string;
  level: CodeLevel;
  product_id: string;
  unit_id: string | null;
  parent_code: string | null;
  batch: string | null;
  produced_on: string | null;
  expires_on: string | null;
  distributor_code: string | null;
  created_at: string;
  factor: number | null;
}

const CODE_COLUMNS = `c.code, c.level, c.product_id, c.unit_id, c.parent_code, c.batch, c.produced_on, c.expires_on,
  c.distributor_code, c.created_at, u.factor`;

/** Nesting is at most three levels; the guard stops a corrupt registry (a loop) from hanging a scan. */
const MAX_DEPTH = 3;

function codeRow(core: Core, code: string): CodeRow | undefined {
  return prepared(
    core.sqlite,
    `SELECT ${CODE_COLUMNS} FROM trace_codes c LEFT JOIN product_units u ON u.id = c.unit_id WHERE c.code = ?`,
  ).get(code) as CodeRow | undefined;
}

function childRows(core: Core, code: string): CodeRow[] {
  return prepared(
    core.sqlite,
    `SELECT ${CODE_COLUMNS} FROM trace_codes c LEFT JOIN product_units u ON u.id = c.unit_id
     WHERE c.parent_code = ? ORDER BY c.code`,
  ).all(code) as CodeRow[];
}

function toNode(core: Core, row: CodeRow, depth: number): CodeNode {
  const children = depth < MAX_DEPTH ? childRows(core, row.code).map((r) => toNode(core, r, depth + 1)) : [];
  return {
    code: row.code,
    level: row.level,
    productId: row.product_id,
    unitId: row.unit_id,
    batch: row.batch,
    producedOn: row.produced_on,
    expiresOn: row.expires_on,
    quantity: quantityOf(row, children),
    children,
  };
}

function quantityOf(row: CodeRow, children: CodeNode[]): number | null {
  if (children.length > 0) {
    let sum = 0;
    for (const c of children) {
      if (c.quantity === null) return null;
      sum += c.quantity;
    }
    return sum;
  }
  if (row.factor !== null) return row.factor;
  return row.level === 'item' ? 1 : null;
}

/** The codes enclosing `code`, innermost first. */
export function ancestorsOf(core: Core, parentCode: string | null): string[] {
  const out: string[] = [];
  const stmt = prepared(core.sqlite, 'SELECT parent_code FROM trace_codes WHERE code = ?');
  let next = parentCode;
  while (next !== null && out.length < MAX_DEPTH && !out.includes(next)) {
    out.push(next);
    next = (stmt.get(next) as { parent_code: string | null } | undefined)?.parent_code ?? null;
  }
  return out;
}

/** Every code nested inside `code` (boxes and items of a case), outer first. */
export function descendantsOf(node: CodeNode): string[] {
  const out: string[] = [];
  const walk = (n: CodeNode) => {
    for (const c of n.children) {
      out.push(c.code);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** The code with its product, unit, contents and quantity; null when the registry does not hold it. */
export function lookupCode(core: Core, code: string): CodeInfo | null {
  const row = codeRow(core, code);
  if (!row) return null;
  const node = toNode(core, row, 0);
  const product = prepared(core.sqlite, 'SELECT id, sku, name, base_unit, brand_id FROM products WHERE id = ?').get(
    row.product_id,
  ) as { id: string; sku: string; name: string; base_unit: string; brand_id: string | null };
  const unit = row.unit_id
    ? (prepared(core.sqlite, 'SELECT id, name, factor FROM product_units WHERE id = ?').get(row.unit_id) as {
        id: string;
        name: string;
        factor: number;
      })
    : null;
  return {
    ...node,
    parentCode: row.parent_code,
    ancestors: ancestorsOf(core, row.parent_code),
    distributorCode: row.distributor_code,
    product: { id: product.id, sku: product.sku, name: product.name, baseUnit: product.base_unit, brandId: product.brand_id },
    unit,
    createdAt: row.created_at,
  };
}

/** lookupCode, or a translated TRACE_CODE_UNKNOWN error. */
export function requireCode(core: Core, code: string): CodeInfo {
  const info = lookupCode(core, code);
  if (!info) throw new AppError('TRACE_CODE_UNKNOWN', { code });
  return info;
}
