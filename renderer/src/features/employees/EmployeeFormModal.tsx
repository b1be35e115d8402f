// Create or edit one employee (业务员, 司机, …), validated by the contract's employee schemas.
import { Select, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { employeeCreateInput, employeeRoleSchema, type EmployeeCreateInput } from '../../api/contract';
import { useTRPC } from '../../api/trpc';
import type { ApiOutputs } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';

export type EmployeeRow = ApiOutputs['employees']['list'][number];

type Values = Required<EmployeeCreateInput>;

const toValues = (e: EmployeeRow | null): Values =>
  e ? { code: e.code, name: e.name, phone: e.phone, role: e.role, active: e.active } : { code: '', name: '', phone: '', role: 'salesperson', active: true };

export function EmployeeFormModal({ employee, canSave, onClose }: { employee: EmployeeRow | null; canSave: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ initialValues: toValues(employee), validate: contractResolver<Values, typeof employeeCreateInput>(employeeCreateInput) });
  const create = useMutation(trpc.employees.create.mutationOptions());
  const update = useMutation(trpc.employees.update.mutationOptions());

  const done = {
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('employees.saved') });
      void queryClient.invalidateQueries({ queryKey: trpc.employees.list.queryKey() });
      onClose();
    },
    onError: (err: unknown) => setError(applyServerError(form, err, t('common.errors.network'))),
  };

  const submit = form.onSubmit((values) => {
    setError(null);
    if (employee) update.mutate({ id: employee.id, ...values }, done);
    else create.mutate(values, done);
  });

  return (
    <FormModal
      title={employee ? t('employees.editTitle', { name: employee.name }) : t('employees.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending}
      error={error}
      canSave={canSave}
    >
      <TextInput label={t('employees.fields.code')} withAsterisk data-autofocus {...form.getInputProps('code')} />
      <TextInput label={t('employees.fields.name')} withAsterisk {...form.getInputProps('name')} />
      <TextInput label={t('employees.fields.phone')} inputMode="tel" {...form.getInputProps('phone')} />
      <Select
        label={t('employees.fields.role')}
        withAsterisk
        allowDeselect={false}
        data={employeeRoleSchema.options.map((r) => ({ value: r, label: t(`employees.roles.${r}`) }))}
        {...form.getInputProps('role')}
      />
      <Switch label={t('employees.fields.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
    </FormModal>
  );
}
