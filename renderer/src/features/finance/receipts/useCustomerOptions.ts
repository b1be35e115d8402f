// Customer choices for the receipt form: the server's ranked search (name, code, pinyin) as the accountant types.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../../api/trpc';

export function useCustomerOptions(fixed?: { id: string; name: string }) {
  const trpc = useTRPC();
  const [query, setQuery] = useState('');
  const q = query.trim();
  const found = useQuery({ ...trpc.customers.search.queryOptions({ q: q || 'x', limit: 30 }), enabled: !fixed && q.length > 0 });
  const options = fixed ? [{ value: fixed.id, label: fixed.name }] : (found.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }));
  return { options, setQuery };
}
