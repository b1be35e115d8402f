// Products found by what the owner types (name, SKU, pinyin initials, barcode): products.search, debounced.
// Picked products are remembered (remember() from onChange), so they keep their label while the search text changes.
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';

export type FoundProduct = ApiOutputs['products']['search'][number];

export function useProductSearch() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<FoundProduct[]>([]);
  const [debounced] = useDebouncedValue(q.trim(), 200);
  const hits = useQuery({ ...trpc.products.search.queryOptions({ q: debounced || '-', limit: 20 }), enabled: debounced.length > 0 });
  const found = hits.data ?? [];
  const byId = (id: string | null | undefined) => (id ? (picked.find((p) => p.id === id) ?? found.find((p) => p.id === id)) : undefined);
  return {
    q,
    setQ,
    searched: debounced.length > 0,
    byId,
    /** Keeps the picked products (call with the new value on change). */
    remember: (ids: readonly string[]) => setPicked(ids.flatMap((id) => [byId(id)].filter((p) => p !== undefined))),
    /** Adds a product found otherwise (a scan) to the remembered ones. */
    add: (p: FoundProduct) => setPicked((all) => (all.some((x) => x.id === p.id) ? all : [...all, p])),
    /** The product whose barcode was scanned (an exact barcode hit), or null. */
    scanned: async (code: string): Promise<{ product: FoundProduct; unitId: string } | null> => {
      const hits = await client.products.search.query({ q: code, limit: 5 });
      for (const product of hits) {
        const unit = product.units.find((u) => u.barcode === code);
        if (unit) return { product, unitId: unit.id };
      }
      return null;
    },
    /** The picked products first, then the hits. */
    options: () => [...picked, ...found.filter((p) => !picked.some((x) => x.id === p.id))].map((p) => ({ value: p.id, label: `${p.sku} ${p.name}` })),
  };
}
