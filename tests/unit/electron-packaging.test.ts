// What electron-builder packs must match what the packaged main process looks for, and main may only import what
// the package contains. Building installers needs the Electron download (not possible here); these checks read the
// config and the real import graph of main and preload, the same way electron-vite bundles them.
import { build, type Metafile } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { appPaths, nativeBuildDir, nativeTargetKey } from '../../electron/main/paths';

const root = resolve('.');
const require = createRequire(import.meta.url);
// js-yaml ships with electron-builder (which reads this file with it) and has no bundled types.
const yaml = require('js-yaml') as { load: (text: string) => unknown };

interface FileSet {
  from: string;
  to: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  beforePack: string;
  extraResources: FileSet[];
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string; arch: string[] }[] };
}
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; productName: string };

/** electron-builder's ${os} and ${arch} for one target. */
const expand = (pattern: string, platform: NodeJS.Platform, arch: string) => {
  const [os] = nativeTargetKey(platform, arch).split('-');
  return pattern.replace('${os}', os ?? '').replace('${arch}', arch);
};

describe('electron-builder.yml', () => {
  it('names the product and targets Windows NSIS x64 and Linux AppImage + deb x64', () => {
    expect(config.productName).toBe('经销商管理系统 DMS');
    expect(pkg.productName).toBe(config.productName);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    // Windows ties taskbar grouping and notifications to the AppUserModelId the installer's shortcuts carry.
    expect(readFileSync(join(root, 'electron/main/index.ts'), 'utf8')).toContain(`const APP_ID = '${config.appId}';`);
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
  });

  it('packs the build into an asar with native modules unpacked, and never rebuilds node_modules in place', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
    expect(config.npmRebuild).toBe(false);
    expect(readFileSync(join(root, config.beforePack), 'utf8')).toMatch(/export default async function beforePack/);
  });

  it('puts the Electron build of better-sqlite3 and the migrations where the packaged main looks for them', () => {
    const resourcesPath = '/opt/dms/resources';
    for (const [platform, arch] of [
      ['win32', 'x64'],
      ['linux', 'x64'],
    ] as const) {
      const paths = appPaths({ isPackaged: true, appPath: `${resourcesPath}/app.asar`, resourcesPath, platform, arch });
      const native = config.extraResources.find((r) => r.to.endsWith('better_sqlite3.node'));
      const migrations = config.extraResources.find((r) => r.from === 'db/migrations');
      expect(native && join(resourcesPath, native.to)).toBe(paths.nativeBinding);
      expect(migrations && join(resourcesPath, migrations.to)).toBe(paths.migrationsFolder);
      // The file electron-builder copies is the one npm run rebuild:electron writes for that target.
      expect(native && resolve(root, expand(native.from, platform, arch))).toBe(join(nativeBuildDir(root, platform, arch), 'better_sqlite3.node'));
    }
  });
});

describe('appPaths', () => {
  it('uses the repository in development and resources/ when installed', () => {
    const dev = appPaths({ isPackaged: false, appPath: '/src/dms', resourcesPath: '/usr/lib/electron/resources', platform: 'linux', arch: 'x64' });
    expect(dev).toEqual({
      migrationsFolder: resolve('/src/dms/db/migrations'),
      nativeBinding: resolve('/src/dms/.electron-native/linux-x64/better_sqlite3.node'),
      rendererRoot: resolve('/src/dms/out/renderer'),
      preload: resolve('/src/dms/out/preload/index.cjs'),
    });
    const installed = appPaths({ isPackaged: true, appPath: 'C:/DMS/resources/app.asar', resourcesPath: 'C:/DMS/resources', platform: 'win32', arch: 'x64' });
    expect(installed.nativeBinding).toBe(join('C:/DMS/resources', 'native', 'better_sqlite3.node'));
    expect(installed.preload).toBe(join('C:/DMS/resources/app.asar', 'out', 'preload', 'index.cjs'));
  });

  it('finds the real migrations folder of this checkout', () => {
    const dev = appPaths({ isPackaged: false, appPath: root, resourcesPath: '', platform: process.platform, arch: process.arch });
    expect(readFileSync(join(dev.migrationsFolder, 'meta', '_journal.json'), 'utf8')).toMatch(/entries/);
  });
});

/** The modules a bundle leaves to be loaded at run time, bundling the rest as electron-vite does. */
async function runtimeImports(entry: string, external: string[]): Promise<string[]> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    outdir: join(root, 'out', '.import-check'),
    external,
    logLevel: 'silent',
  });
  const outputs = Object.values((result.metafile as Metafile).outputs);
  return [...new Set(outputs.flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)))].sort();
}

const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

describe('what main and preload load at run time', () => {
  it('main imports only Node built-ins, electron and production dependencies that the package keeps', async () => {
    const deps = Object.keys(pkg.dependencies);
    const imports = await runtimeImports('electron/main/index.ts', ['electron', ...deps, ...deps.map((d) => `${d}/*`)]);
    expect(imports).toEqual(expect.arrayContaining(['electron', 'better-sqlite3', 'drizzle-orm/better-sqlite3/migrator']));
    const excluded = config.files.filter((f) => f.startsWith('!node_modules/')).map((f) => f.slice(1));
    for (const spec of imports.filter((s) => s !== 'electron' && !builtins.has(s))) {
      const name = packageOf(spec);
      expect(deps, `${spec} must be a production dependency`).toContain(name);
      const hit = excluded.find((pattern) => minimatch(`node_modules/${name}/package.json`, pattern));
      expect(hit, `main imports ${spec}, but electron-builder.yml leaves it out with ${String(hit)}`).toBeUndefined();
    }
  });

  it('the sandboxed preload needs nothing but electron', async () => {
    expect(await runtimeImports('electron/preload/index.ts', ['electron'])).toEqual(['electron']);
  });
});

describe('the thin shell', () => {
  it("keeps 'electron' out of every main-process module except the few that bind Electron to the tested ones", () => {
    const thin = ['index.ts', 'window.ts', 'ipc/bind.ts', 'security/guards.ts', 'security/session.ts', 'ui/menu.ts', 'ui/dialogs.ts', 'pdf.ts'];
    const mainDir = join(root, 'electron', 'main');
    const files = readdirSync(mainDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => f.split('\\').join('/'));
    const importing = files.filter((f) => /from ['"]electron['"]/.test(readFileSync(join(mainDir, f), 'utf8')));
    expect(importing.sort()).toEqual([...thin].sort());
    expect(files.length).toBeGreaterThan(thin.length * 2);
  });
});
