// Create or edit a product in a drawer: identity (SKU, name, spec, brand, category), shelf life, status and its
// packaging units with barcodes. Validated by productCreateInput before sending; the server's answers land on
// the field they are about (barcode check digit, barcode taken, units) or above the buttons.
import { Alert, Button, Drawer, Grid, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productCreateInput } from '../../api/contract';
import { useTRPC } from '../../api/trpc';
import { contractResolver } from '../../forms/contract-resolver';
import { applyServerError } from '../../forms/server-errors';
import { applyUnitError } from './product-errors';
import { valuesToInput, type ProductValues } from './product-values';
import { PickOrCreate } from './PickOrCreate';
import { QuickCreateModal } from './QuickCreateModal';
import { UnitsEditor } from './UnitsEditor';
import { useBarcodeScanIntoForm } from './useBarcodeScanIntoForm';

interface Props {
  /** The product being edited, or null for a new one. */
  productId: string | null;
  title: string;
  initialValues: ProductValues;
  canSave: boolean;
  onClose: () => void;
}

export function ProductFormDrawer({ productId, title, initialValues, canSave, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState<'brand' | 'category' | null>(null);
  const brands = useQuery(trpc.brands.list.queryOptions());
  const categories = useQuery(trpc.categories.list.queryOptions());
  const form = useForm<ProductValues>({
    initialValues,
    validate: contractResolver<ProductValues, typeof productCreateInput>(productCreateInput, valuesToInput),
  });
  const create = useMutation(trpc.products.create.mutationOptions());
  const update = useMutation(trpc.products.update.mutationOptions());
  useBarcodeScanIntoForm(form);

  const done = {
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('products.saved') });
      void queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
      onClose();
    },
    onError: (err: unknown) => {
      const message = applyServerError(form, err, t('common.errors.network'));
      // Older answers name the barcode or unit instead of the field; find the row by value then.
      setError(message !== null && applyUnitError(form, err) ? null : message);
    },
  };

  const submit = form.onSubmit((values) => {
    setError(null);
    const input = valuesToInput(values);
    if (productId) update.mutate({ id: productId, ...input }, done);
    else create.mutate(input, done);
  });

  const none = t('products.placeholders.none');
  return (
    <Drawer opened onClose={onClose} title={title} position="right" size={640} padding="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Grid>
            <Grid.Col span={5}>
              <TextInput label={t('products.fields.sku')} withAsterisk data-autofocus readOnly={!canSave} {...form.getInputProps('sku')} />
            </Grid.Col>
            <Grid.Col span={7}>
              <TextInput label={t('products.fields.name')} withAsterisk readOnly={!canSave} {...form.getInputProps('name')} />
            </Grid.Col>
            <Grid.Col span={5}>
              <TextInput label={t('products.fields.spec')} placeholder={t('products.placeholders.spec')} readOnly={!canSave} {...form.getInputProps('spec')} />
            </Grid.Col>
            <Grid.Col span={7}>
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {t('products.fields.status')}
                </Text>
                <SegmentedControl
                  disabled={!canSave}
                  data={(['active', 'inactive'] as const).map((s) => ({ value: s, label: t(`common.status.${s}`) }))}
                  {...form.getInputProps('status')}
                />
              </Stack>
            </Grid.Col>
            <Grid.Col span={5}>
              <PickOrCreate
                label={t('products.fields.brand')}
                createLabel={t('products.quick.brand')}
                placeholder={none}
                readOnly={!canSave}
                data={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
                onCreate={() => setCreating('brand')}
                inputProps={form.getInputProps('brandId')}
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <PickOrCreate
                label={t('products.fields.category')}
                createLabel={t('products.quick.category')}
                placeholder={none}
                readOnly={!canSave}
                data={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
                onCreate={() => setCreating('category')}
                inputProps={form.getInputProps('categoryId')}
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <NumberInput label={t('products.fields.shelfLifeDays')} min={0} allowDecimal={false} allowNegative={false} readOnly={!canSave} {...form.getInputProps('shelfLifeDays')} />
            </Grid.Col>
          </Grid>
          <UnitsEditor form={form} readOnly={!canSave} />
          {error ? (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {canSave ? t('common.actions.cancel') : t('common.actions.close')}
            </Button>
            {canSave ? (
              <Button type="submit" loading={create.isPending || update.isPending}>
                {t('common.actions.save')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      {creating ? (
        <QuickCreateModal
          kind={creating}
          onCreated={(id) => form.setFieldValue(creating === 'brand' ? 'brandId' : 'categoryId', id)}
          onClose={() => setCreating(null)}
        />
      ) : null}
    </Drawer>
  );
}
