// Names of the promotions an order's lines came from (a gift line or a discount says which promotion gave it).
import { useQueries } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';
import type { SalesOrderView } from './sales-types';

export function usePromotionNames(order: SalesOrderView | undefined): Map<string, string> {
  const trpc = useTRPC();
  const ids = [...new Set((order?.lines ?? []).flatMap((l) => (l.promotionId ? [l.promotionId] : [])))];
  const results = useQueries({ queries: ids.map((id) => ({ ...trpc.promotions.get.queryOptions({ id }), staleTime: 300_000 })) });
  const names = new Map<string, string>();
  results.forEach((r, i) => {
    const id = ids[i];
    if (id && r.data) names.set(id, r.data.name);
  });
  return names;
}
