// `npm start [-- --data-dir DIR]`: makes sure the Electron binary and the Electron build of better-sqlite3 are
// there, builds the app and launches it. `npm run dev` does the same but runs electron-vite's dev server instead
// of building; `npm run setup:electron` (--prepare) stops after the first two steps. Each step says what failed
// and what to do (exit codes: 2 Electron binary, 3 native module, 4 build).
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataDirFromArgv } from '../electron/main/args';
import { ensureElectronBinary } from './electron/binary';
import { buildElectronNative, installedTarget, nativeStatus } from './electron/native';
import { runSteps, StepFailure, type Step } from './electron/steps';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');

const args = process.argv.slice(2);
const dev = args.includes('--dev');
const prepareOnly = args.includes('--prepare');
const appArgs = args.filter((a) => a !== '--dev' && a !== '--prepare');

let executable = '';
let exitCode = 0;

/** Runs a child with our terminal and resolves with its exit code; Ctrl+C reaches it, not us. */
function runChild(command: string, argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolveExit, reject) => {
    const child = spawn(command, argv, { cwd: root, stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolveExit(code ?? (signal ? 1 : 0));
    });
  });
}

const steps: Step[] = [
  {
    title: { zh: '检查 Electron 程序', en: 'Check the Electron binary' },
    exitCode: 2,
    run: () => {
      executable = ensureElectronBinary(electronDir);
      console.log(`  ✓ ${executable}`);
    },
  },
  {
    title: { zh: '检查 better-sqlite3 的 Electron 版本', en: 'Check the Electron build of better-sqlite3' },
    exitCode: 3,
    run: async () => {
      const target = installedTarget(root);
      const status = nativeStatus(root, target);
      if (status.state === 'current') {
        console.log('  ✓ 已是最新 / up to date');
        return;
      }
      console.log(`  ${status.state}: ${status.reason}`);
      console.log(`  ✓ ${await buildElectronNative(root, target)}`);
    },
  },
];

if (prepareOnly) {
  // Nothing more: the binary and the native module are ready for `npm start` or `npm run package`.
} else if (dev) {
  const dataDir = dataDirFromArgv(appArgs);
  steps.push({
    title: { zh: '启动开发模式（electron-vite dev）', en: 'Start development mode (electron-vite dev)' },
    exitCode: 4,
    run: async () => {
      // electron-vite starts Electron itself; the data folder travels as DMS_DATA_DIR.
      const env = dataDir ? { ...process.env, DMS_DATA_DIR: resolve(dataDir) } : process.env;
      exitCode = await runChild(process.execPath, [electronVite, 'dev'], env);
    },
  });
} else {
  steps.push(
    {
      title: { zh: '构建（electron-vite build）', en: 'Build (electron-vite build)' },
      exitCode: 4,
      run: () => {
        const build = spawnSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'inherit' });
        if (build.status !== 0) {
          throw new StepFailure(
            { zh: '构建失败，错误见上方输出。', en: 'The build failed; see the output above.' },
            { zh: '修复后再运行 npm start；只想用浏览器模式可运行 npm run serve。', en: 'Fix it and run npm start again; for host mode alone run npm run serve.' },
          );
        }
      },
    },
    {
      title: { zh: '启动', en: 'Start' },
      exitCode: 1,
      run: async () => {
        exitCode = await runChild(executable, ['.', ...appArgs]);
      },
    },
  );
}

const failed = await runSteps(steps);
process.exit(failed || exitCode);
