// The Electron executable. npm does not run electron's postinstall here (package.json "allowScripts"), so the
// binary is fetched on first `npm start` by electron's own install.js; where the network does not allow it, the
// step fails with a message that points to host mode, which needs no Electron at all.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StepFailure } from './steps';

export function electronVersion(electronDir: string): string {
  return (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The executable electron/index.js would launch, or null when it is not installed (or is another version's).
 * Mirrors electron's own lookup: path.txt names the file under dist/, ELECTRON_OVERRIDE_DIST_PATH replaces dist/.
 */
export function electronExecutable(electronDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(file) ? file : null;
  }
  const file = join(electronDir, 'dist', relative);
  if (!relative || !existsSync(file)) return null;
  try {
    const installed = readFileSync(join(electronDir, 'dist', 'version'), 'utf8').trim().replace(/^v/, '');
    if (installed !== electronVersion(electronDir)) return null;
  } catch {
    return null;
  }
  return file;
}

/** Short cause from install.js's output: its first error line, without the stack. */
export function downloadCause(output: string): string {
  const line = output.split('\n').find((l) => /error/i.test(l)) ?? output.split('\n').find((l) => l.trim() !== '');
  return (line ?? '').trim();
}

export const SERVE_INSTEAD = {
  zh: '无法联网下载时，可改用浏览器模式：npm run serve（再用 Chromium 打开显示的地址）。',
  en: 'Without a network, use host mode instead: npm run serve (then open the address it prints in a browser).',
};

/** Returns the executable, downloading it first if needed; throws a StepFailure saying why it cannot. */
export function ensureElectronBinary(electronDir: string, log: (line: string) => void = console.log): string {
  const found = electronExecutable(electronDir);
  if (found) return found;
  const version = electronVersion(electronDir);
  log(`  下载 Electron ${version}… / Downloading Electron ${version}…`);
  // ELECTRON_SKIP_BINARY_DOWNLOAD (set for `npm ci` on CI) would make install.js succeed without downloading.
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  const run = spawnSync(process.execPath, [join(electronDir, 'install.js')], { env, encoding: 'utf8' });
  const after = electronExecutable(electronDir);
  if (run.status === 0 && after) return after;
  throw new StepFailure(
    {
      zh: `无法下载 Electron ${version} 程序（需要访问 github.com 或所设置的 ELECTRON_MIRROR）。`,
      en: `Could not download the Electron ${version} binary (needs github.com or the ELECTRON_MIRROR you set).`,
    },
    SERVE_INSTEAD,
    downloadCause(`${run.stderr ?? ''}\n${run.stdout ?? ''}`) || (run.error?.message ?? `exit ${String(run.status)}`),
  );
}
