// What the van holds now, by product and batch (expiry first), in base units.
import { Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { FRESH } from './lines/fresh';
import type { Van } from './van-types';
import { NoRows } from './lines/NoRows';

export function VanStockPanel({ van }: { van: Van }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const stock = useQuery({ ...trpc.vans.stock.queryOptions({ vanId: van.id }), ...FRESH });
  const batches = stock.data?.batches ?? [];
  if (batches.length === 0) {
    return <NoRows pending={stock.isPending} />;
  }
  return (
    <Table withTableBorder aria-label={t('vans.tabs.stock')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('vans.fields.sku')}</Table.Th>
          <Table.Th>{t('vans.fields.name')}</Table.Th>
          <Table.Th>{t('vans.fields.batch')}</Table.Th>
          <Table.Th>{t('vans.fields.expiresOn')}</Table.Th>
          <Table.Th ta="right">{t('vans.fields.qty')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {batches.map((b) => (
          <Table.Tr key={b.batchId}>
            <Table.Td>{b.sku}</Table.Td>
            <Table.Td>{b.name}</Table.Td>
            <Table.Td>{b.batchNo || t('vans.noBatch')}</Table.Td>
            <Table.Td>{b.expiresOn ?? ''}</Table.Td>
            <Table.Td ta="right">
              {b.qty}
              {b.baseUnit}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
