// Preload (sandboxed, bundled to CommonJS): puts exactly one object, window.dms, into the page. Needs the
// Electron binary, so it is not run here; createBridge in bridge.ts holds the logic and is tested under Node.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('dms', createBridge(ipcRenderer));
