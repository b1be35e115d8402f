// Needs the Electron binary (not run in tests here). Applies the navigation rules of navigation.ts to every
// webContents the app creates: no navigation away from our origin, no new windows, no <webview>.
import { shell, type WebContents } from 'electron';
import { externalLinkAction, isAllowedNavigation } from './navigation';

export function guardContents(contents: WebContents, appOrigin: string): void {
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin, event.isMainFrame)) {
      event.preventDefault();
      console.warn(`[dms] blocked navigation to ${event.url}`);
    }
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url, appOrigin, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (externalLinkAction(url) === 'open-external') void shell.openExternal(url);
    return { action: 'deny' };
  });
}
