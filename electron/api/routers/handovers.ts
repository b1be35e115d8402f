// handovers.*: the driver's evening cash handover (交款). Drivers see their expected cash and log expenses; the
// accountant counts, submits and approves.
import { approveExpense, approveHandover, expectedCash, recordExpense, submitHandover } from '../../core/finance/handover';
import { handoverSlip, slipHtml, slipReceiptline } from '../../core/finance/handover-slip';
import { listHandovers } from '../../core/finance/queries';
import { expectedCashInput, expenseCreateInput, handoverApproveInput, handoverListInput, handoverSubmitInput, itemIdInput } from '../contract/finance';
import { procedure, router } from '../trpc';

const money = procedure('owner', 'accountant');
const withDrivers = procedure('owner', 'accountant', 'driver');

export const handoversRouter = router({
  expected: withDrivers.input(expectedCashInput).query(({ ctx, input }) => expectedCash(ctx.core, input.driverId, input.businessDate)),
  list: money.input(handoverListInput).query(({ ctx, input }) => listHandovers(ctx.core, input)),
  submit: money.input(handoverSubmitInput).mutation(({ ctx, input }) => submitHandover(ctx.core, ctx.actor, input)),
  approve: money.input(handoverApproveInput).mutation(({ ctx, input }) => {
    approveHandover(ctx.core, ctx.actor, input);
    return { ok: true as const };
  }),
  slip: money.input(itemIdInput).query(({ ctx, input }) => {
    const slip = handoverSlip(ctx.core, input.id);
    return { ...slip, receiptline: slipReceiptline(slip), html: slipHtml(slip) };
  }),
  addExpense: withDrivers.input(expenseCreateInput).mutation(({ ctx, input }) => ({ id: recordExpense(ctx.core, ctx.actor, input) })),
  approveExpense: money.input(itemIdInput).mutation(({ ctx, input }) => {
    approveExpense(ctx.core, ctx.actor, input.id);
    return { ok: true as const };
  }),
});
