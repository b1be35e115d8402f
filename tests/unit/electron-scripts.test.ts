// The scripts behind `npm start`, `npm run rebuild:electron` and packaging: numbered steps with clear failures,
// finding or fetching the Electron binary, and telling whether the Electron build of better-sqlite3 is current.
// Fetching and compiling for real need the network (github.com, electronjs.org), which this machine lacks: here
// install.js is replaced by small real scripts, and the compile itself is not run.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NATIVE_FILE, nativeBuildDir } from '../../electron/main/paths';
import { downloadCause, electronExecutable, ensureElectronBinary } from '../../scripts/electron/binary';
import { installedTarget, loadsInNode, nativeStatus, type NativeTarget } from '../../scripts/electron/native';
import { formatFailure, runSteps, StepFailure, type Step } from '../../scripts/electron/steps';
import { tempDir } from '../helpers/core';

const dirs: string[] = [];
const dir = () => {
  const d = tempDir('dms-scripts-');
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('runSteps', () => {
  it('runs steps in order and returns 0', async () => {
    const out: string[] = [];
    const ran: number[] = [];
    const steps: Step[] = [1, 2].map((n) => ({ title: { zh: `步骤${n}`, en: `Step ${n}` }, exitCode: 9, run: () => void ran.push(n) }));
    expect(await runSteps(steps, (l) => out.push(l), () => undefined)).toBe(0);
    expect(ran).toEqual([1, 2]);
    expect(out).toEqual(['[1/2] 步骤1 / Step 1', '[2/2] 步骤2 / Step 2']);
  });

  it("stops at the first failure with that step's exit code, saying what, why and what next in both languages", async () => {
    const err: string[] = [];
    let third = false;
    const steps: Step[] = [
      { title: { zh: '一', en: 'One' }, exitCode: 2, run: () => undefined },
      {
        title: { zh: '检查 Electron 程序', en: 'Check the Electron binary' },
        exitCode: 3,
        run: () => {
          throw new StepFailure({ zh: '下载失败', en: 'Download failed' }, { zh: '改用 npm run serve', en: 'Use npm run serve' }, 'ENOTFOUND github.com');
        },
      },
      { title: { zh: '三', en: 'Three' }, exitCode: 4, run: () => void (third = true) },
    ];
    expect(await runSteps(steps, () => undefined, (l) => err.push(l))).toBe(3);
    expect(third).toBe(false);
    expect(err.join('\n')).toBe(
      [
        '✗ 第 2/3 步失败：检查 Electron 程序',
        '✗ Step 2/3 failed: Check the Electron binary',
        '  下载失败',
        '  Download failed',
        '    ENOTFOUND github.com',
        '  → 改用 npm run serve',
        '  → Use npm run serve',
      ].join('\n'),
    );
  });

  it('shows unexpected errors with their stack', () => {
    const step: Step = { title: { zh: '构建', en: 'Build' }, exitCode: 4, run: () => undefined };
    expect(formatFailure(1, 1, step, new TypeError('boom'))).toMatch(/TypeError: boom/);
  });
});

/** A stand-in node_modules/electron folder whose install.js is a real script. */
function electronDir(installJs: string, version = '40.10.2'): string {
  const d = join(dir(), 'electron');
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'package.json'), JSON.stringify({ name: 'electron', version }));
  writeFileSync(join(d, 'install.js'), installJs);
  return d;
}

const INSTALLS = `
const fs = require('fs'), path = require('path');
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) process.exit(0);
fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '#!/bin/sh\\n');
fs.writeFileSync(path.join(__dirname, 'dist', 'version'), 'v40.10.2');
fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
`;
const OFFLINE = `console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous> (got/index.js:970:111)'); process.exit(1);`;

