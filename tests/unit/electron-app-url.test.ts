// Where the Electron window's UI comes from, and which files its app:// protocol may serve.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, appFileFor, rendererSource } from '../../electron/main/app-url';

const root = resolve('/opt/dms/out/renderer');

describe('rendererSource', () => {
  it('serves the built UI from app://dms unless electron-vite dev names a loopback dev server', () => {
    expect(rendererSource(undefined, false)).toEqual({ url: 'app://dms/index.html', origin: APP_ORIGIN, dev: false });
    expect(rendererSource('http://localhost:5173/', false)).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      dev: true,
    });
    expect(rendererSource('http://127.0.0.1:5174', false).origin).toBe('http://127.0.0.1:5174');
  });

  it('ignores a dev server URL in an installed app and never trusts a remote or non-http one', () => {
    expect(rendererSource('http://localhost:5173/', true).origin).toBe(APP_ORIGIN);
    expect(rendererSource('http://evil.example:5173/', false).origin).toBe(APP_ORIGIN);
    expect(rendererSource('https://localhost:5173/', false).origin).toBe(APP_ORIGIN);
    expect(rendererSource('file:///tmp/index.html', false).origin).toBe(APP_ORIGIN);
    expect(() => rendererSource('not a url', false)).toThrow();
  });
});

describe('appFileFor', () => {
  it('maps app:// paths into the renderer folder', () => {
    expect(appFileFor('app://dms/index.html', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://dms/assets/index-abc123.js', root)).toBe(join(root, 'assets', 'index-abc123.js'));
    expect(appFileFor('app://dms/assets/%E5%AD%97%E4%BD%93.woff2', root)).toBe(join(root, 'assets', '字体.woff2'));
    expect(appFileFor('app://dms/assets/a.js?v=1#x', root)).toBe(join(root, 'assets', 'a.js'));
  });

  it('falls back to index.html for UI routes, as a single-page app', () => {
    expect(appFileFor('app://dms/', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://dms', root)).toBe(join(root, 'index.html'));
    expect(appFileFor('app://dms/catalog/products', root)).toBe(join(root, 'index.html'));
  });

  it('never leaves the renderer folder', () => {
    for (const url of [
      'app://dms/../../etc/passwd',
      'app://dms/%2e%2e/%2e%2e/etc/passwd',
      'app://dms/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://dms/..%5c..%5cwindows%5cwin.ini',
    ]) {
      const file = appFileFor(url, root);
      if (file !== null) expect(file.startsWith(root)).toBe(true);
    }
    expect(appFileFor('app://dms/assets/..%2f..%2f..%2fetc%2fpasswd', root)).toBeNull();
  });

  it('refuses other hosts, other schemes, malformed escapes and NUL bytes', () => {
    expect(appFileFor('app://other/index.html', root)).toBeNull();
    expect(appFileFor('file:///opt/dms/out/renderer/index.html', root)).toBeNull();
    expect(appFileFor('https://dms/index.html', root)).toBeNull();
    expect(appFileFor('app://dms/%E0%A4%A.js', root)).toBeNull();
    expect(appFileFor('app://dms/a%00.js', root)).toBeNull();
    expect(appFileFor('::::', root)).toBeNull();
  });
});
