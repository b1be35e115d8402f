// The stock ledger. postMoves is the only writer of stock_moves, stock_balances and stock_costs, and always writes
// all three together inside the caller's transaction: a balance is the sum of its moves, a cost pool the sum of
// its product's moves, and no balance goes below zero.
import type { Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { newId } from '../shared/ids';
import { assertFen, mulDiv } from '../shared/money';
import { getBatch } from './batches';
import type { StockDoc } from './documents';
import { ledgerStatements, type PoolRow } from './ledger-sql';
import { stockProduct } from './products';
import { warehouseName } from './warehouses';

export interface MoveSpec {
  lineNo: number;
  warehouseId: string;
  productId: string;
  batchId: string;
  /** Goods on their way to warehouseId (a shipped transfer), not yet on its shelves. */
  inTransit?: boolean;
  /** Signed base units: positive in, negative out. */
  qty: number;
  /**
   * Signed cost in fen. Omitted: an outbound move leaves at the moving-average cost, an inbound one (a gain) comes
   * in at it too, or at the last receipt's unit cost when the product has no stock.
   */
  value?: number;
}

export interface PostedMove {
  id: string;
  lineNo: number;
  warehouseId: string;
  productId: string;
  batchId: string;
  inTransit: boolean;
  qty: number;
  value: number;
}

export interface PostOptions {
  /** Refusals say "cannot reverse" rather than "not enough stock". */
  reversal?: boolean;
}

/** Cost of taking qty out of a pool: its share of the pool's value, so the last unit out takes what is left. */
export const outboundValue = (pool: PoolRow, qty: number): number => (pool.qty === 0 ? 0 : mulDiv(pool.value, qty, pool.qty));

/** Cost of a gain of qty with no price of its own. */
export function gainValue(pool: PoolRow, qty: number): number {
  if (pool.qty > 0) return mulDiv(pool.value, qty, pool.qty);
  if (pool.lastInQty > 0) return mulDiv(pool.lastInValue, qty, pool.lastInQty);
  return 0;
}

export function postMoves(core: Core, doc: Pick<StockDoc, 'id' | 'type' | 'number' | 'businessDate'>, specs: readonly MoveSpec[], opts: PostOptions = {}): PostedMove[] {
  const st = ledgerStatements(core.sqlite);
  const pools = new Map<string, PoolRow>();
  const poolOf = (productId: string): PoolRow => {
    let p = pools.get(productId);
    if (!p) pools.set(productId, (p = { ...(st.pool.get(productId) ?? { qty: 0, value: 0, lastInQty: 0, lastInValue: 0 }) }));
    return p;
  };

  const moves: PostedMove[] = [];
  for (const spec of specs) {
    if (!Number.isSafeInteger(spec.qty) || spec.qty === 0) throw new AppError('STOCK_QTY_INVALID', { product: stockProduct(core, spec.productId).name, qty: spec.qty });
    const inTransit = spec.inTransit ? 1 : 0;
    if (spec.qty < 0) {
      const have = st.balance.get(spec.warehouseId, spec.productId, spec.batchId, inTransit)?.qty ?? 0;
      if (have + spec.qty < 0) throw shortage(core, spec, have, opts);
    }
    const pool = poolOf(spec.productId);
    const value = spec.value ?? (spec.qty < 0 ? -outboundValue(pool, -spec.qty) : gainValue(pool, spec.qty));
    assertFen(value);
    if (st.updateBalance.run(spec.qty, spec.warehouseId, spec.productId, spec.batchId, inTransit).changes === 0) {
      st.insertBalance.run(spec.warehouseId, spec.productId, spec.batchId, inTransit, spec.qty);
    }
    pool.qty += spec.qty;
    pool.value += value;
    if (doc.type === 'receipt' && spec.qty > 0) {
      pool.lastInQty = spec.qty;
      pool.lastInValue = value;
    }
    moves.push({ id: newId(), lineNo: spec.lineNo, warehouseId: spec.warehouseId, productId: spec.productId, batchId: spec.batchId, inTransit: inTransit === 1, qty: spec.qty, value });
  }

  settlePools(moves, pools);
  const now = core.now().toISOString();
  for (const m of moves) {
    st.insertMove.run(m.id, doc.id, doc.type, doc.number, m.lineNo, m.warehouseId, m.productId, m.batchId, m.inTransit ? 1 : 0, m.qty, m.value, doc.businessDate, now);
  }
  for (const [productId, p] of pools) st.savePool.run(productId, p.qty, p.value, p.lastInQty, p.lastInValue, now);
  return moves;
}

/**
 * Keeps each pool whole: empty stock holds no value, and value never goes below zero. Rounding in shares, or a
 * reversal of a receipt after the average moved, can leave a few fen over; the product's last outbound move of
 * this document takes them, so the moves still sum to the pool exactly.
 */
function settlePools(moves: PostedMove[], pools: Map<string, PoolRow>): void {
  for (const [productId, pool] of pools) {
    const off = pool.qty === 0 ? pool.value : Math.min(pool.value, 0);
    if (off === 0) continue;
    const own = moves.filter((m) => m.productId === productId);
    const target = own.filter((m) => m.qty < 0).at(-1) ?? own.at(-1);
    if (!target) continue;
    target.value -= off;
    pool.value -= off;
  }
}

function shortage(core: Core, spec: MoveSpec, have: number, opts: PostOptions): AppError {
  const product = stockProduct(core, spec.productId).name;
  const warehouse = warehouseName(core, spec.warehouseId);
  if (opts.reversal) {
    const batch = getBatch(core, spec.batchId).batchNo || '-';
    return new AppError('STOCK_REVERSAL_NEGATIVE', { warehouse, product, batch, available: have, needed: -spec.qty });
  }
  return new AppError('STOCK_INSUFFICIENT', { warehouse, product, available: have, needed: -spec.qty });
}
