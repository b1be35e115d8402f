// The renderer's single doorway to the API contract (types, zod schemas, message table, the IPC link). Everything
// else in the renderer imports from here, so the lint rule on cross-layer imports has one place to watch.
export * from '../../../electron/api/contract';
export * from '../../../electron/api/contract/catalog';
export * from '../../../electron/api/contract/parties';
export * from '../../../electron/api/contract/imports';
export * from '../../../electron/api/contract/files';
export * from '../../../electron/api/contract/scan';
export { ipcLink } from '../../../electron/api/contract/ipc-link';
export type { DmsBridge, MenuCommand } from '../../../electron/api/contract/bridge';
