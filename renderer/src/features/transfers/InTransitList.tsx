// Transfers in transit, with "received in full" for each (short or over arrivals: the transfers API takes counted
// lines; the screen for that is still to come).
import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';

export function InTransitList() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.transfers.inTransit.queryOptions({}));
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
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {list.isPending ? t('common.table.loading') : t('common.table.empty')}
      </Text>
    );
  }
  return (
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
              <Button size="xs" variant="light" loading={receive.isPending} onClick={() => receive.mutate({ id: d.id })}>
                {t('transfers.receiveAll')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
