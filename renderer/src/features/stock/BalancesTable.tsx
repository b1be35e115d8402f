// On hand per warehouse and product (batches summed), with goods in transit, value at moving-average cost and the
// storage location (货位); Enter or double click on a row sets its location (owner and clerks).
import { Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/current-user';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';
import { arrayRows, VirtualTable, type Column } from '../../components/VirtualTable';
import { LocationModal } from './LocationModal';
import type { BalanceRow } from './stock-types';

export function BalancesTable({ warehouseId, search }: { warehouseId: string | null; search: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const role = useCurrentUser().role;
  const [editing, setEditing] = useState<(BalanceRow & { warehouseId: string }) | null>(null);
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
    { key: 'location', header: t('stock.fields.location'), width: '110px', render: (r) => r.location ?? '' },
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
        onOpen={(r) => r.warehouseId && setEditing({ ...r, warehouseId: r.warehouseId })}
        label={t('stock.tabs.balances')}
        emptyText={list.isPending ? t('common.table.loading') : t('common.table.empty')}
      />
      <Text size="xs" c="dimmed" mt={4}>
        {t('stock.count', { total: list.data?.total ?? 0 })}
      </Text>
      {editing ? <LocationModal row={editing} canSave={role === 'owner' || role === 'clerk'} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
