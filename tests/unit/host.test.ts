// Host mode over real HTTP on loopback: health, the API with translated errors, static files with the CSP, and
// the CLI (binds 127.0.0.1 by default, --demo seeds and says so).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../electron/api/app';
import { startHost, type RunningHost } from '../../electron/host/server';
import { tempDir } from '../helpers/core';

let app: App;
let host: RunningHost;
let rendererDir: string;

beforeAll(async () => {
  const dir = tempDir();
  rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>经销商管理系统</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  app = await openApp(join(dir, 'data'), '9.9.9');
  host = await startHost({ app, rendererDir, port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await host.close();
  app.close();
});

describe('host', () => {
  it('answers /healthz with the version', async () => {
    const res = await fetch(`${host.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: '9.9.9' });
  });

  it('serves the API: a fresh data dir needs setup; errors come translated by x-dms-lang', async () => {
    const status = await (await fetch(`${host.url}/trpc/auth.status`)).json();
    expect(status).toEqual({ result: { data: { needsSetup: true, version: '9.9.9' } } });
    const post = (lang: string) =>
      fetch(`${host.url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-dms-lang': lang },
        body: JSON.stringify({ username: 'nobody', password: 'whatever1' }),
      });
    const zh = await post('zh-CN');
    expect(zh.status).toBe(401);
    expect((await zh.json()).error).toMatchObject({ message: '用户名或密码错误', data: { appCode: 'LOGIN_FAILED' } });
    expect((await (await post('en')).json()).error.message).toBe('Wrong username or password');
  });

  it('refuses an API call without a session', async () => {
    const res = await fetch(`${host.url}/trpc/users.list`);
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toBe('请先登录');
  });

  it('serves the renderer with a strict CSP, falls back to index.html, and never leaves its folder', async () => {
    const page = await fetch(`${host.url}/catalog/products`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('经销商管理系统');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const js = await fetch(`${host.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const escape = await fetch(`${host.url}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });
});

describe('npm run serve (the CLI)', () => {
  it('binds 127.0.0.1 by default, seeds demo accounts with --demo and says so', async () => {
    const dataDir = join(tempDir(), 'data');
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/host/cli.ts', '--data-dir', dataDir, '--port', '0', '--demo'], {
      cwd: join(import.meta.dirname, '..', '..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line in: ${out}`)), 60_000);
        child.stdout.on('data', () => {
          const m = /Listening: (http:\/\/\S+)/.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(out).toContain('demo-1234');
      const login = await fetch(`${url}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'clerk', password: 'demo-1234' }),
      });
      expect((await login.json()).result.data.user).toMatchObject({ username: 'clerk', role: 'clerk' });
    } finally {
      child.kill('SIGTERM');
    }
  }, 90_000);
});
