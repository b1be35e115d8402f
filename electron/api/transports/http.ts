// The HTTP transport: the same router over tRPC's node adapter, for browsers on the LAN and for e2e tests.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import type { App } from '../app';
import { appRouter } from '../router';
import type { Context } from '../trpc';
import { langFrom } from './lang';

export const API_BASE = '/trpc/';

function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return h?.startsWith('Bearer ') ? h.slice(7).trim() || null : null;
}

export function createApiHandler(app: App): (req: IncomingMessage, res: ServerResponse) => void {
  return createHTTPHandler({
    router: appRouter,
    basePath: API_BASE,
    createContext: ({ req }): Context => ({
      core: app.core,
      services: app.services,
      lang: langFrom(req.headers['x-dms-lang'] ?? req.headers['accept-language']),
      token: bearer(req),
      client: req.socket.remoteAddress ?? 'unknown',
    }),
  });
}
