// Test clients for the real router. `clientFor` goes through the IPC transport and the real tRPC client, so a test
// sees exactly what the renderer sees: translated messages, data.appCode, HTTP-style codes.
import { createTRPCClient } from '@trpc/client';
import type { App } from '../../electron/api/app';
import { ipcLink } from '../../electron/api/contract/ipc-link';
import type { AppRouter } from '../../electron/api/router';
import { createServices, type Services } from '../../electron/api/services';
import { handleIpcRequest } from '../../electron/api/transports/ipc';
import { chromiumPdfRenderer } from '../../electron/host/pdf-chromium';
import { createCallerFactory, type Context } from '../../electron/api/trpc';
import { appRouter } from '../../electron/api/router';
import { startSession } from '../../electron/core/auth/sessions';
import type { Role } from '../../electron/core/shared/context';
import type { Lang } from '../../electron/core/shared/messages';
import { makeActor, type TestDb } from './core';

export type Client = ReturnType<typeof createTRPCClient<AppRouter>>;

export function contextFor(t: TestDb, token: string | null, lang: Lang = 'zh-CN', services?: Services): Context {
  return { core: t.core, services: services ?? createServices('test'), lang, token, client: 'test' };
}

/** Services whose PDF renderer is Debian's Chromium (started on first use): close with `services.pdf.close?.()`. */
export function servicesWithPdf(): Services {
  return createServices('test', { pdf: chromiumPdfRenderer() });
}

/** The server-side caller: raw TRPCErrors (code, cause) without the client's formatting. */
export function callerFor(t: TestDb, token: string | null, lang: Lang = 'zh-CN') {
  return createCallerFactory(appRouter)(contextFor(t, token, lang));
}

/** A typed client over the IPC transport, as the renderer uses it. Errors are TRPCClientError with translated messages. */
export function clientFor(t: TestDb, token: string | null, lang: Lang = 'zh-CN', services?: Services): Client {
  const app: App = { core: t.core, services: services ?? createServices('test'), dataDir: t.dir, close: () => undefined };
  return createTRPCClient<AppRouter>({ links: [ipcLink((req) => handleIpcRequest(app, req), () => ({ token, lang }))] });
}

/** A session for a new user of the role without the cost of a password sign-in: for walking many procedures. */
export async function quickSession(t: TestDb, role: Role): Promise<string> {
  const actor = await makeActor(t.core, role);
  return startSession(t.core, actor.userId);
}

/** A client signed in as a new user of the role. */
export async function signedIn(t: TestDb, role: Role, lang: Lang = 'zh-CN'): Promise<{ client: Client; token: string }> {
  const token = await quickSession(t, role);
  return { client: clientFor(t, token, lang), token };
}
