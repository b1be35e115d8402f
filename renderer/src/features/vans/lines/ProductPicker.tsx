// The fallback when a barcode will not scan: search the catalog by pinyin initials (kkl → 可口可乐), name or SKU and
// pick a product in one of its units (瓶, 箱…). Choosing adds one of that unit and clears the box for the next.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import type { LineUnit } from './useScanLines';

export function ProductPicker({ onPick, w = 360 }: { onPick: (unit: LineUnit) => void; w?: number }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 150);
  const hits = useQuery({ ...trpc.products.search.queryOptions({ q: debounced, limit: 20 }), enabled: debounced.length > 0, placeholderData: keepPreviousData });
  const units = new Map<string, LineUnit>();
  for (const p of debounced ? (hits.data ?? []) : []) {
    for (const u of p.units) units.set(u.id, { productId: p.id, name: p.name, unitId: u.id, unitName: u.name, factor: u.factor, baseUnit: p.baseUnit });
  }
  const data = [...units.values()].map((u) => ({
    value: u.unitId,
    label: `${u.name} · ${u.unitName}${u.factor > 1 ? `(${u.factor}${u.baseUnit})` : ''}`,
  }));
  return (
    <Select
      aria-label={t('scanLines.search')}
      placeholder={t('scanLines.search')}
      description={t('scanLines.searchHint')}
      searchable
      searchValue={q}
      onSearchChange={setQ}
      data={data}
      value={null}
      // The server ranked the hits (pinyin included); the box must not filter them again by its own text match.
      filter={({ options }) => options}
      nothingFoundMessage={debounced ? t('common.table.empty') : undefined}
      onChange={(id) => {
        const unit = id ? units.get(id) : undefined;
        if (unit) onPick(unit);
        setQ('');
      }}
      w={w}
    />
  );
}
