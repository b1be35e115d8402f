// The catalog rows for a search: asks the server (name, SKU, barcode, pinyin initials) a moment after typing
// stops, and keeps showing the previous rows until the new answer arrives, so the table never flashes empty.
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ProductStatus } from '../../api/contract';
import { useTRPC } from '../../api/trpc';

export function productFilter(q: string, status: ProductStatus | 'all') {
  return { q: q || undefined, status: status === 'all' ? undefined : status };
}

export function useProductList(q: string, status: ProductStatus | 'all') {
  const trpc = useTRPC();
  const [query] = useDebouncedValue(q.trim(), 150);
  const filter = productFilter(query, status);
  const list = useQuery({ ...trpc.products.list.queryOptions(filter), placeholderData: keepPreviousData });
  return { list, filter };
}
