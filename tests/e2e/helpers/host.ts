// The real HTTP host (what `npm run serve` runs) started in-process on 127.0.0.1 with a free port and a fresh
// temp data dir, serving the renderer built by `npm run build:renderer` (test:e2e builds it first).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openApp, type App } from '../../../electron/api/app';
import { appVersion } from '../../../electron/api/version';
import { chromiumPdfRenderer } from '../../../electron/host/pdf-chromium';
import { startHost, type RunningHost } from '../../../electron/host/server';
import { seedDemo } from '../../../scripts/seed/demo';

export const rendererDir = resolve(import.meta.dirname, '../../../out/renderer');

export interface TestHost {
  url: string;
  app: App;
  stop: () => Promise<void>;
}

export async function startTestHost(opts: { demo?: boolean } = {}): Promise<TestHost> {
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run build:renderer" (npm run test:e2e does).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'dms-e2e-'));
  const app = await openApp(dataDir, appVersion(), {}, { pdf: chromiumPdfRenderer() });
  if (opts.demo) await seedDemo(app.core);
  const host: RunningHost = await startHost({ app, rendererDir, port: 0, host: '127.0.0.1' });
  return {
    url: host.url,
    app,
    stop: async () => {
      await host.close();
      app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
