// Electron IPC channel names shared by main and the preload. The renderer never sees them: it only has window.dms.
import type { DmsChannel } from '../../api/contract/bridge';

/** ipcRenderer.invoke → ipcMain.handle: one API call. */
export const INVOKE_CHANNEL = 'dms:invoke';

/** webContents.send → ipcRenderer.on: one pushed event, namespaced so no other channel can be subscribed to. */
export const eventChannel = (channel: DmsChannel): string => `dms:event:${channel}`;
