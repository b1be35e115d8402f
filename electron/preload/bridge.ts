// The object window.dms is made of, built over a minimal ipcRenderer-like port so it can be tested under Node.
// Listeners get the payload only, never Electron's event object (that would hand the page the raw IPC handle),
// and only allow-listed channels can be subscribed to.
import { DMS_CHANNELS, type DmsBridge, type DmsChannel, type DmsEvents, type IpcResponse } from '../api/contract/bridge';
import { INVOKE_CHANNEL, eventChannel } from '../main/ipc/channels';

/** The part of Electron's ipcRenderer the bridge uses. */
export interface IpcPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcPort): DmsBridge {
  return {
    invoke: (req) =>
      // Only the fields of the request cross, whatever else the caller's object carries.
      ipc.invoke(INVOKE_CHANNEL, {
        type: req.type,
        path: req.path,
        input: req.input,
        token: req.token,
        lang: req.lang,
      }) as Promise<IpcResponse>,
    subscribe: <C extends DmsChannel>(channel: C, listener: (payload: DmsEvents[C]) => void) => {
      if (!DMS_CHANNELS.includes(channel)) throw new Error(`dms.subscribe: unknown channel "${String(channel)}"`);
      if (typeof listener !== 'function') throw new Error('dms.subscribe: listener must be a function');
      const name = eventChannel(channel);
      const handler = (_event: unknown, payload: unknown) => listener(payload as DmsEvents[C]);
      ipc.on(name, handler);
      return () => {
        ipc.removeListener(name, handler);
      };
    },
  };
}
