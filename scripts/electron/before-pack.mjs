// electron-builder beforePack hook: refuses to package a target whose Electron build of better-sqlite3 is missing
// or stale. Without it electron-builder would only warn about the missing extraResources file and produce an
// installer whose app cannot open its database. The check itself is scripts/electron/native.ts (run through tsx).
import { tsImport } from 'tsx/esm/api';

const PLATFORMS = { win32: 'win32', linux: 'linux', darwin: 'darwin' };

/** @param {{ electronPlatformName: string, arch: number, packager: { projectDir: string } }} context */
export default async function beforePack(context) {
  const { Arch } = await import('builder-util');
  const { installedTarget, nativeStatus } = await tsImport('./native.ts', import.meta.url);
  const { nativeBuildDir } = await tsImport('../../electron/main/paths.ts', import.meta.url);
  const platform = PLATFORMS[context.electronPlatformName] ?? context.electronPlatformName;
  const arch = Arch[context.arch];
  const root = context.packager.projectDir;
  const status = nativeStatus(root, installedTarget(root, platform, arch));
  if (status.state !== 'current') {
    throw new Error(
      `better-sqlite3 的 Electron 版本缺失或过期 / The Electron build of better-sqlite3 is ${status.state} ` +
        `(${status.reason}) in ${nativeBuildDir(root, platform, arch)}.\n` +
        `先运行 / First run: npm run rebuild:electron -- --platform ${platform} --arch ${arch}`,
    );
  }
}