describe('Electron binary', () => {
  it('is found only when path.txt names an existing file of the installed version', () => {
    const d = electronDir(INSTALLS);
    expect(electronExecutable(d)).toBeNull();
    writeFileSync(join(d, 'path.txt'), 'electron');
    expect(electronExecutable(d)).toBeNull();
    mkdirSync(join(d, 'dist'));
    writeFileSync(join(d, 'dist', 'electron'), '');
    writeFileSync(join(d, 'dist', 'version'), 'v39.0.0');
    expect(electronExecutable(d)).toBeNull();
    writeFileSync(join(d, 'dist', 'version'), 'v40.10.2');
    expect(electronExecutable(d)).toBe(join(d, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron itself', () => {
    const d = electronDir(INSTALLS);
    writeFileSync(join(d, 'path.txt'), 'electron');
    const override = dir();
    expect(electronExecutable(d, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeNull();
    writeFileSync(join(override, 'electron'), '');
    expect(electronExecutable(d, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });

  it("runs electron's install.js when the binary is missing, even with ELECTRON_SKIP_BINARY_DOWNLOAD set", () => {
    const d = electronDir(INSTALLS);
    const saved = process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
    try {
      expect(ensureElectronBinary(d, () => undefined)).toBe(join(d, 'dist', 'electron'));
    } finally {
      if (saved === undefined) delete process.env.ELECTRON_SKIP_BINARY_DOWNLOAD;
      else process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = saved;
    }
  });

  it('fails offline with the cause and a pointer to npm run serve, in zh-CN and English', () => {
    const d = electronDir(OFFLINE);
    let failure: unknown;
    try {
      ensureElectronBinary(d, () => undefined);
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(StepFailure);
    const f = failure as StepFailure;
    expect(f.what.zh).toMatch(/无法下载 Electron 40\.10\.2/);
    expect(f.what.en).toMatch(/Could not download the Electron 40\.10\.2 binary/);
    expect(f.details).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(f.next.zh).toMatch(/npm run serve/);
    expect(f.next.en).toMatch(/npm run serve/);
  });

  it('reduces install.js output to its first error line', () => {
    expect(downloadCause('\nHTTPError: Response code 404 (Not Found)\n    at x\n')).toBe('HTTPError: Response code 404 (Not Found)');
    expect(downloadCause('something odd\nmore')).toBe('something odd');
    expect(downloadCause('')).toBe('');
  });
});

describe('Electron build of better-sqlite3', () => {
  const target: NativeTarget = { platform: 'win32', arch: 'x64', electron: '40.10.2', betterSqlite3: '12.11.1' };
  const stamp = (repo: string, t: Partial<NativeTarget>) => {
    const d = nativeBuildDir(repo, 'win32', 'x64');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, NATIVE_FILE), 'x');
    writeFileSync(join(d, 'build.json'), JSON.stringify({ ...target, ...t, builtAt: 'now' }));
  };

  it('lives in .electron-native/<electron-builder os>-<arch>', () => {
    expect(nativeBuildDir('/r', 'win32', 'x64')).toBe(resolve('/r/.electron-native/win-x64'));
    expect(nativeBuildDir('/r', 'linux', 'x64')).toBe(resolve('/r/.electron-native/linux-x64'));
    expect(nativeBuildDir('/r', 'darwin', 'arm64')).toBe(resolve('/r/.electron-native/mac-arm64'));
  });

  it('is missing, stale when Electron or better-sqlite3 changed, and current when the stamp matches', () => {
    const repo = dir();
    expect(nativeStatus(repo, target).state).toBe('missing');
    stamp(repo, { electron: '39.2.0' });
    expect(nativeStatus(repo, target)).toEqual({ state: 'stale', reason: 'built for electron 39.2.0, need 40.10.2' });
    stamp(repo, { betterSqlite3: '12.9.0' });
    expect(nativeStatus(repo, target).state).toBe('stale');
    stamp(repo, {});
    expect(nativeStatus(repo, target)).toEqual({ state: 'current' });
    writeFileSync(join(nativeBuildDir(repo, 'win32', 'x64'), 'build.json'), '{oops');
    expect(nativeStatus(repo, target).state).toBe('stale');
  });

  it('reads the installed Electron and better-sqlite3 versions', () => {
    const t = installedTarget(resolve('.'));
    expect(t.electron).toMatch(/^\d+\.\d+\.\d+/);
    expect(t.betterSqlite3).toMatch(/^\d+\.\d+\.\d+/);
    expect(t.platform).toBe(process.platform);
  });

  it('tells a Node build (loads here) from anything else (the guard against an Electron build compiled with Node headers)', () => {
    expect(loadsInNode(resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    const bogus = join(dir(), NATIVE_FILE);
    writeFileSync(bogus, 'not a shared library');
    chmodSync(bogus, 0o755);
    expect(loadsInNode(bogus)).toBe(false);
  });

  it("refuses to package a target whose build is missing (electron-builder's beforePack hook)", async () => {
    const repo = dir();
    for (const name of ['electron', 'better-sqlite3']) {
      mkdirSync(join(repo, 'node_modules', name), { recursive: true });
      writeFileSync(join(repo, 'node_modules', name, 'package.json'), JSON.stringify({ version: name === 'electron' ? '40.10.2' : '12.11.1' }));
    }
    // A .mjs hook without type declarations: imported through a variable so TypeScript does not look for them.
    const hookPath = '../../scripts/electron/before-pack.mjs';
    const hook = ((await import(hookPath)) as { default: (ctx: unknown) => Promise<void> }).default;
    const context = { electronPlatformName: 'win32', arch: 1 /* builder-util Arch.x64 */, packager: { projectDir: repo } };
    await expect(hook(context)).rejects.toThrow(/npm run rebuild:electron -- --platform win32 --arch x64/);
    stamp(repo, {});
    await expect(hook(context)).resolves.toBeUndefined();
  });
});
