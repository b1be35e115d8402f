// The distributor's own code in the brand's code registry and its sales territory, kept in `settings`.
// Codes registered to another distributor code are flagged; stores outside the territory are diversion (窜货).
import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { mutate } from '../shared/mutate';

export const DISTRIBUTOR_CODE_KEY = 'trace.distributorCode';
export const TERRITORY_KEY = 'trace.territory';

/**
 * Where we may sell. A store's region is inside when it equals a listed region or starts with one ("杭州市" covers
 * "杭州市西湖区"); an empty list allows every region (channels likewise). A group narrows the rules for its
 * products: its non-empty lists replace the default ones.
 */
export interface Territory {
  regions: string[];
  channels: string[];
  groups: TerritoryGroup[];
}

export interface TerritoryGroup {
  name: string;
  productIds: string[];
  regions: string[];
  channels: string[];
}

export interface TraceSettings {
  /** Our code in the brand's registry; null until set (then no code is flagged as another distributor's). */
  distributorCode: string | null;
  territory: Territory;
}

const emptyTerritory = (): Territory => ({ regions: [], channels: [], groups: [] });

function readSetting(core: Core, key: string): unknown {
  return core.db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value ?? null;
}

function writeSetting(core: Core, key: string, value: unknown): void {
  const updatedAt = core.now().toISOString();
  core.db
    .insert(settings)
    .values({ key, value, updatedAt })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } })
    .run();
}

export function getTraceSettings(core: Core): TraceSettings {
  const code = readSetting(core, DISTRIBUTOR_CODE_KEY);
  const territory = readSetting(core, TERRITORY_KEY) as Partial<Territory> | null;
  return {
    distributorCode: typeof code === 'string' && code !== '' ? code : null,
    territory: { ...emptyTerritory(), ...(territory ?? {}) },
  };
}

/** Saves both settings in one transaction with its audit row. Input is validated by the API's schema. */
export function saveTraceSettings(core: Core, actor: Actor, input: TraceSettings): TraceSettings {
  return mutate(
    core,
    actor,
    (saved) => ({ action: 'trace.settings.save', entity: 'settings', entityId: TERRITORY_KEY, data: saved }),
    () => {
      writeSetting(core, DISTRIBUTOR_CODE_KEY, input.distributorCode ?? '');
      writeSetting(core, TERRITORY_KEY, input.territory);
      return getTraceSettings(core);
    },
  );
}

export interface TraceSettingsView extends TraceSettings {
  /** The products the territory groups name, for a screen to show them by name. */
  groupProducts: { id: string; sku: string; name: string }[];
}

export function traceSettingsView(core: Core): TraceSettingsView {
  const settings = getTraceSettings(core);
  const ids = [...new Set(settings.territory.groups.flatMap((g) => g.productIds))];
  const groupProducts =
    ids.length === 0
      ? []
      : (core.sqlite.prepare('SELECT id, sku, name FROM products WHERE id IN (SELECT value FROM json_each(?)) ORDER BY sku').all(JSON.stringify(ids)) as TraceSettingsView['groupProducts']);
  return { ...settings, groupProducts };
}
