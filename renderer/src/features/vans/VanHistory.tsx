// The van's loads and returns, newest first: a load prints its loading list again, a return opens its report.
import { Button, Modal, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../api/trpc';
import { LoadingListButtons } from './LoadingListButtons';
import { VanReturnReportView } from './VanReturnReportView';
import { FRESH } from './lines/fresh';
import type { Van } from './van-types';
import { NoRows } from './lines/NoRows';

export function VanHistory({ van }: { van: Van }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const history = useQuery({ ...trpc.vans.history.queryOptions({ vanId: van.id }), ...FRESH });
  const [report, setReport] = useState<string | null>(null);
  const rows = history.data ?? [];
  if (rows.length === 0) {
    return <NoRows pending={history.isPending} />;
  }
  return (
    <>
      <Table withTableBorder aria-label={t('vans.tabs.history')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vans.fields.number')}</Table.Th>
            <Table.Th>{t('vans.fields.type')}</Table.Th>
            <Table.Th>{t('vans.fields.date')}</Table.Th>
            <Table.Th>{t('vans.fields.warehouse')}</Table.Th>
            <Table.Th ta="right">{t('vans.fields.lines')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.number}</Table.Td>
              <Table.Td>{d.type === 'van_load' ? t('vans.types.van_load') : t('vans.types.van_return')}</Table.Td>
              <Table.Td>{d.businessDate}</Table.Td>
              <Table.Td>{d.type === 'van_load' ? d.warehouseName : (d.toWarehouseName ?? '')}</Table.Td>
              <Table.Td ta="right">{d.lineCount}</Table.Td>
              <Table.Td>
                {d.type === 'van_load' ? (
                  <LoadingListButtons id={d.id} />
                ) : (
                  <Button size="xs" variant="light" onClick={() => setReport(d.id)}>
                    {t('vans.view')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={report !== null} onClose={() => setReport(null)} size="xl" title={t('vans.tabs.return')}>
        {report ? <VanReturnReportView id={report} /> : null}
      </Modal>
    </>
  );
}
