// A brand or category that is not in the list yet, created without leaving the product form; the new one is
// picked straight away.
import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { brandCreateInput, categoryCreateInput } from '../../api/contract';
import { useTRPC } from '../../api/trpc';
import { FormModal } from '../../components/FormModal';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';

interface Props {
  kind: 'brand' | 'category';
  onCreated: (id: string) => void;
  onClose: () => void;
}

export function QuickCreateModal({ kind, onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', code: '' },
    validate:
      kind === 'brand'
        ? contractResolver<{ name: string; code: string }, typeof brandCreateInput>(brandCreateInput, (v) => ({ name: v.name, code: v.code || undefined }))
        : contractResolver<{ name: string; code: string }, typeof categoryCreateInput>(categoryCreateInput, (v) => ({ name: v.name })),
  });
  const brand = useMutation(trpc.brands.create.mutationOptions());
  const category = useMutation(trpc.categories.create.mutationOptions());

  const submit = form.onSubmit((values) => {
    setError(null);
    const done = {
      onSuccess: (created: { id: string }) => {
        void queryClient.invalidateQueries({ queryKey: kind === 'brand' ? trpc.brands.pathKey() : trpc.categories.pathKey() });
        onCreated(created.id);
        onClose();
      },
      onError: (err: unknown) => setError(applyServerError(form, err, t('common.errors.network'))),
    };
    if (kind === 'brand') brand.mutate({ name: values.name, code: values.code || undefined }, done);
    else category.mutate({ name: values.name }, done);
  });

  return (
    <FormModal
      title={kind === 'brand' ? t('products.quick.brandTitle') : t('products.quick.categoryTitle')}
      onClose={onClose}
      onSubmit={submit}
      saving={brand.isPending || category.isPending}
      error={error}
      size="sm"
    >
      <TextInput label={t('products.quick.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
      {kind === 'brand' ? <TextInput label={t('products.quick.code')} description={t('products.quick.codeHint')} {...form.getInputProps('code')} /> : null}
    </FormModal>
  );
}
