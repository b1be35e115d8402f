// The Content-Security-Policy of every page we serve: the HTTP host sends it with the renderer's files and the
// Electron main process sends it from its app:// protocol. One definition, so the browser and the desktop window
// run the UI under the same rules. Inline styles are allowed because Mantine injects them at run time.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Development only (`electron-vite dev`): Vite's dev server injects an inline React-refresh preamble and talks
 * hot-reload over a websocket to its own origin. Never used for a built app.
 */
export function devCsp(devServerOrigin: string): string {
  const ws = devServerOrigin.replace(/^http/, 'ws');
  return CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "connect-src 'self'",
    `connect-src 'self' ${ws}`,
  );
}
