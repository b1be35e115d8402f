// Where the data folder is: `--data-dir DIR` (or `--data-dir=DIR`) on the command line, else DMS_DATA_DIR, else
// <userData>/data. Electron and Chromium put their own switches in argv, so unknown arguments are ignored.
import { isAbsolute, join, resolve } from 'node:path';

export function dataDirFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--data-dir') {
      const next = argv[i + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length) || undefined;
  }
  return undefined;
}

export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataPath: string,
  cwd: string,
): string {
  const chosen = dataDirFromArgv(argv) ?? (env.DMS_DATA_DIR?.trim() || undefined);
  if (chosen === undefined) return join(userDataPath, 'data');
  return isAbsolute(chosen) ? chosen : resolve(cwd, chosen);
}
