// The catalog rows for a search, a page at a time (see components/usePagedRows.ts). The server matches name, SKU,
// barcode and pinyin initials; it is asked a moment after typing stops, not on every key.
import { useDebouncedValue } from '@mantine/hooks';
import type { ProductStatus } from '../../api/contract';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { usePagedRows } from '../../components/usePagedRows';

export function useProductList(q: string, status: ProductStatus | 'all') {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [query] = useDebouncedValue(q.trim(), 150);
  const filter = { q: query || undefined, status: status === 'all' ? undefined : status };
  const rows = usePagedRows({
    key: (offset, limit) => trpc.products.list.queryKey({ ...filter, offset, limit }),
    fetchPage: (offset, limit) => client.products.list.query({ ...filter, offset, limit }),
  });
  return { ...rows, resetKey: `${filter.q ?? ''}|${filter.status ?? ''}` };
}
