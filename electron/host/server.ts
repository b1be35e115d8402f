// Host mode: the API and the built renderer over HTTP, for office PCs on the LAN and for end-to-end tests.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../api/app';
import { API_BASE, createApiHandler } from '../api/transports/http';
import { createStaticHandler } from './static';

export interface HostOptions {
  app: App;
  rendererDir: string;
  port: number;
  host: string;
}

export interface RunningHost {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

export function startHost(opts: HostOptions): Promise<RunningHost> {
  const api = createApiHandler(opts.app);
  const files = createStaticHandler(opts.rendererDir);
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ ok: true, version: opts.app.services.version }));
    } else if (path.startsWith(API_BASE)) {
      api(req, res);
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      files(req, res);
    } else {
      res.writeHead(405).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        server,
        url: `http://${shown}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
