// Needs the Electron binary (not run in tests here). Binds the API to IPC: reads who sent each message off
// Electron's event and hands it to handleInvoke (invoke.ts), which refuses anything but our own window.
import { ipcMain, type BrowserWindow } from 'electron';
import type { DmsChannel, DmsEvents } from '../../api/contract/bridge';
import { handleInvoke, type InvokeDeps } from './invoke';
import { INVOKE_CHANNEL, eventChannel } from './channels';

export interface IpcDeps extends InvokeDeps {
  mainWindow: () => BrowserWindow | null;
}

export function registerIpc(deps: IpcDeps): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, raw: unknown) => {
    const win = deps.mainWindow();
    const frame = event.senderFrame;
    const sender = {
      fromMainWindow: win !== null && !win.isDestroyed() && event.sender === win.webContents,
      frameIsTop: frame !== null && frame.parent === null,
      frameUrl: frame?.url ?? null,
    };
    try {
      return await handleInvoke(deps, sender, raw);
    } catch (error) {
      if (error instanceof Error && error.name === 'IpcRefused') console.warn(`[dms] ${error.message} from ${sender.frameUrl ?? 'a closed frame'}`);
      throw error;
    }
  });
}

/** Pushes one event to the UI on an allow-listed channel (see DmsEvents in the bridge contract). */
export function pushEvent<C extends DmsChannel>(win: BrowserWindow | null, channel: C, payload: DmsEvents[C]): void {
  if (win && !win.isDestroyed()) win.webContents.send(eventChannel(channel), payload);
}
