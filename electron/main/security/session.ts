// Needs the Electron binary (not run in tests here). Serves the built UI from app://dms/ with our CSP, denies
// web permissions and devices, and in development adds a (relaxed) CSP to the Vite dev server's responses.
import { net, type Session } from 'electron';
import { pathToFileURL } from 'node:url';
import { CSP, devCsp } from '../../api/security/csp';
import { APP_SCHEME, appFileFor, type RendererSource } from '../app-url';
import { isPermissionAllowed } from './permissions';

/** Call before app 'ready' (Electron requires privileged schemes to be registered first). */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export function secureSession(ses: Session, source: RendererSource, rendererRoot: string): void {
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, source.origin));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, source.origin),
  );
  ses.setDevicePermissionHandler(() => false);

  if (source.dev) {
    const policy = devCsp(source.origin);
    ses.webRequest.onHeadersReceived({ urls: [`${source.origin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
    });
    return;
  }

  ses.protocol.handle(APP_SCHEME, async (request) => {
    const file = appFileFor(request.url, rendererRoot);
    if (file === null) return new Response('Not found', { status: 404 });
    let res: Response;
    try {
      // net.fetch reads inside app.asar and sets the content type from the file name.
      res = await net.fetch(pathToFileURL(file).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    return new Response(res.body, { status: res.status, headers });
  });
}
