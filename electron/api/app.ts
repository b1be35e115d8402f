// Opens a data folder for serving: the database (migrated, backed up), the Core and the long-lived services.
// Used by the Electron main process and by the HTTP host alike.
import { join } from 'node:path';
import { openDatabase, type OpenOptions } from '../../db/open';
import type { Core } from '../core/shared/context';
import { DEFAULT_TIME_ZONE } from '../core/shared/dates';
import { createServices, type ServiceOptions, type Services } from './services';

export interface App {
  core: Core;
  services: Services;
  dataDir: string;
  close: () => void;
}

export const databaseFile = (dataDir: string) => join(dataDir, 'dms.sqlite');

export async function openApp(dataDir: string, version: string, opts: OpenOptions = {}, serviceOpts: ServiceOptions = {}): Promise<App> {
  const { db, sqlite } = await openDatabase(databaseFile(dataDir), { backupDir: join(dataDir, 'backups'), ...opts });
  const core: Core = { db, sqlite, now: () => new Date(), timeZone: DEFAULT_TIME_ZONE };
  const services = createServices(version, serviceOpts);
  // Scanners open and queued receipts (left from the last run too) start printing as soon as the app is up.
  await services.devices.start(core);
  const close = () => {
    // Stops device services first: they stop touching the database at once, ports close in the background.
    void services.devices.stop();
    void services.pdf.close?.();
    sqlite.close();
  };
  return { core, services, dataDir, close };
}
