// `npm run rebuild:electron [-- --platform win32 --arch x64] [--force] [--header-url URL]`: builds better-sqlite3 for the installed
// Electron into .electron-native/<os>-<arch>/ (see scripts/electron/native.ts). Without --force it does nothing
// when the build there already matches Electron's and better-sqlite3's versions.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { nativeTargetKey } from '../electron/main/paths';
import { buildElectronNative, installedTarget, nativeStatus } from './electron/native';
import { runSteps, StepFailure } from './electron/steps';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PLATFORMS: readonly string[] = ['win32', 'linux', 'darwin'];

const { values } = parseArgs({
  options: {
    platform: { type: 'string', default: process.platform },
    arch: { type: 'string', default: process.arch },
    force: { type: 'boolean', default: false },
    // A mirror of Electron's headers, where electronjs.org is slow or out of reach.
    'header-url': { type: 'string' },
  },
});

const target = installedTarget(root, values.platform as NodeJS.Platform, values.arch);
const key = nativeTargetKey(target.platform, target.arch);

const code = await runSteps([
  {
    title: { zh: `为 Electron ${target.electron} 编译 better-sqlite3（${key}）`, en: `Build better-sqlite3 for Electron ${target.electron} (${key})` },
    exitCode: 3,
    run: async () => {
      if (!PLATFORMS.includes(target.platform)) {
        throw new StepFailure(
          { zh: `不支持的平台：${target.platform}`, en: `Unsupported platform: ${target.platform}` },
          { zh: '--platform 可为 win32、linux 或 darwin。', en: '--platform may be win32, linux or darwin.' },
        );
      }
      const status = nativeStatus(root, target);
      if (status.state === 'current' && !values.force) {
        console.log('  已是最新，无需重新编译 / Up to date; nothing to do.');
        return;
      }
      if (status.state !== 'current') console.log(`  ${status.state}: ${status.reason}`);
      const file = await buildElectronNative(root, target, { headerURL: values['header-url'] });
      console.log(`  ✓ ${file}`);
    },
  },
]);
process.exit(code);
