// The IPC path of the desktop app without Electron itself: the preload's bridge → a structured-clone hop (what
// Electron's IPC does to every message) → main's handleInvoke → the real API on a real SQLite file. Electron's own
// ipcRenderer/ipcMain and the sender facts it reports need the Electron binary and are not exercised here.
import { EventEmitter } from 'node:events';
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../electron/api/app';
import type { IpcResponse } from '../../electron/api/contract/bridge';
import type { Lang } from '../../electron/api/contract';
import { APP_ORIGIN } from '../../electron/main/app-url';
import { handleInvoke } from '../../electron/main/ipc/invoke';
import { INVOKE_CHANNEL, eventChannel } from '../../electron/main/ipc/channels';
import { parseIpcRequest } from '../../electron/main/ipc/request';
import type { SenderFacts } from '../../electron/main/security/sender-check';
import { createBridge, type IpcPort } from '../../electron/preload/bridge';
import { tempDir } from '../helpers/core';

const trusted: SenderFacts = { fromMainWindow: true, frameIsTop: true, frameUrl: `${APP_ORIGIN}/index.html` };

/** An ipcRenderer stand-in: invoke crosses a structured clone into handleInvoke; events come from `main`. */
function port(app: App, sender: SenderFacts, langs: Lang[]) {
  const main = new EventEmitter();
  const invoked: unknown[][] = [];
  const ipc: IpcPort = {
    invoke: (channel, ...args) => {
      invoked.push([channel, ...args]);
      expect(channel).toBe(INVOKE_CHANNEL);
      return handleInvoke({ app, appOrigin: APP_ORIGIN, onLang: (l) => langs.push(l) }, sender, structuredClone(args[0]));
    },
    on: (channel, listener) => main.on(channel, listener),
    removeListener: (channel, listener) => main.removeListener(channel, listener),
  };
  return { ipc, main, invoked };
}

