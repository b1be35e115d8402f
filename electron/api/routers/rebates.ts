// rebates.*: the owner's rebate desk — policies (versions, import), accruals (recompute, close, confirm), accounts
// (balances, entries, adjustments, expiry), 返利抵扣 on purchase orders, store payouts, the next-tier forecast and
// statements (PDF, .xlsx, batch). The accountant reads everything.
import { closePeriod, listAccruals, markTask, recomputeAccruals } from '../../core/rebates/accruals';
import { accountEntries, adjustAccount, confirmCredit, listAccounts } from '../../core/rebates/accounts';
import { cancelPurchaseOrderWithDeductions, capOf, deductOnPurchaseOrder, deductionRoom, deductionsOf, setDeductionCap, sweepCancelledOrders } from '../../core/rebates/deductions';
import { forecast, forecastForPurchaseOrder } from '../../core/rebates/forecast';
import { importPolicies } from '../../core/rebates/import';
import { postExpiries } from '../../core/rebates/ledger';
import { recordPoPayment } from '../../core/rebates/payments';
import { addVersion, createPolicy, listPolicies, policyView } from '../../core/rebates/policies';
import { rebateStatement, statementAccounts, type RebateStatement } from '../../core/rebates/statement';
import { rebateStatementFileName, rebateStatementsHtml, rebateStatementsXlsx } from '../../core/rebates/statement-render';
import { goodsOwed, payStoreRebate } from '../../core/rebates/store';
import { fromBase64 } from '../../core/imports/files';
import { pdfDownload, xlsxDownload } from '../files';
import { importFileInput } from '../contract/imports';
import {
  rebateAccountsInput,
  rebateAccrualListInput,
  rebateAddVersionInput,
  rebateAdjustInput,
  rebateBrandInput,
  rebateCapInput,
  rebateCloseInput,
  rebateCreditInput,
  rebateDeductInput,
  rebateEntriesInput,
  rebateExpireInput,
  rebateForecastInput,
  rebateGoodsOwedInput,
  rebateIdInput,
  rebatePayoutInput,
  rebatePoPaymentInput,
  rebatePolicyCreateInput,
  rebatePolicyListInput,
  rebateRecomputeInput,
  rebateRoomInput,
  rebateStatementBatchInput,
  rebateStatementInput,
  rebateTaskMarkInput,
} from '../contract/rebates';
import type { Core } from '../../core/shared/context';
import { procedure, router } from '../trpc';

const owner = procedure('owner');
const readers = procedure('owner', 'accountant');

function batch(core: Core, input: { accountKind: 'brand' | 'store'; accountIds?: string[]; periodKey?: string; from?: string; to?: string }): RebateStatement[] {
  return (input.accountIds ?? statementAccounts(core, input.accountKind)).map((accountId) => rebateStatement(core, { ...input, accountId }));
}

