// Starting a stocktake of a whole warehouse or of one category (with its subcategories), and the stocktakes so far
// (Enter or double click opens one).
import { Badge, Button, Group, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { formatInstant } from '../../components/format';
import { ScreenFrame } from '../../components/ScreenFrame';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import type { StocktakeRow } from './stocktake-types';

const statusColor = { counting: 'blue', review: 'orange', approved: 'green', cancelled: 'gray' } as const;

export function StocktakeList({ onOpen }: { onOpen: (s: { id: string; status: StocktakeRow['status'] }) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  // Categories change rarely but from other screens and PCs: read them afresh whenever a stocktake is to start.
  const categories = useQuery({ ...trpc.categories.list.queryOptions(), staleTime: 0 });
  const list = useQuery(trpc.stocktakes.list.queryOptions({}));
  const start = useMutation(
    trpc.stocktakes.start.mutationOptions({
      onSuccess: (s) => {
        void queryClient.invalidateQueries({ queryKey: trpc.stocktakes.list.queryKey() });
        onOpen(s);
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const columns: Column<StocktakeRow>[] = [
    { key: 'number', header: t('stocktake.fields.number'), width: '180px', render: (s) => s.number },
    { key: 'warehouse', header: t('stocktake.fields.warehouse'), width: 'minmax(140px, 1fr)', render: (s) => s.warehouseName },
    { key: 'scope', header: t('stocktake.fields.scope'), width: 'minmax(120px, 1fr)', render: (s) => s.categoryName ?? t('stocktake.wholeWarehouse') },
    {
      key: 'status',
      header: t('stocktake.fields.status'),
      width: '110px',
      render: (s) => (
        <Badge size="sm" variant="light" color={statusColor[s.status]}>
          {t(`stocktake.statuses.${s.status}`)}
        </Badge>
      ),
    },
    { key: 'startedAt', header: t('stocktake.fields.startedAt'), width: '160px', render: (s) => formatInstant(s.startedAt) },
  ];
  return (
    <ScreenFrame
      title={t('stocktake.title')}
      toolbar={
        <Group align="flex-end" gap="sm">
          <WarehouseSelect label={t('stocktake.warehouse')} value={warehouseId} onChange={setWarehouseId} w={260} />
          <Select
            label={t('stocktake.scope')}
            data={[{ value: '', label: t('stocktake.wholeWarehouse') }, ...(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))]}
            value={categoryId ?? ''}
            onChange={(v) => setCategoryId(v ? v : null)}
            allowDeselect={false}
            searchable
            w={220}
          />
          <Button disabled={!warehouseId} loading={start.isPending} onClick={() => warehouseId && start.mutate({ warehouseId, categoryId })}>
            {t('stocktake.start')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('stocktake.startHint')}
          </Text>
        </Group>
      }
    >
      <VirtualTable
        {...arrayRows(list.data ?? [])}
        columns={columns}
        rowKey={(s) => s.id}
        onOpen={onOpen}
        label={t('stocktake.list')}
        emptyText={list.isPending ? t('common.table.loading') : t('stocktake.none')}
      />
    </ScreenFrame>
  );
}
