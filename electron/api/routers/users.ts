// users.*: the owner manages staff accounts.
import { createUser, listUsers, resetPassword, setUserActive } from '../../core/auth/users';
import { createUserInput, resetPasswordInput, setUserActiveInput } from '../contract/users';
import { procedure, router } from '../trpc';

const owner = procedure('owner');

export const usersRouter = router({
  list: owner.query(({ ctx }) => listUsers(ctx.core)),
  create: owner.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx.core, ctx.actor, input)),
  setActive: owner.input(setUserActiveInput).mutation(({ ctx, input }) => {
    setUserActive(ctx.core, ctx.actor, input);
    return { ok: true as const };
  }),
  resetPassword: owner.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    await resetPassword(ctx.core, ctx.actor, input);
    return { ok: true as const };
  }),
});
