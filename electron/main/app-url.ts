// Where the UI comes from. A built app is served from our own privileged scheme, app://dms/, rather than file://:
// it gives the window a real origin to check IPC senders and navigations against, and lets main attach the CSP
// as a response header. During `electron-vite dev` the UI comes from Vite's dev server instead.
import { normalize, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'dms';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface RendererSource {
  /** What the window loads first. */
  url: string;
  /** The only origin the window may show and accept IPC from. */
  origin: string;
  /** True when loading from Vite's dev server (relaxed CSP for hot reload). */
  dev: boolean;
}

/** electron-vite dev sets ELECTRON_RENDERER_URL; only a loopback http URL is believed, never a remote one. */
export function rendererSource(devServerUrl: string | undefined, isPackaged: boolean): RendererSource {
  if (devServerUrl && !isPackaged) {
    const url = new URL(devServerUrl);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol === 'http:' && loopback) return { url: url.href, origin: url.origin, dev: true };
  }
  return { url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN, dev: false };
}

/**
 * The file an app:// request names inside the built renderer folder, or null when it is not ours or tries to
 * leave the folder. Paths without a file extension fall back to index.html, as the UI routes in the browser.
 */
export function appFileFor(requestUrl: string, rendererRoot: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const base = resolve(rendererRoot);
  const file = normalize(resolve(base, `.${pathname}`));
  if (file !== base && !file.startsWith(base + sep)) return null;
  const last = pathname.split('/').pop() ?? '';
  if (file === base || !last.includes('.')) return resolve(base, 'index.html');
  return file;
}
