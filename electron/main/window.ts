// Needs the Electron binary (not run in tests here). The one main window, locked down: isolated, sandboxed
// renderer without Node, web security on, developer tools only in development.
import { BrowserWindow } from 'electron';
import type { RendererSource } from './app-url';

export interface MainWindowOptions {
  source: RendererSource;
  preload: string;
  title: string;
}

export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: opts.title,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: opts.source.dev,
    },
  });
  // The shell owns the title (it follows the UI language); the page's <title> does not replace it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => {
    // A warehouse PC runs little else: start maximized, like the other programs at the counter.
    win.maximize();
    win.show();
  });
  void win.loadURL(opts.source.url);
  return win;
}

/** Brings the window forward for a second start of the program. */
export function focusWindow(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
