// Every string the Electron shell shows (window title, menus, dialogs), zh-CN first with English. The shell
// follows the language the UI sends with each API call; before the UI has spoken it uses zh-CN.
import type { Lang } from '../../api/contract';

export interface ShellText {
  windowTitle: string;
  menu: {
    file: string;
    logout: string;
    openDataDir: string;
    quit: string;
    edit: string;
    undo: string;
    redo: string;
    cut: string;
    copy: string;
    paste: string;
    selectAll: string;
    view: string;
    language: string;
    reload: string;
    zoomIn: string;
    zoomOut: string;
    resetZoom: string;
    fullScreen: string;
    devTools: string;
    help: string;
    about: string;
  };
  about: { title: string; detail: (facts: { version: string; dataDir: string; electron: string }) => string };
  ok: string;
}

export const SHELL_TEXT: Record<Lang, ShellText> = {
  'zh-CN': {
    windowTitle: '经销商管理系统',
    menu: {
      file: '文件(&F)',
      logout: '退出登录',
      openDataDir: '打开数据文件夹',
      quit: '退出',
      edit: '编辑(&E)',
      undo: '撤销',
      redo: '重做',
      cut: '剪切',
      copy: '复制',
      paste: '粘贴',
      selectAll: '全选',
      view: '视图(&V)',
      language: '语言 / Language',
      reload: '重新加载',
      zoomIn: '放大',
      zoomOut: '缩小',
      resetZoom: '实际大小',
      fullScreen: '全屏',
      devTools: '开发者工具',
      help: '帮助(&H)',
      about: '关于经销商管理系统',
    },
    about: {
      title: '关于',
      detail: ({ version, dataDir, electron }) => `版本：${version}\n数据文件夹：${dataDir}\nElectron：${electron}`,
    },
    ok: '确定',
  },
  en: {
    windowTitle: 'Distributor Management System',
    menu: {
      file: '&File',
      logout: 'Sign Out',
      openDataDir: 'Open Data Folder',
      quit: 'Quit',
      edit: '&Edit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      selectAll: 'Select All',
      view: '&View',
      language: '语言 / Language',
      reload: 'Reload',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      resetZoom: 'Actual Size',
      fullScreen: 'Full Screen',
      devTools: 'Developer Tools',
      help: '&Help',
      about: 'About DMS',
    },
    about: {
      title: 'About',
      detail: ({ version, dataDir, electron }) => `Version: ${version}\nData folder: ${dataDir}\nElectron: ${electron}`,
    },
    ok: 'OK',
  },
};
