// Starting a stocktake of a whole warehouse, of one category (with its subcategories) or of a storage location
// prefix (A-01 = A-01-*), and the stocktakes so far (Enter or double click opens one).
import { Badge, Button, Group, Select, Text, TextInput } from '@mantine/core';
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

// The scope picker's "by location" choice; category ids are UUIDs, so it cannot collide with one.
const BY_LOCATION = '@location';

const statusColor = { counting: 'blue', review: 'orange', approved: 'green', cancelled: 'gray' } as const;

export function StocktakeList({ onOpen }: { onOpen: (s: { id: string; status: StocktakeRow['status'] }) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [prefix, setPrefix] = useState('');
  const byLocation = categoryId === BY_LOCATION;
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
    { key: 'scope', header: t('stocktake.fields.scope'), width: 'minmax(120px, 1fr)', render: (s) =>
        s.categoryName ?? (s.locationPrefix ? t('stocktake.locationScope', { prefix: s.locationPrefix }) : t('stocktake.wholeWarehouse')),
    },
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
            data={[
              { value: '', label: t('stocktake.wholeWarehouse') },
              { value: BY_LOCATION, label: t('stocktake.byLocation') },
              ...(categories.data ?? []).map((c) => ({ value: c.id, label: c.name })),
            ]}
            value={categoryId ?? ''}
            onChange={(v) => setCategoryId(v ? v : null)}
            allowDeselect={false}
            searchable
            w={220}
          />
          {byLocation ? (
            <TextInput
              label={t('stocktake.locationPrefix')}
              placeholder="A-01"
              title={t('stocktake.locationPrefixHint')}
              value={prefix}
              onChange={(e) => setPrefix(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && warehouseId && prefix.trim()) start.mutate({ warehouseId, locationPrefix: prefix });
              }}
              w={140}
            />
          ) : null}
          <Button
            disabled={!warehouseId || (byLocation && !prefix.trim())}
            loading={start.isPending}
            onClick={() => warehouseId && start.mutate(byLocation ? { warehouseId, locationPrefix: prefix } : { warehouseId, categoryId })}
          >
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