export const rebatesRouter = router({
  policies: readers.input(rebatePolicyListInput).query(({ ctx, input }) => listPolicies(ctx.core, input ?? {})),
  policy: readers.input(rebateIdInput).query(({ ctx, input }) => policyView(ctx.core, input.id)),
  createPolicy: owner.input(rebatePolicyCreateInput).mutation(({ ctx, input }) => createPolicy(ctx.core, ctx.actor, input)),
  addVersion: owner.input(rebateAddVersionInput).mutation(({ ctx, input }) => addVersion(ctx.core, ctx.actor, input)),
  importPolicies: owner
    .input(importFileInput)
    .mutation(({ ctx, input }) => importPolicies(ctx.core, ctx.actor, { fileName: input.fileName, bytes: fromBase64(input.contentBase64) })),

  accruals: readers.input(rebateAccrualListInput).query(({ ctx, input }) => listAccruals(ctx.core, input)),
  recompute: owner.input(rebateRecomputeInput).mutation(({ ctx, input }) => recomputeAccruals(ctx.core, ctx.actor, input)),
  closePeriod: owner.input(rebateCloseInput).mutation(({ ctx, input }) => closePeriod(ctx.core, ctx.actor, input)),
  markTask: owner.input(rebateTaskMarkInput).mutation(({ ctx, input }) => markTask(ctx.core, ctx.actor, input)),
  recordPoPayment: owner.input(rebatePoPaymentInput).mutation(({ ctx, input }) => recordPoPayment(ctx.core, ctx.actor, input)),

  accounts: readers.input(rebateAccountsInput).query(({ ctx, input }) => listAccounts(ctx.core, input)),
  entries: readers.input(rebateEntriesInput).query(({ ctx, input }) => accountEntries(ctx.core, input)),
  confirmCredit: owner.input(rebateCreditInput).mutation(({ ctx, input }) => confirmCredit(ctx.core, ctx.actor, input)),
  adjust: owner.input(rebateAdjustInput).mutation(({ ctx, input }) => adjustAccount(ctx.core, ctx.actor, input)),
  expire: owner.input(rebateExpireInput).mutation(({ ctx, input }) => postExpiries(ctx.core, ctx.actor, input)),

  cap: readers.input(rebateBrandInput).query(({ ctx, input }) => capOf(ctx.core, input.brandId)),
  setCap: owner.input(rebateCapInput).mutation(({ ctx, input }) => setDeductionCap(ctx.core, ctx.actor, input)),
  deductionRoom: readers.input(rebateRoomInput).query(({ ctx, input }) => deductionRoom(ctx.core, input.poId, input.date)),
  deductions: readers.input(rebateRoomInput).query(({ ctx, input }) => deductionsOf(ctx.core, input.poId)),
  deduct: owner.input(rebateDeductInput).mutation(({ ctx, input }) => {
    sweepCancelledOrders(ctx.core, ctx.actor);
    return deductOnPurchaseOrder(ctx.core, ctx.actor, input);
  }),
  /** The PO screen's cancel when rebates were deducted: cancels the order and gives them back in one transaction. */
  cancelPurchaseOrder: owner.input(rebateIdInput).mutation(({ ctx, input }) => cancelPurchaseOrderWithDeductions(ctx.core, ctx.actor, input)),

  payStore: owner.input(rebatePayoutInput).mutation(({ ctx, input }) => payStoreRebate(ctx.core, ctx.actor, input)),
  goodsOwed: readers.input(rebateGoodsOwedInput).query(({ ctx, input }) => goodsOwed(ctx.core, input.customerId, input.productId)),

  forecast: readers.input(rebateForecastInput).query(({ ctx, input }) => forecast(ctx.core, input ?? {})),
  orderForecast: readers.input(rebateRoomInput).query(({ ctx, input }) => forecastForPurchaseOrder(ctx.core, { poId: input.poId, date: input.date })),

  statement: readers.input(rebateStatementInput).query(({ ctx, input }) => rebateStatement(ctx.core, input)),
  statementPdf: readers.input(rebateStatementInput).mutation(async ({ ctx, input }) => {
    const s = rebateStatement(ctx.core, input);
    return pdfDownload(ctx.services.pdf, rebateStatementsHtml([s]), rebateStatementFileName(s, 'pdf'));
  }),
  statementXlsx: readers.input(rebateStatementInput).mutation(async ({ ctx, input }) => {
    const s = rebateStatement(ctx.core, input);
    return xlsxDownload(rebateStatementFileName(s, 'xlsx'), await rebateStatementsXlsx([s]));
  }),
  /** Every account (or the ones named) for one period: one PDF to print, or one workbook with a sheet each. */
  statementBatchPdf: readers.input(rebateStatementBatchInput).mutation(async ({ ctx, input }) => {
    const all = batch(ctx.core, input);
    const first = all[0];
    return pdfDownload(ctx.services.pdf, rebateStatementsHtml(all), `返利对账单_${all.length}份_${first?.from ?? ''}_${first?.to ?? ''}.pdf`);
  }),
  statementBatchXlsx: readers.input(rebateStatementBatchInput).mutation(async ({ ctx, input }) => {
    const all = batch(ctx.core, input);
    const first = all[0];
    return xlsxDownload(`返利对账单_${all.length}份_${first?.from ?? ''}_${first?.to ?? ''}.xlsx`, await rebateStatementsXlsx(all));
  }),
});
