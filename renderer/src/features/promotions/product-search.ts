// Products found by what the owner types (name, SKU, pinyin initials, barcode): products.search, debounced.
// Picked products are remembered (remember() from onChange), so they keep their label while the search text changes.
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';

export type FoundProduct = ApiOutputs['products']['search'][number];

export function useProductSearch() {
  const trpc = useTRPC();
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
    /** The picked products first, then the hits. */
    options: () => [...picked, ...found.filter((p) => !picked.some((x) => x.id === p.id))].map((p) => ({ value: p.id, label: `${p.sku} ${p.name}` })),
  };
}
