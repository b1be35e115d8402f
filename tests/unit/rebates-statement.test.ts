// Rebate statements tie to the ledger to the fen: closing = opening + credits + adjustments − uses − expiries, with
// opening and closing equal to the ledger's sums (fast-check over random credits, deductions, cancellations,
// adjustments and expiries). The A4 PDF (Chromium, CJK font) and the .xlsx carry the same figures.
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { recomputeAccruals } from '../../electron/core/rebates/accruals';
import { adjustAccount, confirmCredit } from '../../electron/core/rebates/accounts';
import { cancelPurchaseOrderWithDeductions, deductOnPurchaseOrder, deductionRoom } from '../../electron/core/rebates/deductions';
import { postExpiries } from '../../electron/core/rebates/ledger';
import { ledgerBalanceAt, rebateStatement } from '../../electron/core/rebates/statement';
import { rebateStatementsHtml, rebateStatementsPdf, rebateStatementsXlsx } from '../../electron/core/rebates/statement-render';
import { createPurchaseOrder } from '../../electron/core/receiving/purchase-orders';
import { chromiumPdfRenderer } from '../../electron/host/pdf-chromium';
import { at, brandPolicy, buy, noon } from './rebates-fixtures';
import { stockWorld, type StockWorld } from './stock-fixtures';

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10);

type Op =
  | { t: 'credit'; d: number; amount: number; expires: number | null }
  | { t: 'deduct'; d: number; amount: number }
  | { t: 'cancel'; d: number }
  | { t: 'adjust'; d: number; amount: number }
  | { t: 'expire'; d: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('credit' as const), d: fc.integer({ min: 0, max: 100 }), amount: fc.integer({ min: 1, max: 500_000 }), expires: fc.option(fc.integer({ min: 0, max: 60 })) }),
  fc.record({ t: fc.constant('deduct' as const), d: fc.integer({ min: 0, max: 100 }), amount: fc.integer({ min: 1, max: 300_000 }) }),
  fc.record({ t: fc.constant('cancel' as const), d: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ t: fc.constant('adjust' as const), d: fc.integer({ min: 0, max: 100 }), amount: fc.integer({ min: -50_000, max: 50_000 }).filter((n) => n !== 0) }),
  fc.record({ t: fc.constant('expire' as const), d: fc.integer({ min: 0, max: 100 }) }),
);

/** Runs the ops in date order; refused ones (over the cap or balance) are part of the game and change nothing. */
function play(w: StockWorld, ops: readonly Op[]): void {
  const core = w.t.core;
  const open: string[] = [];
  for (const o of [...ops].sort((a, b) => a.d - b.d)) {
    const date = day(o.d);
    at(w, noon(date));
    try {
      if (o.t === 'credit') confirmCredit(core, w.owner, { brandId: w.brandId, amount: o.amount, businessDate: date, expiresOn: o.expires === null ? null : day(o.d + o.expires) });
      else if (o.t === 'deduct') {
        const po = createPurchaseOrder(core, w.owner, { brandId: w.brandId, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 100, price: 5000 }] });
        const room = deductionRoom(core, po.id, date).room;
        if (room > 0) deductOnPurchaseOrder(core, w.owner, { poId: po.id, amount: Math.min(o.amount, room), businessDate: date });
        open.push(po.id);
      } else if (o.t === 'cancel' && open.length > 0) cancelPurchaseOrderWithDeductions(core, w.owner, { id: open.shift()! });
      else if (o.t === 'adjust') adjustAccount(core, w.owner, { accountKind: 'brand', accountId: w.brandId, amount: o.amount, businessDate: date, note: '对账调整' });
      else if (o.t === 'expire') postExpiries(core, w.owner, { asOf: date });
    } catch (e) {
      if (!(e instanceof Error && e.name === 'AppError')) throw e;
    }
  }
}

