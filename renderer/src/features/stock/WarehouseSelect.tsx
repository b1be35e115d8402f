// Picks a warehouse (main or van) from the active ones; `allowAll` adds "all warehouses" as the empty choice.
import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  label: string;
  allowAll?: boolean;
  kind?: 'main' | 'van';
  w?: number;
}

export function WarehouseSelect({ value, onChange, label, allowAll = false, kind, w = 200 }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery(trpc.warehouses.list.queryOptions({ active: true, ...(kind ? { kind } : {}) }));
  const data = (list.data ?? []).map((wh) => ({ value: wh.id, label: `${wh.code} ${wh.name}` }));
  return (
    <Select
      label={label}
      aria-label={label}
      data={allowAll ? [{ value: '', label: t('stock.allWarehouses') }, ...data] : data}
      value={value ?? (allowAll ? '' : null)}
      onChange={(v) => onChange(v ? v : null)}
      allowDeselect={false}
      searchable
      w={w}
    />
  );
}
