// The one typed API client: IPC inside Electron (window.dms present), HTTP to /trpc on the same origin otherwise.
// Both transports carry the session token and the UI language, so errors come back already translated.
import { createTRPCClient, httpBatchLink, type TRPCLink } from '@trpc/client';
import { currentLang } from '../i18n/lang';
import { ipcLink, type AppRouter } from './contract';
import { getToken } from './session-store';

function apiUrl(): string {
  // Relative to the page, so a host behind a path prefix still works; file:// never reaches this branch.
  return new URL('trpc', new URL('./', window.location.href)).toString();
}

function link(): TRPCLink<AppRouter> {
  const bridge = window.dms;
  if (bridge) return ipcLink((req) => bridge.invoke(req), () => ({ token: getToken(), lang: currentLang() }));
  return httpBatchLink({
    url: apiUrl(),
    // Batched queries travel in the URL; past this length they are split so no proxy or Node refuses the request.
    maxURLLength: 4000,
    headers: () => {
      const token = getToken();
      return { 'x-dms-lang': currentLang(), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    },
  });
}

export const apiClient = createTRPCClient<AppRouter>({ links: [link()] });
