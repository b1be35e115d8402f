// Inside Electron the native menu (File → Sign out, View → Language) lives in main; it tells us over the bridge.
// In a browser there is no bridge and nothing to listen to.
import { useEffect } from 'react';
import { changeLang } from '../i18n';

export function useMenuCommands(signOut: () => void): void {
  useEffect(() => {
    const bridge = window.dms;
    if (!bridge) return undefined;
    return bridge.subscribe('menu', (cmd) => {
      if (cmd.command === 'logout') signOut();
      else void changeLang(cmd.lang);
    });
  }, [signOut]);
}
