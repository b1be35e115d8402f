// Who a statement can be for: every brand (a brand may have accruals before its first credit), or the stores that
// have a store-rebate account.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';

export type AccountKind = 'brand' | 'store';

export function useAccountOptions(kind: AccountKind): { value: string; label: string }[] {
  const trpc = useTRPC();
  const brands = useQuery({ ...trpc.brands.list.queryOptions(), enabled: kind === 'brand' });
  const stores = useQuery({ ...trpc.rebates.accounts.queryOptions({ accountKind: 'store' }), enabled: kind === 'store' });
  return kind === 'brand' ? (brands.data ?? []).map((b) => ({ value: b.id, label: b.name })) : (stores.data ?? []).map((s) => ({ value: s.accountId, label: s.name }));
}
