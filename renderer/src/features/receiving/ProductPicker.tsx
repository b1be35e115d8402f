// Picking a product by typing (name, SKU, pinyin initials or barcode digits) for goods whose label will not scan.
// Asks products.search as the clerk types; the picked product stays an option while the text changes.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';

export type PickedProduct = ApiOutputs['products']['search'][number];

interface Props {
  label: string;
  value: PickedProduct | null;
  onChange: (p: PickedProduct | null) => void;
  autoFocus?: boolean;
}

export function ProductPicker({ label, value, onChange, autoFocus }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 200);
  const hits = useQuery({ ...trpc.products.search.queryOptions({ q: debounced || '-', limit: 20 }), enabled: debounced.length > 0 });
  const found = hits.data ?? [];
  const options = value && !found.some((p) => p.id === value.id) ? [value, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={t('receiving.manual.searchHint')}
      data={options.map((p) => ({ value: p.id, label: `${p.sku} ${p.name}` }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(options.find((p) => p.id === id) ?? null)}
      searchable
      searchValue={q}
      onSearchChange={setQ}
      // The server already matched (pinyin, barcodes): show what it found as it is.
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced ? t('receiving.manual.noProduct') : undefined}
      autoFocus={autoFocus}
      data-autofocus={autoFocus || undefined}
    />
  );
}
