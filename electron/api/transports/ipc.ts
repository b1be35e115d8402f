// The IPC transport: one request/response message per call. Electron's main process hands each ipcMain.handle
// payload to handleIpcRequest; the renderer's ipcLink builds the payload. Errors come back as the same shape the
// HTTP transport sends, so the client treats both alike.
import { callProcedure, getErrorShape, getTRPCErrorFromUnknown } from '@trpc/server/unstable-core-do-not-import';
import type { App } from '../app';
import type { IpcRequest, IpcResponse } from '../contract/ipc-link';
import { appRouter } from '../router';
import type { Context } from '../trpc';
import { langFrom } from './lang';

export type { IpcRequest, IpcResponse } from '../contract/ipc-link';

export async function handleIpcRequest(app: App, req: IpcRequest): Promise<IpcResponse> {
  const ctx: Context = { core: app.core, services: app.services, lang: langFrom(req.lang), token: req.token, client: 'ipc' };
  try {
    const data: unknown = await callProcedure({
      router: appRouter,
      ctx,
      path: req.path,
      type: req.type,
      getRawInput: () => Promise.resolve(req.input),
      signal: undefined,
      batchIndex: 0,
    });
    return { ok: true, data };
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    const shape = getErrorShape({ config: appRouter._def._config, error, type: req.type, path: req.path, input: req.input, ctx });
    return { ok: false, error: shape };
  }
}
