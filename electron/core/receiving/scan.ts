// One scan into a receiving session: a product barcode adds one unit of it (a case barcode a case's worth), a GS1
// code adds to the batch it names, a trace code adds the whole case/box with everything nested in it. The count is
// committed before the answer goes back, so nothing scanned is lost if the scanner or the app goes away.
import { resolveScan } from '../scan/resolve';
import type { ScanResolution } from '../scan/types';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import type { MessageCode } from '../shared/messages';
import { mutate } from '../shared/mutate';
import { checkInbound, descendantsOf, lookupCode } from '../trace';
import { assertSameDates, findBatch } from '../stock/batches';
import { stockProduct } from '../stock/products';
import { addCount, currentCount, pickBatch, scannedAmong } from './counts';
import { openSession } from './sessions';
import { lineAndTotals, type ReceivingLine, type ReceivingState } from './state';

export interface ScanWarning {
  code: MessageCode;
  params: Record<string, string | number>;
}

export interface ScannedGoods {
  kind: 'product' | 'trace';
  code: string;
  productId: string;
  name: string;
  batchNo: string;
  /** Base units the scan added. */
  qty: number;
  unitName: string | null;
  /** Trace flags that do not stop receiving but must be seen: a code registered to another distributor. */
  warnings: ScanWarning[];
}

export interface ScanResult {
  scanned: ScannedGoods;
  /** The line the scan went to, expected against scanned, after the scan: a screen showing the lines patches it in. */
  line: ReceivingLine;
  totals: ReceivingState['totals'];
}

/** Flags that refuse a trace code outright; `foreign` is accepted with a warning and logged as diversion on posting. */
const REFUSING = new Set(['unknown', 'duplicate_scan', 'nested_scan', 'already_received']);

function traceGoods(core: Core, sessionId: string, scan: Extract<ScanResolution, { kind: 'trace' }>): { goods: ScannedGoods; producedOn: string | null; expiresOn: string | null } {
  const info = lookupCode(core, scan.code);
  if (!info) throw new AppError('TRACE_CODE_UNKNOWN', { code: scan.code });
  const related = scannedAmong(core, sessionId, [scan.code, ...info.ancestors, ...descendantsOf(info)]);
  const checked = checkInbound(core, [scan.code], related).codes[0]!;
  const refusal = checked.flags.find((f) => REFUSING.has(f.kind));
  if (refusal) throw new AppError(refusal.code, refusal.params);
  if (info.quantity === null || info.quantity <= 0) throw new AppError('CODE_EMPTY', { code: scan.code });
  return {
    goods: {
      kind: 'trace',
      code: scan.code,
      productId: info.productId,
      name: info.product.name,
      batchNo: info.batch ?? scan.batch ?? '',
      qty: info.quantity,
      unitName: info.unit?.name ?? null,
      warnings: checked.flags.filter((f) => !REFUSING.has(f.kind)).map((f) => ({ code: f.code, params: f.params })),
    },
    producedOn: info.producedOn ?? scan.producedOn,
    expiresOn: info.expiresOn ?? scan.expiresOn,
  };
}

/** A label's dates must agree with the batch as registered and as already scanned in this session. */
function checkLabelDates(core: Core, sessionId: string, productId: string, batchNo: string, given: { producedOn: string | null; expiresOn: string | null }): void {
  if (batchNo === '' || (!given.producedOn && !given.expiresOn)) return;
  const product = stockProduct(core, productId);
  assertSameDates(product, batchNo, findBatch(core, productId, batchNo), given);
  assertSameDates(product, batchNo, currentCount(core, sessionId, productId, batchNo), given);
}

function productGoods(core: Core, sessionId: string, scan: Extract<ScanResolution, { kind: 'product' }>): ScannedGoods {
  if (scan.batch) checkLabelDates(core, sessionId, scan.product.id, scan.batch, scan);
  const count = scan.quantity !== null && scan.quantity > 0 ? scan.quantity : 1;
  return {
    kind: 'product',
    code: scan.code,
    productId: scan.product.id,
    name: scan.product.name,
    batchNo: scan.batch ?? pickBatch(core, sessionId, scan.product.id).batchNo,
    qty: scan.unit.factor * count,
    unitName: scan.unit.name,
    warnings: [],
  };
}

export function scanIntoSession(core: Core, actor: Actor, input: { sessionId: string; raw: string }): ScanResult {
  const scanned = mutate(
    core,
    actor,
    (g) => ({ action: 'receiving.scan', entity: 'stock_document', entityId: input.sessionId, data: { raw: input.raw, productId: g.productId, batchNo: g.batchNo, qty: g.qty } }),
    () => {
      openSession(core, input.sessionId);
      const scan = resolveScan(core, input.raw);
      if (scan.kind === 'document') throw new AppError('RECEIVING_NOT_GOODS', { code: scan.code });
      if (scan.kind === 'unknown') throw new AppError(scan.hint.code, scan.hint.params);
      if (scan.kind === 'trace') {
        const { goods, producedOn, expiresOn } = traceGoods(core, input.sessionId, scan);
        checkLabelDates(core, input.sessionId, goods.productId, goods.batchNo, { producedOn, expiresOn });
        addCount(core, actor, { sessionId: input.sessionId, productId: goods.productId, batchNo: goods.batchNo, producedOn, expiresOn, qty: goods.qty, source: 'scan', raw: input.raw, code: goods.code });
        return goods;
      }
      const goods = productGoods(core, input.sessionId, scan);
      addCount(core, actor, { sessionId: input.sessionId, productId: goods.productId, batchNo: goods.batchNo, producedOn: scan.producedOn, expiresOn: scan.expiresOn, qty: goods.qty, source: 'scan', raw: input.raw });
      return goods;
    },
  );
  return { scanned, ...lineAndTotals(core, input.sessionId, scanned.productId, scanned.batchNo) };
}
