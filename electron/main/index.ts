// Electron entry. Needs the Electron binary, so it is not run in tests here: it only wires Electron to plain
// modules (app-url, args, paths, sender-check, navigation, permissions, menu-template, open-failure) that are
// tested under Node. Order matters: the app:// scheme is registered and the single-instance lock taken before
// 'ready'; the database opens before any window exists, so a refusal is shown as an error box and nothing else.
import { app, protocol, session, shell, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { openApp, type App } from '../api/app';
import type { Lang } from '../api/contract';
import { rendererSource } from './app-url';
import { resolveDataDir } from './args';
import { showAbout, showOpenFailure } from './ui/dialogs';
import { guardContents } from './security/guards';
import { pushEvent, registerIpc } from './ipc/bind';
import { electronPdfRenderer } from './pdf';
import { installMenu } from './ui/menu';
import { buildMenuSpec, type MenuAction } from './ui/menu-template';
import { describeOpenFailure, NativeBindingMissing } from './ui/open-failure';
import { appPaths } from './paths';
import { appSchemePrivileges, secureSession } from './security/session';
import { SHELL_TEXT } from './ui/shell-text';
import { createMainWindow, focusWindow } from './window';

const APP_ID = 'com.dms.desktop';

protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

if (!app.requestSingleInstanceLock()) {
  // Another copy holds the database; it gets a 'second-instance' event and comes to the front.
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  const source = rendererSource(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  let win: BrowserWindow | null = null;
  let lang: Lang = 'zh-CN';

  app.on('second-instance', () => {
    if (win && !win.isDestroyed()) focusWindow(win);
  });
  // Every webContents, including any the app did not mean to create, gets the same navigation rules.
  app.on('web-contents-created', (_event, contents) => guardContents(contents, source.origin));
  app.setAppUserModelId(APP_ID);

  await app.whenReady();
  const paths = appPaths({
    isPackaged: app.isPackaged,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    platform: process.platform,
    arch: process.arch,
  });
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'), process.cwd());

  let dms: App;
  try {
    if (!existsSync(paths.nativeBinding)) throw new NativeBindingMissing(paths.nativeBinding);
    dms = await openApp(
      dataDir,
      app.getVersion(),
      { migrationsFolder: paths.migrationsFolder, nativeBinding: paths.nativeBinding },
      { pdf: electronPdfRenderer() },
    );
  } catch (error) {
    console.error(error);
    showOpenFailure(describeOpenFailure(error, dataDir));
    app.exit(1);
    return;
  }
  app.on('will-quit', () => dms.close());
  app.on('window-all-closed', () => app.quit());

  secureSession(session.defaultSession, source, paths.rendererRoot);

  const applyLang = (next: Lang) => {
    lang = next;
    installMenu(buildMenuSpec(lang, { dev: source.dev }), onMenu);
    if (win && !win.isDestroyed()) win.setTitle(SHELL_TEXT[lang].windowTitle);
  };
  const onMenu = (action: MenuAction) => {
    switch (action) {
      case 'logout':
        pushEvent(win, 'menu', { command: 'logout' });
        return;
      case 'lang:zh-CN':
      case 'lang:en': {
        const next: Lang = action === 'lang:en' ? 'en' : 'zh-CN';
        pushEvent(win, 'menu', { command: 'language', lang: next });
        applyLang(next);
        return;
      }
      case 'open-data-dir':
        void shell.openPath(dataDir);
        return;
      case 'about':
        if (win) void showAbout(win, lang, { version: app.getVersion(), dataDir, electron: process.versions.electron });
        return;
    }
  };

  registerIpc({
    app: dms,
    appOrigin: source.origin,
    mainWindow: () => win,
    onLang: (next) => {
      if (next !== lang) applyLang(next);
    },
  });
  applyLang(lang);
  // Serial scanners are read here in main; each scan goes to the window, which treats it like a wedge scan.
  dms.services.devices.scanners.on('scan', (scan) => pushEvent(win, 'scan', scan));
  win = createMainWindow({ source, preload: paths.preload, title: SHELL_TEXT[lang].windowTitle });
  win.on('closed', () => {
    win = null;
  });
}
