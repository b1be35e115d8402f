// Picking the customer by typing: name, code, phone or pinyin initials (kkl → 可口可乐便利店); the best hit is
// highlighted as the clerk types, so Enter takes it without the mouse.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';

export interface PickedCustomer {
  id: string;
  code: string;
  name: string;
  /** The store's own salesperson: the order's default 业务员. */
  salespersonId?: string | null;
}

interface Props {
  value: PickedCustomer | null;
  onChange: (c: PickedCustomer | null) => void;
  label?: string;
  autoFocus?: boolean;
  w?: number | string;
  size?: 'xs' | 'sm';
}

export function CustomerPicker({ value, onChange, label, autoFocus, w = 360, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 150);
  const hits = useQuery({ ...trpc.customers.search.queryOptions({ q: debounced || '-', limit: 20 }), enabled: debounced.length > 0 });
  const found: PickedCustomer[] = (hits.data ?? []).map((c) => ({ id: c.id, code: c.code, name: c.name, salespersonId: c.salespersonId }));
  const options = value && !found.some((c) => c.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={label ?? t('sales.fields.customer')}
      placeholder={t('sales.fields.customerHint')}
      data={options.map((c) => ({ value: c.id, label: `${c.code} ${c.name}` }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((c) => c.id === id) ?? null)}
      searchable
      searchValue={q}
      onSearchChange={setQ}
      selectFirstOptionOnChange
      // The server already matched (pinyin initials, phone): show its hits as they are.
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced && !hits.isFetching ? t('sales.fields.noCustomer') : undefined}
      onKeyDown={(e) => {
        // Hits arrive after the text changed, so Mantine may not have highlighted one yet: Enter takes the best.
        const listbox = document.getElementById(e.currentTarget.getAttribute('aria-controls') ?? '');
        const first = found[0];
        if (e.key === 'Enter' && first && !listbox?.querySelector('[data-combobox-selected]')) {
          e.preventDefault();
          onChange(first);
        }
      }}
      autoFocus={autoFocus}
      data-autofocus={autoFocus || undefined}
      w={w}
      size={size}
    />
  );
}
