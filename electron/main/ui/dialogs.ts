// Needs the Electron binary (not run in tests here). Native message boxes; the words come from shell-text.ts
// and open-failure.ts.
import { dialog, type BrowserWindow } from 'electron';
import type { Lang } from '../../api/contract';
import type { OpenFailure } from './open-failure';
import { SHELL_TEXT } from './shell-text';

/** Shown before any window exists, so it is a plain error box (works even before 'ready' on every platform). */
export function showOpenFailure(failure: OpenFailure): void {
  dialog.showErrorBox(failure.title, `${failure.message}\n\n${failure.detail}`);
}

export async function showAbout(win: BrowserWindow, lang: Lang, facts: { version: string; dataDir: string; electron: string }): Promise<void> {
  const t = SHELL_TEXT[lang];
  await dialog.showMessageBox(win, {
    type: 'info',
    title: t.about.title,
    message: t.windowTitle,
    detail: t.about.detail(facts),
    buttons: [t.ok],
  });
}
