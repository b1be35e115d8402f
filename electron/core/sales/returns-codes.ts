// Trace codes scanned on returned goods: checked when the return is written (each code known, of the line's
// product, with this customer, scanned once, holding no more than the line returns, one batch per line), recorded
// as 'returned' into the return's warehouse when it is posted ('written_off' after that for damaged goods, which
// leave stock on a damage adjustment), and shipped back to the customer when the return is reversed.
import { AppError } from '../shared/errors';
import type { Actor, Core } from '../shared/context';
import { codeState, recordCodeEvents, requireCode, ScanSet, type CodeInfo } from '../trace';

export interface LineCodes {
  productId: string;
  productName: string;
  qtyBase: number;
  codes: readonly string[];
}

/** The batch the codes of a line name (null when none do): where returned goods with codes go back to. */
export interface CodesBatch {
  batchNo: string;
  producedOn: string | null;
  expiresOn: string | null;
}

export function checkReturnCodes(core: Core, customerId: string, lines: readonly LineCodes[]): (CodesBatch | null)[] {
  const scans = new ScanSet();
  return lines.map((line) => {
    const infos: CodeInfo[] = line.codes.map((code) => {
      const info = requireCode(core, code);
      const [flag] = scans.add(code, info);
      if (flag) throw new AppError(flag.code, flag.params);
      if (info.productId !== line.productId) throw new AppError('SALES_RETURN_CODE_PRODUCT', { code, actual: info.product.name, product: line.productName });
      const state = codeState(core, code, info.ancestors);
      if (state.status !== 'at_customer' || state.customerId !== customerId) throw new AppError('SALES_RETURN_CODE_CUSTOMER', { code });
      return info;
    });
    const held = infos.reduce((s, i) => s + (i.quantity ?? 1), 0);
    if (held > line.qtyBase) throw new AppError('SALES_RETURN_CODE_QTY', { product: line.productName, codes: held, qty: line.qtyBase });
    const batches = [...new Set(infos.map((i) => i.batch ?? ''))];
    if (batches.length > 1) throw new AppError('SALES_RETURN_CODE_BATCHES', { product: line.productName, batches: batches.map((b) => b || '-').join('、') });
    const first = infos[0];
    return first ? { batchNo: first.batch ?? '', producedOn: first.producedOn, expiresOn: first.expiresOn } : null;
  });
}

export interface ReturnedCode {
  code: string;
  damaged: boolean;
}

/** Posting: every code back into the warehouse; damaged ones then written off with the damage adjustment. */
export function recordReturnedCodes(
  core: Core,
  actor: Actor | null,
  codes: readonly ReturnedCode[],
  ctx: { warehouseId: string; inDocId: string; damageDocId: string | null; number: string },
): void {
  if (codes.length === 0) return;
  recordCodeEvents(
    core,
    actor,
    codes.map((c) => ({ code: c.code, kind: 'returned' as const, warehouseId: ctx.warehouseId, docType: 'sale_return', docId: ctx.inDocId, note: ctx.number })),
  );
  const damaged = codes.filter((c) => c.damaged);
  if (damaged.length > 0 && ctx.damageDocId) {
    recordCodeEvents(
      core,
      actor,
      damaged.map((c) => ({ code: c.code, kind: 'written_off' as const, warehouseId: ctx.warehouseId, docType: 'adjustment', docId: ctx.damageDocId, note: ctx.number })),
    );
  }
}

/**
 * Reversal: codes still in stock go back to the customer. Damaged codes were written off with the goods and stay
 * written off (the trace ledger has no way back from a write-off; the stock and money are reversed all the same).
 */
export function shipBackCodes(core: Core, actor: Actor | null, codes: readonly ReturnedCode[], ctx: { customerId: string; reversalDocId: string; number: string }): void {
  const back = codes.filter((c) => !c.damaged);
  if (back.length === 0) return;
  recordCodeEvents(
    core,
    actor,
    back.map((c) => ({ code: c.code, kind: 'shipped' as const, customerId: ctx.customerId, docType: 'reversal', docId: ctx.reversalDocId, note: ctx.number })),
  );
}
