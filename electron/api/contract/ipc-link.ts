// A tRPC client link that sends each operation as one message through an invoke function: in Electron that is the
// preload bridge (window.dms.invoke); in tests it is handleIpcRequest called in-process. The answer has the same
// error shape as the HTTP transport, so callers see one kind of TRPCClientError either way.
import { TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '../router';

export interface IpcRequest {
  type: 'query' | 'mutation';
  path: string;
  input: unknown;
  token: string | null;
  lang: string;
}
export type IpcResponse = { ok: true; data: unknown } | { ok: false; error: unknown };
export type Invoke = (req: IpcRequest) => Promise<IpcResponse>;

export function ipcLink(invoke: Invoke, session: () => { token: string | null; lang: string }): TRPCLink<AppRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        if (op.type === 'subscription') {
          observer.error(TRPCClientError.from(new Error('subscriptions are not served over this link')));
          return;
        }
        const { token, lang } = session();
        invoke({ type: op.type, path: op.path, input: op.input, token, lang })
          .then((res) => {
            if (res.ok) {
              observer.next({ result: { type: 'data', data: res.data } });
              observer.complete();
            } else {
              observer.error(TRPCClientError.from({ error: res.error } as never));
            }
          })
          .catch((cause: unknown) => observer.error(TRPCClientError.from(cause instanceof Error ? cause : new Error(String(cause)))));
      });
}
