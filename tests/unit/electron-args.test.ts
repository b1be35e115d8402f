// Where the desktop app keeps its data: --data-dir, then DMS_DATA_DIR, then <userData>/data.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFromArgv, resolveDataDir } from '../../electron/main/args';

const userData = resolve('/home/clerk/.config/dms');
const cwd = resolve('/work/shop');

describe('resolveDataDir', () => {
  it('defaults to <userData>/data', () => {
    expect(resolveDataDir(['/opt/dms/dms'], {}, userData, cwd)).toBe(join(userData, 'data'));
    expect(resolveDataDir(['/opt/dms/dms'], { DMS_DATA_DIR: '  ' }, userData, cwd)).toBe(join(userData, 'data'));
  });

  it('takes --data-dir in either form, relative to the working folder, among Electron and Chromium switches', () => {
    const argv = ['/usr/bin/electron', '.', '--no-sandbox', '--data-dir', 'shop-data', '--enable-logging'];
    expect(resolveDataDir(argv, {}, userData, cwd)).toBe(join(cwd, 'shop-data'));
    expect(resolveDataDir(['x', `--data-dir=${resolve('/srv/dms')}`], {}, userData, cwd)).toBe(resolve('/srv/dms'));
    expect(resolveDataDir(['x', '--data-dir=D:\\数据'], {}, userData, cwd)).toBe(resolve(cwd, 'D:\\数据'));
  });

  it('prefers --data-dir over DMS_DATA_DIR, and uses DMS_DATA_DIR over the default', () => {
    const env = { DMS_DATA_DIR: resolve('/env/data') };
    expect(resolveDataDir(['x', '--data-dir', '/arg/data'], env, userData, cwd)).toBe(resolve('/arg/data'));
    expect(resolveDataDir(['x'], env, userData, cwd)).toBe(resolve('/env/data'));
  });

  it('ignores a --data-dir without a value instead of taking the next switch as a folder', () => {
    expect(dataDirFromArgv(['x', '--data-dir'])).toBeUndefined();
    expect(dataDirFromArgv(['x', '--data-dir', '--inspect'])).toBeUndefined();
    expect(dataDirFromArgv(['x', '--data-dir='])).toBeUndefined();
    expect(resolveDataDir(['x', '--data-dir'], {}, userData, cwd)).toBe(join(userData, 'data'));
  });
});
