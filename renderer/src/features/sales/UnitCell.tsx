// The unit of a line, changeable to any packaging unit of the product (瓶 → 箱 keeps the quantity typed, now in
// cases). The product's units are read once per product and cached.
import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/trpc';

interface Props {
  productId: string;
  unitId: string | null;
  unitName: string;
  label: string;
  disabled?: boolean;
  onChange: (unitId: string) => void;
}

export function UnitCell({ productId, unitId, unitName, label, disabled, onChange }: Props) {
  const trpc = useTRPC();
  const product = useQuery({ ...trpc.products.get.queryOptions({ id: productId }), enabled: !disabled, staleTime: 60_000 });
  const units = product.data?.units ?? [];
  const data = units.length > 0 ? units.map((u) => ({ value: u.id, label: u.name })) : [{ value: unitId ?? '', label: unitName }];
  return (
    <NativeSelect
      aria-label={label}
      size="xs"
      w={70}
      data={data}
      value={unitId ?? ''}
      disabled={disabled}
      onChange={(e) => {
        if (e.currentTarget.value && e.currentTarget.value !== unitId) onChange(e.currentTarget.value);
      }}
    />
  );
}
