// The one router: every procedure of the app, served over Electron IPC and over HTTP alike.
import { authRouter } from './routers/auth';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
