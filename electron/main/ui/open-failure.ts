// What to tell the user when the data folder cannot be opened at start. The shell has no UI language yet, so the
// box says it in zh-CN and then in English, and keeps the technical cause for whoever supports the shop.
import { translate } from '../../api/contract';

export interface OpenFailure {
  title: string;
  /** zh-CN line, then the English line. */
  message: string;
  /** Where and what, for support: the data folder and the raw error. */
  detail: string;
}

/** Raised by main before opening when the Electron build of better-sqlite3 is not where it should be. */
export class NativeBindingMissing extends Error {
  readonly code = 'NATIVE_MISSING';
  constructor(readonly file: string) {
    super(`NATIVE_MISSING: ${file}`);
    this.name = 'NativeBindingMissing';
  }
}

type Pair = readonly [zh: string, en: string];

const REBUILD_HINT: Pair = [
  '开发环境请运行 npm run rebuild:electron；安装版请重新安装本程序。',
  'In a checkout run "npm run rebuild:electron"; otherwise reinstall the program.',
];

function pairFor(code: string | undefined, message: string): Pair {
  switch (code) {
    case 'DB_TOO_NEW':
    case 'DB_FOREIGN':
      return [translate(code, 'zh-CN'), translate(code, 'en')];
    case 'DB_FK_BROKEN':
      return [
        '数据库升级后的完整性检查未通过，数据库未被改动，升级前的备份在数据文件夹的 backups 中。请联系技术支持。',
        'The integrity check after upgrading the database failed; nothing was changed and the pre-upgrade backup is in the backups folder. Please contact support.',
      ];
    case 'DB_PRAGMA':
      return ['无法以安全写入模式打开数据库。', 'The database could not be opened in safe-write mode.'];
    case 'NATIVE_MISSING':
      return [`找不到数据库组件（better-sqlite3 的 Electron 版本）。${REBUILD_HINT[0]}`, `The database component (better-sqlite3 built for Electron) is missing. ${REBUILD_HINT[1]}`];
    case 'ERR_DLOPEN_FAILED':
      return [`数据库组件与本程序的 Electron 版本不匹配。${REBUILD_HINT[0]}`, `The database component does not match this Electron version. ${REBUILD_HINT[1]}`];
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return [
        '数据库正被其他程序占用（例如另一个正在运行的本系统或 npm run serve）。请关闭它后再试。',
        'The database is in use by another program (another copy of DMS or "npm run serve"). Close it and try again.',
      ];
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return [
        '数据库文件已损坏。请从数据文件夹的 backups 中恢复备份，或联系技术支持。',
        'The database file is damaged. Restore a copy from the backups folder or contact support.',
      ];
    case 'SQLITE_FULL':
    case 'ENOSPC':
      return ['磁盘空间已满，无法打开数据库。', 'The disk is full; the database cannot be opened.'];
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
    case 'SQLITE_PERM':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return ['无法读写数据文件夹，请检查权限或换一个数据文件夹（--data-dir）。', 'The data folder cannot be read or written; check its permissions or choose another one (--data-dir).'];
    default:
      // A wrong-ABI .node file surfaces as a plain Error from require() on some platforms.
      if (/NODE_MODULE_VERSION|was compiled against a different/.test(message)) return pairFor('ERR_DLOPEN_FAILED', message);
      return ['无法打开数据库。', 'The database could not be opened.'];
  }
}

export function describeOpenFailure(error: unknown, dataDir: string): OpenFailure {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  const [zh, en] = pairFor(code, message);
  return {
    title: '无法启动 / Cannot start',
    message: `${zh}\n${en}`,
    detail: `数据文件夹 / Data folder: ${dataDir}\n${message}`,
  };
}
