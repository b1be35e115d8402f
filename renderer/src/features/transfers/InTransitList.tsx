// Transfers in transit, with "received in full" for each, or "count on arrival" for one that arrived short or over
// (TransferArrival: the counted lines, the variance recorded).
import { Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { TransferArrival } from './TransferArrival';

export function InTransitList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.transfers.inTransit.queryOptions({}));
  const [arriving, setArriving] = useState<string | null>(null);
  const receive = useMutation(
    trpc.transfers.receive.mutationOptions({
      onSuccess: (r) => {
        notifications.show({ color: 'green', message: t('transfers.received', { number: r.doc.number }) });
        void queryClient.invalidateQueries({ queryKey: trpc.transfers.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const rows = list.data ?? [];
  // The arrival dialog outlives its row: once received, the transfer leaves this list while its variance still shows.
  const arrival = arriving ? <TransferArrival id={arriving} onClose={() => setArriving(null)} /> : null;
  if (rows.length === 0) {
    return (
      <>
        {arrival}
        <Text size="sm" c="dimmed">
          {list.isPending ? t('common.table.loading') : t('common.table.empty')}
        </Text>
      </>
    );
  }
  return (
    <>
      {arrival}
      <Table withTableBorder aria-label={t('transfers.inTransit')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('transfers.fields.number')}</Table.Th>
            <Table.Th>{t('transfers.from')}</Table.Th>
            <Table.Th>{t('transfers.to')}</Table.Th>
            <Table.Th>{t('transfers.fields.lines')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{d.number}</Table.Td>
              <Table.Td>{d.warehouseName}</Table.Td>
              <Table.Td>{d.toWarehouseName ?? ''}</Table.Td>
              <Table.Td>{d.lineCount}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  <Button size="xs" variant="light" loading={receive.isPending} onClick={() => receive.mutate({ id: d.id })}>
                    {t('transfers.receiveAll')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setArriving(d.id)}>
                    {t('transfers.arrival.open')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
