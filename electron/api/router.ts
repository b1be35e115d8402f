// The one router: every procedure of the app, served over Electron IPC and over HTTP alike.
import { authRouter } from './routers/auth';
import { scanRouter } from './routers/scan';
import { usersRouter } from './routers/users';
import { router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  scan: scanRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
