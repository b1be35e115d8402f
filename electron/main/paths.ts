// Files the main process needs, for the three ways it runs: `electron-vite dev`, `npm start` (built, unpacked,
// app path = the repository) and an installed package (app path = resources/app.asar). Scripts use the same
// layout when they build the Electron copy of better-sqlite3, so the two never disagree.
import { join } from 'node:path';

export interface RuntimeFacts {
  isPackaged: boolean;
  /** app.getAppPath(): the repository in development, resources/app.asar when installed. */
  appPath: string;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  platform: NodeJS.Platform;
  arch: string;
}

export interface AppPaths {
  migrationsFolder: string;
  /** better-sqlite3 compiled for Electron's ABI, passed as its `nativeBinding` option. */
  nativeBinding: string;
  rendererRoot: string;
  preload: string;
}

export const NATIVE_DIR = '.electron-native';
export const NATIVE_FILE = 'better_sqlite3.node';

/** electron-builder's ${os} names (win, mac, linux): the packaging config finds the build by the same key. */
export function nativeTargetKey(platform: NodeJS.Platform, arch: string): string {
  const os = platform === 'win32' ? 'win' : platform === 'darwin' ? 'mac' : platform;
  return `${os}-${arch}`;
}

/** Folder that holds the Electron build for one target inside a repository checkout. */
export function nativeBuildDir(repoRoot: string, platform: NodeJS.Platform, arch: string): string {
  return join(repoRoot, NATIVE_DIR, nativeTargetKey(platform, arch));
}

export function appPaths(rt: RuntimeFacts): AppPaths {
  const common = {
    rendererRoot: join(rt.appPath, 'out', 'renderer'),
    preload: join(rt.appPath, 'out', 'preload', 'index.cjs'),
  };
  if (rt.isPackaged) {
    // extraResources in electron-builder.yml: outside the asar, so SQLite and the loader read plain files.
    return {
      ...common,
      migrationsFolder: join(rt.resourcesPath, 'migrations'),
      nativeBinding: join(rt.resourcesPath, 'native', NATIVE_FILE),
    };
  }
  return {
    ...common,
    migrationsFolder: join(rt.appPath, 'db', 'migrations'),
    nativeBinding: join(nativeBuildDir(rt.appPath, rt.platform, rt.arch), NATIVE_FILE),
  };
}
