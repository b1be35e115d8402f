// A new price list (批发价, KA价 …): a short code and a name.
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priceListCreateInput, type PriceListCreateInput } from '../../api/contract';
import { useTRPC } from '../../api/trpc';
import { FormModal } from '../../components/FormModal';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';

export function PriceListCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PriceListCreateInput>({
    initialValues: { code: '', name: '' },
    validate: contractResolver<PriceListCreateInput, typeof priceListCreateInput>(priceListCreateInput),
  });
  const create = useMutation(trpc.priceLists.create.mutationOptions());

  const submit = form.onSubmit((values) => {
    setError(null);
    create.mutate(values, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('prices.listSaved') });
        void queryClient.invalidateQueries({ queryKey: trpc.priceLists.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.prices.pathKey() });
        onClose();
      },
      onError: (err) => setError(applyServerError(form, err, t('common.errors.network'))),
    });
  });

  return (
    <FormModal title={t('prices.listTitle')} onClose={onClose} onSubmit={submit} saving={create.isPending} error={error}>
      <TextInput label={t('prices.listFields.code')} description={t('prices.listHint')} withAsterisk data-autofocus {...form.getInputProps('code')} />
      <TextInput label={t('prices.listFields.name')} withAsterisk {...form.getInputProps('name')} />
    </FormModal>
  );
}