let app: App;
let dir: string;
beforeEach(async () => {
  dir = tempDir('dms-ipc-');
  app = await openApp(dir, '9.9.9');
});
afterEach(() => {
  app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('invoke over the bridge', () => {
  it('answers a query from our window with the API result and reports the UI language', async () => {
    const langs: Lang[] = [];
    const bridge = createBridge(port(app, trusted, langs).ipc);
    const res = await bridge.invoke({ type: 'query', path: 'auth.status', input: undefined, token: null, lang: 'en-US' });
    expect(res).toEqual({ ok: true, data: { needsSetup: true, version: '9.9.9' } });
    expect(langs).toEqual(['en']);
  });

  it('returns API errors as data, translated into the caller language, and writes nothing', async () => {
    const bridge = createBridge(port(app, trusted, []).ipc);
    const bad = { username: 'x', displayName: '', password: '1' };
    const zh = (await bridge.invoke({ type: 'mutation', path: 'auth.setupOwner', input: bad, token: null, lang: 'zh-CN' })) as IpcResponse;
    const en = (await bridge.invoke({ type: 'mutation', path: 'auth.setupOwner', input: bad, token: null, lang: 'en' })) as IpcResponse;
    expect(zh.ok).toBe(false);
    expect(en.ok).toBe(false);
    const zhError = (zh as { error: { message: string; data: { appCode: string } } }).error;
    const enError = (en as { error: { message: string; data: { appCode: string } } }).error;
    expect(zhError.data.appCode).toBe('VALIDATION');
    expect(zhError.message).toMatch(/输入有误/);
    expect(enError.message).toMatch(/Invalid input/);
    const users = app.core.sqlite.prepare('SELECT count(*) AS n FROM users').get() as { n: number };
    expect(users.n).toBe(0);
  });

  it('rejects a protected procedure without a session as UNAUTHORIZED data, not a crash', async () => {
    const bridge = createBridge(port(app, trusted, []).ipc);
    const res = await bridge.invoke({ type: 'query', path: 'auth.me', input: undefined, token: null, lang: 'zh-CN' });
    expect(res.ok).toBe(false);
    expect((res as { error: { data: { appCode: string } } }).error.data.appCode).toBe('UNAUTHORIZED');
  });

  it('sends only the request fields, whatever else the caller object carries', async () => {
    const p = port(app, trusted, []);
    const req = { type: 'query' as const, path: 'auth.status', input: undefined, token: null, lang: 'zh-CN', secret: 'x' };
    await createBridge(p.ipc).invoke(req);
    expect(Object.keys(p.invoked[0]?.[1] as object).sort()).toEqual(['input', 'lang', 'path', 'token', 'type']);
  });

  it('refuses (rejects) messages from anything but the top frame of our window, before the API runs', async () => {
    const langs: Lang[] = [];
    for (const sender of [
      { ...trusted, fromMainWindow: false },
      { ...trusted, frameIsTop: false },
      { ...trusted, frameUrl: null },
      { ...trusted, frameUrl: 'https://evil.example/' },
    ]) {
      const bridge = createBridge(port(app, sender, langs).ipc);
      await expect(bridge.invoke({ type: 'query', path: 'auth.status', input: undefined, token: null, lang: 'en' })).rejects.toThrow(
        /IPC_REFUSED: untrusted sender/,
      );
    }
    expect(langs).toEqual([]);
  });

  it('refuses malformed requests', async () => {
    const deps = { app, appOrigin: APP_ORIGIN, onLang: () => undefined };
    for (const raw of [
      null,
      'auth.status',
      { type: 'subscription', path: 'auth.status', token: null, lang: 'en' },
      { type: 'query', path: '', token: null, lang: 'en' },
      { type: 'query', path: '../../x', token: null, lang: 'en' },
      { type: 'query', path: 'auth.status', token: 42, lang: 'en' },
      { type: 'query', path: 'auth.status', token: 'x'.repeat(600), lang: 'en' },
      { type: 'query', path: 'auth.status', token: null },
    ]) {
      await expect(handleInvoke(deps, trusted, raw), JSON.stringify(raw)).rejects.toThrow(/IPC_REFUSED: malformed request/);
    }
  });

  it('answers an unknown procedure with a NOT_FOUND error shape', async () => {
    const res = await handleInvoke({ app, appOrigin: APP_ORIGIN, onLang: () => undefined }, trusted, {
      type: 'query',
      path: 'nothing.here',
      input: undefined,
      token: null,
      lang: 'en',
    });
    expect(res.ok).toBe(false);
    expect((res as { error: { data: { code: string } } }).error.data.code).toBe('NOT_FOUND');
  });
});

describe('parseIpcRequest', () => {
  it('keeps exactly the request fields and any input', () => {
    expect(parseIpcRequest({ type: 'mutation', path: 'catalog.products.create', input: { a: [1] }, token: 't', lang: 'zh-CN', x: 1 })).toEqual({
      type: 'mutation',
      path: 'catalog.products.create',
      input: { a: [1] },
      token: 't',
      lang: 'zh-CN',
    });
  });
});

describe('subscribe over the bridge', () => {
  it('delivers payloads only (never the IPC event) on allow-listed channels, and stops on unsubscribe', () => {
    const p = port(app, trusted, []);
    const bridge = createBridge(p.ipc);
    const got: unknown[][] = [];
    const stop = bridge.subscribe('menu', (...args: unknown[]) => got.push(args));
    p.main.emit(eventChannel('menu'), { sender: 'the raw IPC event' }, { command: 'logout' });
    stop();
    p.main.emit(eventChannel('menu'), {}, { command: 'language', lang: 'en' });
    expect(got).toEqual([[{ command: 'logout' }]]);
    expect(p.main.listenerCount(eventChannel('menu'))).toBe(0);
  });

  it('refuses channels outside the allow-list and non-function listeners', () => {
    const bridge = createBridge(port(app, trusted, []).ipc);
    expect(() => bridge.subscribe('dms:invoke' as 'menu', () => undefined)).toThrow(/unknown channel/);
    expect(() => bridge.subscribe('__proto__' as 'menu', () => undefined)).toThrow(/unknown channel/);
    expect(() => bridge.subscribe('menu', 'x' as unknown as () => void)).toThrow(/listener/);
  });
});
