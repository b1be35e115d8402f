// One product's prices: a grid of units × price lists, plus the brand's min/max per unit. Limits are saved before
// prices, because the server checks each price against the limit in force.
import { Alert, Button, Group, Loader, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorField, errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { changedLimits, changedPrices, toValues, validatePrices, type PriceValues, type ProductPrices } from './price-values';

export function PriceEditor({ productId, productName, canSave }: { productId: string; productName: string; canSave: boolean }) {
  const trpc = useTRPC();
  const data = useQuery(trpc.prices.forProduct.queryOptions({ productId }));
  if (data.isPending) return <Loader size="sm" />;
  if (data.isError) return <Alert color="red">{data.error.message}</Alert>;
  return <PriceGrid key={data.dataUpdatedAt} data={data.data} productName={productName} canSave={canSave} />;
}

function PriceGrid({ data, productName, canSave }: { data: ProductPrices; productName: string; canSave: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const initial = toValues(data);
  const form = useForm<PriceValues>({ initialValues: initial, validate: (v) => validatePrices(v, t('forms.amount')) });

  const save = form.onSubmit(async (values) => {
    setError(null);
    const limits = changedLimits(data.productId, initial, values);
    const entries = changedPrices(initial, values);
    if (limits.length === 0 && entries.length === 0) {
      notifications.show({ color: 'gray', message: t('prices.nothingChanged') });
      return;
    }
    setSaving(true);
    let step: 'limit' | 'prices' = 'limit';
    let unitId = '';
    try {
      for (const limit of limits) {
        unitId = limit.unitId;
        await client.priceLimits.set.mutate(limit);
      }
      step = 'prices';
      if (entries.length > 0) await client.prices.set.mutate({ productId: data.productId, prices: entries });
      notifications.show({ color: 'green', message: t('prices.saved') });
      await queryClient.invalidateQueries({ queryKey: trpc.prices.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.priceLimits.pathKey() });
    } catch (err) {
      const message = errorText(err, t('common.errors.network'));
      const field = errorField(err);
      // prices.set names the entry ('prices.3.price'); priceLimits.set the bound ('minPrice') of the unit sent.
      const entry = step === 'prices' && field ? entries[Number(/^prices\.(\d+)/.exec(field)?.[1] ?? -1)] : undefined;
      if (entry) form.setFieldError(`prices.${entry.priceListId}.${entry.unitId}`, message);
      else if (step === 'limit' && (field === 'minPrice' || field === 'maxPrice')) form.setFieldError(`limits.${unitId}.${field}`, message);
      else setError(message);
    } finally {
      setSaving(false);
    }
  });

  return (
    <form onSubmit={save} noValidate>
      <Stack gap="sm">
        <Title order={5}>{t('prices.editorTitle', { name: productName })}</Title>
        {data.lists.length === 0 ? <Alert color="yellow">{t('prices.noLists')}</Alert> : null}
        <ScrollArea>
          <Table withTableBorder withColumnBorders verticalSpacing={4} aria-label={t('prices.editorTitle', { name: productName })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('prices.unit')}</Table.Th>
                {data.lists.map((l) => (
                  <Table.Th key={l.id}>{l.name}</Table.Th>
                ))}
                <Table.Th>{t('prices.limitMin')}</Table.Th>
                <Table.Th>{t('prices.limitMax')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.units.map((u, ui) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {u.factor === 1 ? u.name : `${u.name}×${u.factor}`}
                    </Text>
                  </Table.Td>
                  {data.lists.map((l, li) => (
                    <Table.Td key={l.id} miw={100}>
                      <TextInput
                        // Picking a product (Enter or a scan) puts the cursor in its first price, ready to type.
                        autoFocus={ui === 0 && li === 0}
                        size="xs"
                        inputMode="decimal"
                        aria-label={`${l.name} ${u.name}`}
                        readOnly={!canSave}
                        {...form.getInputProps(`prices.${l.id}.${u.id}`)}
                      />
                    </Table.Td>
                  ))}
                  {(['minPrice', 'maxPrice'] as const).map((bound) => (
                    <Table.Td key={bound} miw={100}>
                      <TextInput
                        size="xs"
                        inputMode="decimal"
                        aria-label={`${bound === 'minPrice' ? t('prices.limitMin') : t('prices.limitMax')} ${u.name}`}
                        readOnly={!canSave}
                        {...form.getInputProps(`limits.${u.id}.${bound}`)}
                      />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
        <Text size="xs" c="dimmed">
          {t('prices.limitsHint')}
        </Text>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        {canSave ? (
          <Group justify="flex-end">
            <Button type="submit" loading={saving}>
              {t('prices.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
