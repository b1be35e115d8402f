// A new order: the kind (访销 / 车销 / 门市), the customer (type its pinyin initials, Enter) and where the goods
// leave from (a main warehouse, or the van for a van sale). Enter on the last field starts the order.
import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import { CustomerPicker, type PickedCustomer } from './CustomerPicker';
import { ORDER_KINDS, type SalesOrderKind } from './sales-types';

export function OrderStart({ onOpen }: { onOpen: (orderId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [kind, setKind] = useState<SalesOrderKind>('counter');
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  /** 业务员: who takes the order and collects cash on the spot; the store's own salesperson by default. */
  const [salespersonId, setSalespersonId] = useState<string | null>(null);
  const staff = useQuery(trpc.employees.list.queryOptions({ active: true }));
  const people = (staff.data ?? []).filter((e) => e.role === 'salesperson' || e.role === 'driver').map((e) => ({ value: e.id, label: `${e.code} ${e.name}` }));
  const create = useMutation(
    trpc.salesOrders.create.mutationOptions({
      onSuccess: (o) => onOpen(o.id),
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const ready = customer !== null && warehouseId !== null;
  const begin = () => {
    if (!ready || create.isPending) return;
    create.mutate({ kind, customerId: customer.id, warehouseId, salespersonId });
  };

  return (
    <Paper withBorder p="md" maw={720}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          begin();
        }}
      >
        <Stack gap="sm">
          <Title order={5}>{t('sales.start.title')}</Title>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('sales.fields.kind')}
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(v) => {
                setKind(ORDER_KINDS.find((k) => k === v) ?? 'counter');
                setWarehouseId(null);
              }}
              data={ORDER_KINDS.map((k) => ({ value: k, label: t(`sales.kinds.${k}`) }))}
            />
          </Stack>
          <CustomerPicker
            value={customer}
            onChange={(c) => {
              setCustomer(c);
              if (c?.salespersonId) setSalespersonId(c.salespersonId);
            }}
            autoFocus
          />
          <WarehouseSelect
            key={kind}
            label={kind === 'van' ? t('sales.fields.van') : t('sales.fields.warehouse')}
            value={warehouseId}
            onChange={setWarehouseId}
            kind={kind === 'van' ? 'van' : 'main'}
            w={360}
          />
          <Select
            label={t('sales.fields.salesperson')}
            data={people}
            value={salespersonId}
            onChange={setSalespersonId}
            searchable
            clearable
            placeholder={t('sales.fields.salespersonHint')}
            w={360}
          />
          <Group>
            <Button type="submit" disabled={!ready} loading={create.isPending}>
              {t('sales.start.begin')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
