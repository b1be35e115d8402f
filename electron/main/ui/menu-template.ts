// The application menu as plain data, built per UI language. menu.ts turns it into an Electron Menu and wires each
// action; keeping the shape here lets it be tested without Electron. Electron's role items do the editing work,
// but their default labels are English-only, so every item carries our own label.
import type { Lang } from '../../api/contract';
import { SHELL_TEXT } from './shell-text';

/** Things a menu item asks main to do (main either handles them or forwards them to the UI). */
export type MenuAction = 'logout' | 'open-data-dir' | 'about' | 'lang:zh-CN' | 'lang:en';

/** Electron menu roles this menu uses (a subset of Electron's MenuItemConstructorOptions['role']). */
export type MenuRole =
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'zoomIn'
  | 'zoomOut'
  | 'resetZoom'
  | 'togglefullscreen'
  | 'toggleDevTools';

export type MenuSpecItem =
  | { type: 'separator' }
  | { type: 'submenu'; label: string; submenu: MenuSpecItem[] }
  | { type: 'role'; label: string; role: MenuRole }
  | { type: 'action'; label: string; action: MenuAction; accelerator?: string }
  | { type: 'radio'; label: string; action: MenuAction; checked: boolean };

export interface MenuOptions {
  /** Show developer tools (development builds only). */
  dev: boolean;
}

export function buildMenuSpec(lang: Lang, opts: MenuOptions): MenuSpecItem[] {
  const t = SHELL_TEXT[lang].menu;
  const sep: MenuSpecItem = { type: 'separator' };
  const role = (label: string, r: MenuRole): MenuSpecItem => ({ type: 'role', label, role: r });
  return [
    {
      type: 'submenu',
      label: t.file,
      submenu: [
        { type: 'action', label: t.logout, action: 'logout' },
        { type: 'action', label: t.openDataDir, action: 'open-data-dir' },
        sep,
        role(t.quit, 'quit'),
      ],
    },
    {
      type: 'submenu',
      label: t.edit,
      submenu: [
        role(t.undo, 'undo'),
        role(t.redo, 'redo'),
        sep,
        role(t.cut, 'cut'),
        role(t.copy, 'copy'),
        role(t.paste, 'paste'),
        role(t.selectAll, 'selectAll'),
      ],
    },
    {
      type: 'submenu',
      label: t.view,
      submenu: [
        {
          type: 'submenu',
          label: t.language,
          submenu: [
            // Each language is named in itself, so someone who cannot read the current one still finds theirs.
            { type: 'radio', label: '简体中文', action: 'lang:zh-CN', checked: lang === 'zh-CN' },
            { type: 'radio', label: 'English', action: 'lang:en', checked: lang === 'en' },
          ],
        },
        sep,
        role(t.reload, 'reload'),
        role(t.zoomIn, 'zoomIn'),
        role(t.zoomOut, 'zoomOut'),
        role(t.resetZoom, 'resetZoom'),
        role(t.fullScreen, 'togglefullscreen'),
        ...(opts.dev ? [sep, role(t.devTools, 'toggleDevTools')] : []),
      ],
    },
    { type: 'submenu', label: t.help, submenu: [{ type: 'action', label: t.about, action: 'about' }] },
  ];
}
