// Needs the Electron binary (not run in tests here). Turns menu-template.ts's data into the application menu.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction, MenuSpecItem } from './menu-template';

function toTemplate(item: MenuSpecItem, onAction: (action: MenuAction) => void): MenuItemConstructorOptions {
  switch (item.type) {
    case 'separator':
      return { type: 'separator' };
    case 'submenu':
      return { label: item.label, submenu: item.submenu.map((child) => toTemplate(child, onAction)) };
    case 'role':
      return { label: item.label, role: item.role };
    case 'action':
      return { label: item.label, accelerator: item.accelerator, click: () => onAction(item.action) };
    case 'radio':
      return { label: item.label, type: 'radio', checked: item.checked, click: () => onAction(item.action) };
  }
}

export function installMenu(spec: MenuSpecItem[], onAction: (action: MenuAction) => void): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(spec.map((item) => toTemplate(item, onAction))));
}
