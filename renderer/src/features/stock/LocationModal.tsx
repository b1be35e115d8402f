// Setting a product's storage location (货位) in one warehouse, opened from a row of the balances table (Enter or
// double click). Enter saves; an empty box clears the location. The core trims, upper-cases and checks the text.
import { TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { FormModal } from '../../components/FormModal';
import type { BalanceRow } from './stock-types';

export function LocationModal({ row, canSave, onClose }: { row: BalanceRow & { warehouseId: string }; canSave: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [location, setLocation] = useState(row.location ?? '');
  const done = {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: trpc.stock.balances.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.locations.list.queryKey() });
      onClose();
    },
  };
  const set = useMutation(trpc.locations.set.mutationOptions(done));
  const clear = useMutation(trpc.locations.clear.mutationOptions(done));
  const failed = set.error ?? clear.error;
  const target = { warehouseId: row.warehouseId, productId: row.productId };
  return (
    <FormModal
      title={t('stock.location.title', { name: row.name, warehouse: row.warehouseName ?? '' })}
      onClose={onClose}
      onSubmit={(e) => {
        e?.preventDefault();
        if (location.trim()) set.mutate({ ...target, location });
        else clear.mutate(target);
      }}
      saving={set.isPending || clear.isPending}
      error={failed ? errorText(failed, t('common.errors.network')) : null}
      canSave={canSave}
      size="sm"
    >
      <TextInput
        data-autofocus
        label={t('stock.location.label')}
        description={t('stock.location.hint')}
        placeholder="A-01-03"
        value={location}
        onChange={(e) => setLocation(e.currentTarget.value)}
        readOnly={!canSave}
      />
    </FormModal>
  );
}
