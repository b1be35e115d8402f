// The Electron build of better-sqlite3, kept out of node_modules. node_modules holds the Node build (tests,
// `npm run serve`); a copy of the package is compiled for Electron's ABI under .electron-native/<os>-<arch>/ and
// main loads that file through better-sqlite3's `nativeBinding` option. Neither build ever replaces the other,
// and a stamp records what the copy was built for so `npm start` rebuilds it only when Electron or
// better-sqlite3 changed.
import { rebuild } from '@electron/rebuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { NATIVE_FILE, nativeBuildDir } from '../../electron/main/paths';
import { StepFailure } from './steps';

export interface NativeTarget {
  platform: NodeJS.Platform;
  arch: string;
  electron: string;
  betterSqlite3: string;
}

export type NativeStatus = { state: 'current' } | { state: 'missing' | 'stale'; reason: string };

const STAMP = 'build.json';
const version = (pkgJson: string) => (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;

export function installedTarget(repoRoot: string, platform: NodeJS.Platform = process.platform, arch: string = process.arch): NativeTarget {
  return {
    platform,
    arch,
    electron: version(join(repoRoot, 'node_modules', 'electron', 'package.json')),
    betterSqlite3: version(join(repoRoot, 'node_modules', 'better-sqlite3', 'package.json')),
  };
}

export function nativeStatus(repoRoot: string, target: NativeTarget): NativeStatus {
  const dir = nativeBuildDir(repoRoot, target.platform, target.arch);
  if (!existsSync(join(dir, NATIVE_FILE))) return { state: 'missing', reason: `${join(dir, NATIVE_FILE)} does not exist` };
  let stamp: Partial<NativeTarget>;
  try {
    stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8')) as Partial<NativeTarget>;
  } catch {
    return { state: 'stale', reason: `${STAMP} is missing or unreadable` };
  }
  for (const key of ['platform', 'arch', 'electron', 'betterSqlite3'] as const) {
    if (stamp[key] !== target[key]) return { state: 'stale', reason: `built for ${key} ${String(stamp[key])}, need ${target[key]}` };
  }
  return { state: 'current' };
}

function sha256(file: string): string | null {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/** True when this Node process can load the file: then it is a Node build, not an Electron one. */
export function loadsInNode(file: string): boolean {
  const probe = spawnSync(process.execPath, ['-e', 'process.dlopen({ exports: {} }, process.argv[1])', file], { encoding: 'utf8' });
  return probe.status === 0;
}

const REBUILD_NEXT = {
  zh: '需要网络访问 GitHub（下载预编译包）或 electronjs.org（下载头文件并用 C++ 编译器编译）。也可改用 npm run serve（无需 Electron）。',
  en: 'This needs GitHub (prebuilt binaries) or electronjs.org (headers, then a C++ compiler). Or use npm run serve, which needs no Electron.',
};

export interface BuildOptions {
  /** Where node-gyp fetches Electron's headers, for a mirror (default: electronjs.org). */
  headerURL?: string;
  log?: (line: string) => void;
}

/**
 * Copies node_modules/better-sqlite3 (without its Node build) to a work folder, rebuilds it there for Electron
 * with @electron/rebuild (a prebuilt download when one exists, else node-gyp against Electron's headers), checks
 * the result, and keeps just the .node file and a stamp. Returns the path of the .node file.
 */
export async function buildElectronNative(repoRoot: string, target: NativeTarget, opts: BuildOptions = {}): Promise<string> {
  const dir = nativeBuildDir(repoRoot, target.platform, target.arch);
  const work = join(dir, 'work');
  const source = join(repoRoot, 'node_modules', 'better-sqlite3');
  const nodeBuild = join(source, 'build', 'Release', NATIVE_FILE);
  const nodeBuildHash = sha256(nodeBuild);
  try {
    copyPackage(source, work, target);
    await rebuildFor(work, target, opts);
    const built = join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', NATIVE_FILE);
    checkBuild(built, target);
    if (sha256(nodeBuild) !== nodeBuildHash) {
      throw new StepFailure(
        { zh: 'node_modules 中 better-sqlite3 的 Node 版本被改动了。', en: "node_modules' Node build of better-sqlite3 changed during the rebuild." },
        { zh: '运行 npm rebuild better-sqlite3 恢复 Node 版本。', en: 'Run "npm rebuild better-sqlite3" to restore the Node build.' },
      );
    }
    const out = join(dir, NATIVE_FILE);
    copyFileSync(built, out);
    writeFileSync(join(dir, STAMP), `${JSON.stringify({ ...target, builtAt: new Date().toISOString() }, null, 2)}\n`);
    return out;
  } finally {
    // The work folder holds a copy of SQLite's sources (~10 MB); only the .node file and the stamp are kept.
    rmSync(work, { recursive: true, force: true });
  }
}

function copyPackage(source: string, work: string, target: NativeTarget): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules'), { recursive: true });
  cpSync(source, join(work, 'node_modules', 'better-sqlite3'), {
    recursive: true,
    // The Node build's outputs stay behind so nothing of them can end up in the Electron build.
    filter: (from) => relative(source, from).split(sep)[0] !== 'build',
  });
  const pkg = { name: 'dms-electron-native', private: true, dependencies: { 'better-sqlite3': target.betterSqlite3 } };
  writeFileSync(join(work, 'package.json'), JSON.stringify(pkg, null, 2));
}

async function rebuildFor(work: string, target: NativeTarget, opts: BuildOptions): Promise<void> {
  // A machine-wide npm "nodedir" (this one has nodedir=/usr) would make node-gyp compile against Node's headers
  // while calling it an Electron build; drop such settings so node-gyp fetches Electron's.
  const dropped: Record<string, string | undefined> = {};
  for (const key of Object.keys(process.env)) {
    if (/^npm_config_(nodedir|dist_url|target|runtime)$/i.test(key)) {
      dropped[key] = process.env[key];
      delete process.env[key];
    }
  }
  (opts.log ?? console.log)(
    `  @electron/rebuild better-sqlite3 ${target.betterSqlite3} → Electron ${target.electron} ${target.platform}-${target.arch}`,
  );
  try {
    await rebuild({
      buildPath: work,
      electronVersion: target.electron,
      platform: target.platform,
      arch: target.arch,
      onlyModules: ['better-sqlite3'],
      force: true,
      mode: 'sequential',
      ...(opts.headerURL ? { headerURL: opts.headerURL } : {}),
    });
  } catch (error) {
    throw new StepFailure(
      { zh: '无法为 Electron 编译 better-sqlite3。', en: 'Could not build better-sqlite3 for Electron.' },
      REBUILD_NEXT,
      error instanceof Error ? error.message : String(error),
    );
  } finally {
    Object.assign(process.env, dropped);
  }
}

function checkBuild(built: string, target: NativeTarget): void {
  if (!existsSync(built)) {
    throw new StepFailure({ zh: `编译结束但没有生成 ${NATIVE_FILE}。`, en: `The rebuild finished without producing ${NATIVE_FILE}.` }, REBUILD_NEXT);
  }
  if (target.platform === process.platform && target.arch === process.arch && loadsInNode(built)) {
    throw new StepFailure(
      {
        zh: '生成的是 Node 版本而不是 Electron 版本（可能被 npm 的 nodedir 或 dist-url 设置误导）。',
        en: 'The result is a Node build, not an Electron one (an npm "nodedir" or "dist-url" setting may have misled node-gyp).',
      },
      { zh: '检查 ~/.npmrc 与环境变量中的 nodedir / dist-url 设置后重试。', en: 'Check nodedir / dist-url in ~/.npmrc and the environment, then retry.' },
    );
  }
}
