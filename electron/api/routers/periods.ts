// periods.*: month-end close (结账). Only the owner closes or reopens; the accountant sees which months are closed.
import { closePeriod, listPeriods, reopenPeriod } from '../../core/finance/periods';
import { periodInput, periodReopenInput } from '../contract/finance';
import { procedure, router } from '../trpc';

export const periodsRouter = router({
  list: procedure('owner', 'accountant').query(({ ctx }) => listPeriods(ctx.core)),
  close: procedure('owner').input(periodInput).mutation(({ ctx, input }) => closePeriod(ctx.core, ctx.actor, input.month)),
  reopen: procedure('owner').input(periodReopenInput).mutation(({ ctx, input }) => reopenPeriod(ctx.core, ctx.actor, input.month, input.reason)),
});
