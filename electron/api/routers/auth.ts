// auth.*: first-owner setup, sign-in and sign-out, and who am I.
import { z } from 'zod';
import { login, logout, needsSetup, setupOwner } from '../../core/auth/sessions';
import { loginInput, setupOwnerInput } from '../contract/auth';
import { ALL_ROLES, procedure, publicProcedure, router } from '../trpc';

export const authRouter = router({
  status: publicProcedure.query(({ ctx }) => ({ needsSetup: needsSetup(ctx.core), version: ctx.services.version })),
  setupOwner: publicProcedure.input(setupOwnerInput).mutation(({ ctx, input }) => setupOwner(ctx.core, input)),
  login: publicProcedure
    .input(loginInput)
    .mutation(({ ctx, input }) => login(ctx.core, ctx.services.throttle, { ...input, client: ctx.client })),
  me: procedure(...ALL_ROLES).query(({ ctx }) => ctx.actor),
  logout: procedure(...ALL_ROLES)
    .input(z.void())
    .mutation(({ ctx }) => {
      logout(ctx.core, ctx.actor, ctx.token ?? '');
      return { ok: true as const };
    }),
});
