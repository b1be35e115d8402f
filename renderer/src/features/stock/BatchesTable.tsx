// Stock by batch with expiry, first-expiring first. Rows within the near-expiry days (a setting) are amber,
// expired ones red; `nearOnly` shows just those. The product search filters here in the page.
import { Badge, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { filterRows } from '../../components/local-filter';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import type { BatchRow } from './stock-types';

interface Props {
  warehouseId: string | null;
  search: string;
  nearOnly: boolean;
}

export function BatchesTable({ warehouseId, search, nearOnly }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const wh = warehouseId ? { warehouseId } : {};
  const days = useQuery(trpc.stock.nearExpiryDays.queryOptions());
  const all = useQuery({ ...trpc.stock.byBatch.queryOptions({ limit: 10_000, ...wh }), enabled: !nearOnly, placeholderData: keepPreviousData });
  const near = useQuery({ ...trpc.stock.nearExpiry.queryOptions({ limit: 10_000, ...wh }), enabled: nearOnly, placeholderData: keepPreviousData });
  const source = nearOnly ? near.data?.rows : all.data;
  const pending = nearOnly ? near.isPending : all.isPending;
  const limitDays = near.data?.days ?? days.data?.days ?? 30;
  const rows = useMemo(() => filterRows(source ?? [], search, (r) => [r.sku, r.name, r.batchNo, r.warehouseName]), [source, search]);

  const columns: Column<BatchRow>[] = [
    { key: 'warehouse', header: t('stock.fields.warehouse'), width: '130px', render: (r) => r.warehouseName },
    { key: 'sku', header: t('stock.fields.sku'), width: '120px', render: (r) => r.sku },
    { key: 'name', header: t('stock.fields.name'), width: 'minmax(160px, 2fr)', render: (r) => r.name },
    { key: 'batch', header: t('stock.fields.batch'), width: '120px', render: (r) => r.batchNo },
    { key: 'producedOn', header: t('stock.fields.producedOn'), width: '110px', render: (r) => r.producedOn ?? '' },
    { key: 'expiresOn', header: t('stock.fields.expiresOn'), width: '110px', render: (r) => r.expiresOn ?? '' },
    {
      key: 'daysLeft',
      header: t('stock.fields.daysLeft'),
      width: '100px',
      align: 'right',
      render: (r) =>
        r.daysLeft === null ? '' : r.expired ? (
          <Badge color="red" size="sm">
            {t('stock.expired')}
          </Badge>
        ) : r.daysLeft <= limitDays ? (
          <Badge color="orange" size="sm" variant="light">
            {t('stock.daysLeft', { days: r.daysLeft })}
          </Badge>
        ) : (
          t('stock.daysLeft', { days: r.daysLeft })
        ),
    },
    { key: 'qty', header: t('stock.fields.qty'), width: '100px', align: 'right', render: (r) => `${r.qty} ${r.baseUnit}` },
    { key: 'inTransit', header: t('stock.fields.inTransit'), width: '90px', align: 'right', render: (r) => (r.inTransit ? `${r.inTransit} ${r.baseUnit}` : '') },
  ];
  return (
    <>
      {nearOnly ? (
        <Text size="sm" c="orange" mb={4}>
          {t('stock.nearExpiryNote', { days: limitDays })}
        </Text>
      ) : null}
      <VirtualTable
        {...arrayRows(rows)}
        columns={columns}
        rowKey={(r) => `${r.warehouseId}/${r.batchId}`}
        resetKey={`${warehouseId ?? ''}/${search}`}
        label={t(nearOnly ? 'stock.tabs.nearExpiry' : 'stock.tabs.batches')}
        emptyText={pending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('stock.count', { total: rows.length })}
      </Text>
    </>
  );
}
