// What main does with one 'dms:invoke' message, apart from reading the facts off Electron's event: refuse an
// untrusted sender or a malformed request, note the UI language, then call the API. Plain so it is tested under
// Node with a real database; bind.ts only gathers the sender facts.
import type { App } from '../../api/app';
import type { Lang } from '../../api/contract';
import type { IpcResponse } from '../../api/contract/bridge';
import { handleIpcRequest } from '../../api/transports/ipc';
import { langFrom } from '../../api/transports/lang';
import { parseIpcRequest } from './request';
import { isTrustedSender, type SenderFacts } from '../security/sender-check';

export interface InvokeDeps {
  app: App;
  appOrigin: string;
  /** Called with the UI language of each accepted call, so menus and dialogs can follow it. */
  onLang: (lang: Lang) => void;
}

/** Thrown (and so rejected in the renderer) when main will not handle a message at all. */
export class IpcRefused extends Error {
  constructor(reason: 'untrusted sender' | 'malformed request') {
    super(`IPC_REFUSED: ${reason}`);
    this.name = 'IpcRefused';
  }
}

export async function handleInvoke(deps: InvokeDeps, sender: SenderFacts, raw: unknown): Promise<IpcResponse> {
  if (!isTrustedSender(sender, deps.appOrigin)) throw new IpcRefused('untrusted sender');
  const req = parseIpcRequest(raw);
  if (req === null) throw new IpcRefused('malformed request');
  deps.onLang(langFrom(req.lang));
  return handleIpcRequest(deps.app, req);
}
