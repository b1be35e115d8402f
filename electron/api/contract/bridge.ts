// The bridge the Electron preload puts on `window.dms` — the renderer's only way into the main process.
// Type-only apart from the channel allow-list, so the renderer can import it without pulling in Node code.
// In host mode (a browser on another PC) there is no bridge and the renderer talks HTTP instead.
import type { Lang } from '../../core/shared/messages';
import type { IpcRequest, IpcResponse } from '../transports/ipc';

export type { IpcRequest, IpcResponse };

/** Something chosen in the native menu that the UI must act on (the menu lives in main, the state in the UI). */
export type MenuCommand =
  /** 文件 → 退出登录: drop the session token and show the login page. */
  | { command: 'logout' }
  /** 视图 → 语言: switch the UI language. */
  | { command: 'language'; lang: Lang };

/** A scan from a USB-serial scanner read in main; the renderer feeds it to the same scan bus as the keyboard wedge. */
export interface SerialScan {
  raw: string;
  source: 'serial';
  /** Epoch ms when the scan's last byte arrived. */
  at: number;
  /** Which configured scanner sent it. */
  scanner: string;
}

/** Every event main may push to the renderer, by channel. */
export interface DmsEvents {
  menu: MenuCommand;
  scan: SerialScan;
}

export type DmsChannel = keyof DmsEvents;

/** The channels `subscribe` accepts; the preload refuses any other name. */
export const DMS_CHANNELS: readonly DmsChannel[] = ['menu', 'scan'];

export interface DmsBridge {
  /**
   * One API call (a tRPC query or mutation). API errors come back as `{ ok: false, error }` in the HTTP error
   * shape; the promise rejects only when main refuses the message itself (it did not come from our window).
   */
  invoke(req: IpcRequest): Promise<IpcResponse>;
  /** Listens on one allow-listed channel; returns the function that stops listening. */
  subscribe<C extends DmsChannel>(channel: C, listener: (payload: DmsEvents[C]) => void): () => void;
}

declare global {
  interface Window {
    /** Present only inside the Electron window; absent in a browser (host mode). */
    dms?: DmsBridge;
  }
}
