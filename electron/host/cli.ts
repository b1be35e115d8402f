// `npm run serve -- --data-dir DIR --port N [--host ADDR] [--demo]`
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openApp } from '../api/app';
import { appVersion } from '../api/version';
import { chromiumPdfRenderer } from './pdf-chromium';
import { startHost } from './server';
import { seedDemo } from '../../scripts/seed/demo';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: join(root, 'data') },
      port: { type: 'string', default: '5180' },
      host: { type: 'string', default: '127.0.0.1' },
      demo: { type: 'boolean', default: false },
      'renderer-dir': { type: 'string', default: join(root, 'out', 'renderer') },
    },
  });
  const dataDir = resolve(values['data-dir']);
  const app = await openApp(dataDir, appVersion(), {}, { pdf: chromiumPdfRenderer() });
  if (values.demo) {
    const seeded = await seedDemo(app.core);
    console.log(
      seeded
        ? '演示数据已生成 / Demo data created.'
        : '数据目录已有数据，未生成演示数据 / The data dir is not empty; demo data not added.',
    );
    console.log('演示账号 / Demo accounts: owner, accountant, clerk, driver — 密码 / password: demo-1234');
  }
  const rendererDir = resolve(values['renderer-dir']);
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.warn(`界面尚未构建 / UI not built in ${rendererDir}: run "npm run build:renderer"`);
  }
  const host = await startHost({ app, rendererDir, port: Number(values.port), host: values.host });
  console.log(`DMS ${appVersion()} 数据目录 / data: ${dataDir}`);
  console.log(`已启动 / Listening: ${host.url}`);
  const stop = () => {
    void host.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
