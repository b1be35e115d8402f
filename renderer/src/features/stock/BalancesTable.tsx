// On hand per warehouse and product (batches summed), with goods in transit and value at moving-average cost.
import { Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import type { BalanceRow } from './stock-types';

export function BalancesTable({ warehouseId, search }: { warehouseId: string | null; search: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const list = useQuery({
    ...trpc.stock.balances.queryOptions({ limit: 10_000, ...(warehouseId ? { warehouseId } : {}), ...(search ? { search } : {}) }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.rows ?? [];
  const columns: Column<BalanceRow>[] = [
    { key: 'warehouse', header: t('stock.fields.warehouse'), width: '140px', render: (r) => r.warehouseName ?? '' },
    { key: 'sku', header: t('stock.fields.sku'), width: '130px', render: (r) => r.sku },
    { key: 'name', header: t('stock.fields.name'), width: 'minmax(180px, 2fr)', render: (r) => r.name },
    { key: 'spec', header: t('stock.fields.spec'), width: '110px', render: (r) => r.spec },
    { key: 'qty', header: t('stock.fields.qty'), width: '110px', align: 'right', render: (r) => `${r.qty} ${r.baseUnit}` },
    { key: 'inTransit', header: t('stock.fields.inTransit'), width: '100px', align: 'right', render: (r) => (r.inTransit ? `${r.inTransit} ${r.baseUnit}` : '') },
    { key: 'value', header: t('stock.fields.value'), width: '120px', align: 'right', render: (r) => formatFen(r.value) },
  ];
  return (
    <>
      <VirtualTable
        {...arrayRows(rows)}
        columns={columns}
        rowKey={(r) => `${r.warehouseId ?? ''}/${r.productId}`}
        resetKey={`${warehouseId ?? ''}/${search}`}
        label={t('stock.tabs.balances')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('stock.count', { total: list.data?.total ?? 0 })}
      </Text>
    </>
  );
}
