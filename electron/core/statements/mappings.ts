// Bank column mappings: the built-in ones plus those the accountant saved (a saved key overrides a built-in one).
import { eq } from 'drizzle-orm';
import { statementMappings } from '../../../db/schema';
import type { Actor, Core } from '../shared/context';
import { mutate } from '../shared/mutate';
import { bankLayout, builtInBankMappings, walletLayouts, type ColumnMapping, type Layout } from './layouts';

export interface SavedMapping {
  key: string;
  name: string;
  mapping: ColumnMapping;
  builtIn: boolean;
}

export function listMappings(core: Core): SavedMapping[] {
  const saved = core.db.select().from(statementMappings).all();
  const out = new Map<string, SavedMapping>();
  for (const [key, b] of Object.entries(builtInBankMappings)) out.set(key, { key, name: b.name, mapping: b.mapping, builtIn: true });
  for (const s of saved) out.set(s.key, { key: s.key, name: s.name, mapping: s.mapping as ColumnMapping, builtIn: false });
  return [...out.values()];
}

export function saveMapping(core: Core, actor: Actor, input: { key: string; name: string; mapping: ColumnMapping }): SavedMapping {
  return mutate(
    core,
    actor,
    () => ({ action: 'statement_mapping.save', entity: 'statement_mapping', entityId: input.key, data: input.mapping }),
    () => {
      const at = core.now().toISOString();
      core.db
        .insert(statementMappings)
        .values({ key: input.key, name: input.name, mapping: input.mapping, updatedAt: at })
        .onConflictDoUpdate({ target: statementMappings.key, set: { name: input.name, mapping: input.mapping, updatedAt: at } })
        .run();
      return { ...input, builtIn: false };
    },
  );
}

/** Layouts to try: one bank's mapping when the accountant chose it, else every wallet layout and every bank. */
export function layoutsFor(core: Core, mappingKey?: string): Layout[] {
  const banks = listMappings(core).map((m) => bankLayout(m.key, m.name, m.mapping));
  if (mappingKey) {
    const wallet = walletLayouts.filter((l) => l.key === mappingKey);
    return wallet.length ? [...wallet] : banks.filter((l) => l.key === mappingKey);
  }
  return [...walletLayouts, ...banks];
}

export function mappingByKey(core: Core, key: string): SavedMapping | undefined {
  const saved = core.db.select().from(statementMappings).where(eq(statementMappings.key, key)).get();
  if (saved) return { key, name: saved.name, mapping: saved.mapping as ColumnMapping, builtIn: false };
  const b = builtInBankMappings[key];
  return b ? { key, name: b.name, mapping: b.mapping, builtIn: true } : undefined;
}
