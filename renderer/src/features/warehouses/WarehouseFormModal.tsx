// Create or edit a warehouse: the main warehouse, or a van (车辆) with its driver and plate number.
import { SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warehouseCreateInput, type WarehouseKind } from '../../api/contract';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';

export type WarehouseRow = ApiOutputs['warehouses']['list'][number];

interface Values {
  code: string;
  name: string;
  kind: WarehouseKind;
  driverId: string | null;
  plate: string;
  active: boolean;
}

const toValues = (w: WarehouseRow | null): Values =>
  w
    ? { code: w.code, name: w.name, kind: w.kind, driverId: w.driverId, plate: w.plate, active: w.active }
    : { code: '', name: '', kind: 'main', driverId: null, plate: '', active: true };

/** A main warehouse has no driver or plate, whatever the form still holds from switching kinds. */
const toInput = (v: Values) => (v.kind === 'main' ? { ...v, driverId: null, plate: '' } : v);

export function WarehouseFormModal({ warehouse, canSave, onClose }: { warehouse: WarehouseRow | null; canSave: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const drivers = useQuery(trpc.employees.list.queryOptions({ active: true }));
  const form = useForm<Values>({ initialValues: toValues(warehouse), validate: contractResolver<Values, typeof warehouseCreateInput>(warehouseCreateInput, toInput) });
  const create = useMutation(trpc.warehouses.create.mutationOptions());
  const update = useMutation(trpc.warehouses.update.mutationOptions());
  const isVan = form.getValues().kind === 'van';

  const done = {
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('warehouses.saved') });
      void queryClient.invalidateQueries({ queryKey: trpc.warehouses.list.queryKey() });
      onClose();
    },
    onError: (err: unknown) => setError(applyServerError(form, err, t('common.errors.network'))),
  };

  const submit = form.onSubmit((values) => {
    setError(null);
    const input = toInput(values);
    if (warehouse) update.mutate({ id: warehouse.id, ...input }, done);
    else create.mutate(input, done);
  });

  const driverOptions = (drivers.data ?? [])
    .filter((e) => e.role === 'driver' || e.role === 'salesperson')
    .map((e) => ({ value: e.id, label: t('warehouses.driverOption', { name: e.name, role: t(`employees.roles.${e.role}`) }) }));

  return (
    <FormModal
      title={warehouse ? t('warehouses.editTitle', { name: warehouse.name }) : t('warehouses.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending}
      error={error}
      canSave={canSave}
    >
      <TextInput label={t('warehouses.fields.code')} withAsterisk data-autofocus {...form.getInputProps('code')} />
      <TextInput label={t('warehouses.fields.name')} withAsterisk {...form.getInputProps('name')} />
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('warehouses.fields.kind')}
        </Text>
        <SegmentedControl
          data={(['main', 'van'] as const).map((k) => ({ value: k, label: t(`warehouses.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
      </Stack>
      <Select
        label={t('warehouses.fields.driver')}
        description={t('warehouses.driverHint')}
        disabled={!isVan}
        clearable
        searchable
        data={driverOptions}
        {...form.getInputProps('driverId')}
      />
      <TextInput label={t('warehouses.fields.plate')} disabled={!isVan} {...form.getInputProps('plate')} />
      <Switch label={t('warehouses.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}
