// Create or edit a customer (store): who, where, which salesperson and price list, credit limit and terms.
import { Grid, NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerCreateInput } from '../../api/contract';
import { useTRPC } from '../../api/trpc';
import { FormModal } from '../../components/FormModal';
import { parseYuan } from '../../components/money';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';
import { customerToValues, valuesToInput, type CustomerRow, type CustomerValues } from './customer-values';

export function CustomerFormModal({ customer, canSave, onClose }: { customer: CustomerRow | null; canSave: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const salespeople = useQuery(trpc.employees.list.queryOptions({ active: true }));
  const priceLists = useQuery(trpc.priceLists.list.queryOptions());
  const schemaErrors = contractResolver<CustomerValues, typeof customerCreateInput>(customerCreateInput, valuesToInput);
  const form = useForm<CustomerValues>({
    initialValues: customerToValues(customer),
    validate: (values) => ({
      ...schemaErrors(values),
      // "12.345" or "abc" is not an amount; say so in words rather than as a type error.
      ...(Number.isNaN(parseYuan(values.creditLimit)) ? { creditLimit: t('forms.amount') } : {}),
    }),
  });
  const create = useMutation(trpc.customers.create.mutationOptions());
  const update = useMutation(trpc.customers.update.mutationOptions());

  const done = {
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('customers.saved') });
      void queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() });
      onClose();
    },
    onError: (err: unknown) => setError(applyServerError(form, err, t('common.errors.network'))),
  };

  const submit = form.onSubmit((values) => {
    setError(null);
    const input = valuesToInput(values);
    if (customer) update.mutate({ id: customer.id, ...input }, done);
    else create.mutate(input, done);
  });

  return (
    <FormModal
      title={customer ? t('customers.editTitle', { name: customer.name }) : t('customers.createTitle')}
      onClose={onClose}
      onSubmit={submit}
      saving={create.isPending || update.isPending}
      error={error}
      canSave={canSave}
      size="lg"
    >
      <Grid>
        <Grid.Col span={4}>
          <TextInput label={t('customers.fields.code')} withAsterisk data-autofocus readOnly={!canSave} {...form.getInputProps('code')} />
        </Grid.Col>
        <Grid.Col span={8}>
          <TextInput label={t('customers.fields.name')} withAsterisk readOnly={!canSave} {...form.getInputProps('name')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('customers.fields.contact')} readOnly={!canSave} {...form.getInputProps('contact')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('customers.fields.phone')} inputMode="tel" readOnly={!canSave} {...form.getInputProps('phone')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('customers.fields.region')} readOnly={!canSave} {...form.getInputProps('region')} />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput label={t('customers.fields.address')} readOnly={!canSave} {...form.getInputProps('address')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('customers.fields.channel')} placeholder={t('customers.channelHint')} readOnly={!canSave} {...form.getInputProps('channel')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <Select
            label={t('customers.fields.salesperson')}
            clearable
            searchable
            readOnly={!canSave}
            data={(salespeople.data ?? []).filter((e) => e.role === 'salesperson' || e.role === 'driver').map((e) => ({ value: e.id, label: e.name }))}
            {...form.getInputProps('salespersonId')}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <Select
            label={t('customers.fields.priceList')}
            clearable
            readOnly={!canSave}
            data={(priceLists.data ?? []).map((l) => ({ value: l.id, label: l.name }))}
            {...form.getInputProps('priceListId')}
          />
        </Grid.Col>
        <Grid.Col span={4}>
          <TextInput label={t('customers.fields.creditLimit')} inputMode="decimal" placeholder="0.00" readOnly={!canSave} {...form.getInputProps('creditLimit')} />
        </Grid.Col>
        <Grid.Col span={4}>
          <NumberInput label={t('customers.fields.paymentTermsDays')} min={0} max={365} allowDecimal={false} allowNegative={false} readOnly={!canSave} {...form.getInputProps('paymentTermsDays')} />
        </Grid.Col>
        <Grid.Col span={4} pt="xl">
          <Switch label={t('customers.fields.active')} disabled={!canSave} {...form.getInputProps('active', { type: 'checkbox' })} />
        </Grid.Col>
      </Grid>
    </FormModal>
  );
}
