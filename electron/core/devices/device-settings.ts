// Scanner and printer settings, kept in the settings table as JSON. Read back through the same schemas, so a value
// written by an older version (or edited by hand) never crashes the device services: bad entries are left out.
import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { AppError } from '../shared/errors';
import { mutate } from '../shared/mutate';
import { printerConfigSchema, printerSettingsSchema, type PrinterConfig, type PrinterSettings } from './printer-config';
import { scannerConfigSchema, type ScannerConfig } from './scanner-config';

export const SCANNERS_KEY = 'devices.scanners';
export const PRINTERS_KEY = 'devices.printers';

function readSetting(core: Core, key: string): unknown {
  return core.db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value ?? null;
}

function writeSetting(core: Core, key: string, value: unknown): void {
  const updatedAt = core.now().toISOString();
  core.db.insert(settings).values({ key, value, updatedAt }).onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } }).run();
}

export function getScanners(core: Core): ScannerConfig[] {
  const raw = readSetting(core, SCANNERS_KEY);
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = scannerConfigSchema.safeParse(r);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Replaces the scanner list. Ids must be unique, and two scanners cannot read one port. */
export function saveScanners(core: Core, actor: Actor, scanners: ScannerConfig[]): ScannerConfig[] {
  assertUnique(scanners, (s) => s.id, (s) => s.path);
  return mutate(
    core,
    actor,
    (saved) => ({ action: 'devices.scanners.save', entity: 'settings', entityId: SCANNERS_KEY, data: saved }),
    () => {
      writeSetting(core, SCANNERS_KEY, scanners);
      return getScanners(core);
    },
  );
}

export function getPrinterSettings(core: Core): PrinterSettings {
  const raw = readSetting(core, PRINTERS_KEY) as { printers?: unknown; defaultPrinterId?: unknown } | null;
  const printers = Array.isArray(raw?.printers)
    ? raw.printers.flatMap((r) => {
        const parsed = printerConfigSchema.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  const wanted = typeof raw?.defaultPrinterId === 'string' ? raw.defaultPrinterId : null;
  // The default falls back to the first printer, so one configured printer is used without further setup.
  const defaultPrinterId = printers.some((p) => p.id === wanted) ? wanted : (printers[0]?.id ?? null);
  return { printers, defaultPrinterId };
}

export function savePrinterSettings(core: Core, actor: Actor, input: PrinterSettings): PrinterSettings {
  const value = printerSettingsSchema.parse(input);
  assertUnique(value.printers, (p) => p.id, (p) => (p.transport.kind === 'tcp' ? null : p.transport.path));
  if (value.defaultPrinterId !== null && !value.printers.some((p) => p.id === value.defaultPrinterId)) {
    throw new AppError('PRINTER_NOT_FOUND', { id: value.defaultPrinterId });
  }
  return mutate(
    core,
    actor,
    (saved) => ({ action: 'devices.printers.save', entity: 'settings', entityId: PRINTERS_KEY, data: saved }),
    () => {
      writeSetting(core, PRINTERS_KEY, value);
      return getPrinterSettings(core);
    },
  );
}

/** The printer with this id, or the default one when id is null; throws a translated error when there is none. */
export function resolvePrinter(core: Core, id: string | null): PrinterConfig {
  const s = getPrinterSettings(core);
  const wanted = id ?? s.defaultPrinterId;
  if (wanted === null) throw new AppError('PRINTER_NONE');
  const printer = s.printers.find((p) => p.id === wanted);
  if (!printer) throw new AppError('PRINTER_NOT_FOUND', { id: wanted });
  return printer;
}

function assertUnique<T extends { id: string; name: string }>(items: T[], idOf: (t: T) => string, pathOf: (t: T) => string | null): void {
  const ids = new Set<string>();
  const paths = new Map<string, T>();
  for (const item of items) {
    if (ids.has(idOf(item))) throw new AppError('DEVICE_ID_DUPLICATE', { id: idOf(item) });
    ids.add(idOf(item));
    const path = pathOf(item);
    if (path === null) continue;
    const first = paths.get(path);
    if (first) throw new AppError('DEVICE_PATH_DUPLICATE', { first: first.name || first.id, second: item.name || item.id, path });
    paths.set(path, item);
  }
}
