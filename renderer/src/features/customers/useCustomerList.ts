// The customers for a search, a page at a time (see components/usePagedRows.ts); same pattern as products.
import { useDebouncedValue } from '@mantine/hooks';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { usePagedRows } from '../../components/usePagedRows';

export type ActiveFilter = 'all' | 'active' | 'inactive';

export function useCustomerList(q: string, active: ActiveFilter) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [query] = useDebouncedValue(q.trim(), 150);
  const filter = { q: query || undefined, active: active === 'all' ? undefined : active === 'active' };
  const rows = usePagedRows({
    key: (offset, limit) => trpc.customers.list.queryKey({ ...filter, offset, limit }),
    fetchPage: (offset, limit) => client.customers.list.query({ ...filter, offset, limit }),
  });
  return { ...rows, resetKey: `${filter.q ?? ''}|${String(filter.active)}` };
}
