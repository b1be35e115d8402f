// The Electron shell's own words: menus in zh-CN (with English), and the box shown when the data cannot be opened.
import Database from 'better-sqlite3';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFile, openApp } from '../../electron/api/app';
import type { Lang } from '../../electron/api/contract';
import { buildMenuSpec, type MenuAction, type MenuSpecItem } from '../../electron/main/ui/menu-template';
import { describeOpenFailure, NativeBindingMissing } from '../../electron/main/ui/open-failure';
import { SHELL_TEXT } from '../../electron/main/ui/shell-text';
import { tempDir } from '../helpers/core';

const flatten = (items: MenuSpecItem[]): MenuSpecItem[] =>
  items.flatMap((i) => (i.type === 'submenu' ? [i, ...flatten(i.submenu)] : [i]));
const labels = (items: MenuSpecItem[]) => flatten(items).flatMap((i) => ('label' in i ? [i.label] : []));
const han = /\p{Script=Han}/u;

describe('menu', () => {
  it('is 文件/编辑/视图/帮助 in Chinese and File/Edit/View/Help in English, with mnemonics', () => {
    expect(buildMenuSpec('zh-CN', { dev: false }).map((i) => ('label' in i ? i.label : ''))).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(buildMenuSpec('en', { dev: false }).map((i) => ('label' in i ? i.label : ''))).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('labels every item in the chosen language (Electron role labels would be English only)', () => {
    for (const label of labels(buildMenuSpec('zh-CN', { dev: true }))) {
      if (label !== 'English') expect(label, label).toMatch(han);
    }
    for (const label of labels(buildMenuSpec('en', { dev: true }))) {
      if (label !== '简体中文' && label !== '语言 / Language') expect(label, label).not.toMatch(han);
      expect(label.trim().length).toBeGreaterThan(0);
    }
  });

  it('offers every action, checks the current language, and shows developer tools only in development', () => {
    const all: MenuAction[] = ['logout', 'open-data-dir', 'about', 'lang:zh-CN', 'lang:en'];
    for (const lang of ['zh-CN', 'en'] as Lang[]) {
      const items = flatten(buildMenuSpec(lang, { dev: false }));
      const actions = items.flatMap((i) => ('action' in i ? [i.action] : []));
      expect([...actions].sort()).toEqual([...all].sort());
      const radios = items.filter((i) => i.type === 'radio');
      expect(radios.filter((r) => r.checked).map((r) => r.action)).toEqual([`lang:${lang}`]);
      expect(items.some((i) => i.type === 'role' && i.role === 'toggleDevTools')).toBe(false);
      expect(flatten(buildMenuSpec(lang, { dev: true })).some((i) => i.type === 'role' && i.role === 'toggleDevTools')).toBe(true);
      expect(items.some((i) => i.type === 'role' && i.role === 'quit')).toBe(true);
    }
  });

  it('names the window 经销商管理系统 in Chinese', () => {
    expect(SHELL_TEXT['zh-CN'].windowTitle).toBe('经销商管理系统');
    expect(SHELL_TEXT.en.windowTitle).toBe('Distributor Management System');
  });
});

describe('describeOpenFailure', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const dir = () => {
    const d = tempDir('dms-fail-');
    dirs.push(d);
    return d;
  };
  const failureOf = async (dataDir: string, opts = {}) => {
    try {
      (await openApp(dataDir, '0.0.0', opts)).close();
    } catch (e) {
      return describeOpenFailure(e, dataDir);
    }
    throw new Error('expected openApp to fail');
  };

  it('explains a database from a newer version in zh-CN then English, with the folder and cause for support', async () => {
    const d = dir();
    (await openApp(d, '0.0.0')).close();
    const raw = new Database(databaseFile(d));
    raw.pragma('user_version = 9999');
    raw.close();
    const f = await failureOf(d);
    expect(f.title).toBe('无法启动 / Cannot start');
    const [zh, en] = f.message.split('\n');
    expect(zh).toMatch(/更新版本/);
    expect(en).toMatch(/newer version/);
    expect(f.detail).toContain(d);
    expect(f.detail).toContain('DB_TOO_NEW');
  });

  it('explains a file that is not a database', async () => {
    const d = dir();
    writeFileSync(databaseFile(d), 'this is not sqlite, just a text file that happens to be here'.repeat(100));
    const f = await failureOf(d);
    expect(f.message).toMatch(/已损坏/);
    expect(f.message).toMatch(/damaged/);
  });

  it('explains a native module that cannot be loaded (a real dlopen failure) and how to rebuild it', async () => {
    const d = dir();
    const bogus = join(d, 'better_sqlite3.node');
    writeFileSync(bogus, 'not a shared library');
    const f = await failureOf(d, { nativeBinding: bogus });
    expect(f.message).toMatch(/不匹配/);
    expect(f.message).toMatch(/npm run rebuild:electron/);
  });

  it('explains a missing native module, a wrong-ABI message, busy and unknown errors', () => {
    expect(describeOpenFailure(new NativeBindingMissing('/x/better_sqlite3.node'), '/d').message).toMatch(/找不到数据库组件[\s\S]*missing/);
    const abi = new Error(
      "The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 143. This version of Node.js requires NODE_MODULE_VERSION 115.",
    );
    expect(describeOpenFailure(abi, '/d').message).toMatch(/不匹配/);
    expect(describeOpenFailure(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }), '/d').message).toMatch(/占用/);
    const other = describeOpenFailure('boom', '/d');
    expect(other.message).toBe('无法打开数据库。\nThe database could not be opened.');
    expect(other.detail).toContain('boom');
  });
});