describe('statement ties to the ledger', () => {
  it('closing = opening + credits + adjustments − uses − expiries, and both ends equal the ledger sums', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 60 }), async (ops, start, len) => {
        const w = await stockWorld();
        try {
          play(w, ops);
          const from = day(start);
          const to = day(start + len);
          const s = rebateStatement(w.t.core, { accountKind: 'brand', accountId: w.brandId, from, to });
          expect(s.closing).toBe(s.opening + s.credits + s.adjustments - s.uses - s.expiries);
          expect(s.opening).toBe(ledgerBalanceAt(w.t.core, 'brand', w.brandId, day(start - 1)));
          expect(s.closing).toBe(ledgerBalanceAt(w.t.core, 'brand', w.brandId, to));
          expect(s.opening + s.entries.reduce((a, e) => a + e.amount, 0)).toBe(s.closing);
          const balances = w.t.sqlite.prepare('SELECT amount FROM rebate_ledger').all() as { amount: number }[];
          // Nothing ever draws the account below zero.
          expect(balances.reduce((a, r) => a + r.amount, 0)).toBeGreaterThanOrEqual(0);
        } finally {
          w.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('statement documents', () => {
  const renderer = chromiumPdfRenderer();
  afterAll(() => renderer.close?.());

  it('A4 PDF and .xlsx with the accruals per policy, the entries with PO numbers, and the closing balance', async () => {
    const w = await stockWorld();
    try {
      const p = brandPolicy(w, { kind: 'tiered', periodKind: 'quarter', tiers: [{ from: 1_000_000, value: 100 }, { from: 2_000_000, value: 200 }] }, { name: '2026 一季度进货阶梯返利' }).policy;
      buy(w, noon('2026-02-10'), [{ product: w.cola, cases: 400, price: 5000 }]);
      recomputeAccruals(w.t.core, w.owner, { periodKey: '2026-Q1' });
      at(w, noon('2026-03-20'));
      confirmCredit(w.t.core, w.owner, { brandId: w.brandId, amount: 38_800, businessDate: '2026-03-20', expiresOn: '2026-06-30', policyId: p.id, periodKey: '2026-Q1', refNo: 'KO-CN-2026-031' });
      const po = createPurchaseOrder(w.t.core, w.owner, { brandId: w.brandId, warehouseId: w.main, lines: [{ productId: w.cola.id, unitId: w.cola.units.case, qty: 100, price: 5000 }] });
      deductOnPurchaseOrder(w.t.core, w.owner, { poId: po.id, amount: 12_345, businessDate: '2026-03-25' });
      const s = rebateStatement(w.t.core, { accountKind: 'brand', accountId: w.brandId, periodKey: '2026-Q1' });
      expect(s).toMatchObject({ opening: 0, accrued: 40_000, credits: 38_800, uses: 12_345, expiries: 0, closing: 26_455 });
      expect(s.accruals[0]).toMatchObject({ tierNo: 2, rateValue: 200, confirmed: 38_800, difference: -1_200 });

      const html = rebateStatementsHtml([s]);
      expect(html).toContain(po.number);
      const pdf = await rebateStatementsPdf(renderer, [s]);
      const file = join(w.t.dir, 'statement.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
      for (const want of ['返利对账单', '可口可乐', '2026 一季度进货阶梯返利', '第 2 档', '2.00%', '400.00', '388.00', '-12.00', '123.45', po.number, 'KO-CN-2026-031', '264.55', '贰佰陆拾肆元伍角伍分']) expect(text).toContain(want);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(process.env.DMS_SHOT_DIR ?? w.t.dir, 'rebate-statement')]);

      const wb = new ExcelJS.Workbook();
      const xlsx = await rebateStatementsXlsx([s, rebateStatement(w.t.core, { accountKind: 'brand', accountId: w.brandId, periodKey: '2026-03' })]);
      await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
      expect(wb.worksheets).toHaveLength(2);
      const ws = wb.worksheets[0]!;
      expect(ws.getRow(4).getCell(6).value).toBe(264.55);
      const cells = ws.getSheetValues().flat().map(String);
      expect(cells).toContain(po.number);
    } finally {
      w.close();
    }
  }, 60_000);
});
