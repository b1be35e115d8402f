// One purchase order in a drawer: its lines with what has arrived, submit or cancel for the owner, and the rebate
// panel (deduction within the brand's cap, next-tier forecast for this order).
import { Badge, Button, Drawer, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { useCurrentUser } from '../../auth/current-user';
import { formatFen } from '../../components/money';
import { PoRebatePanel } from './PoRebatePanel';

interface Props {
  id: string | null;
  onClose: () => void;
}

export function PoDetail({ id, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const role = useCurrentUser().role;
  const po = useQuery({ ...trpc.purchaseOrders.get.queryOptions({ id: id ?? '' }), enabled: id !== null });
  const done = (key: 'purchasing.submitted' | 'purchasing.cancelled') => (r: { number: string }) => {
    notifications.show({ color: 'green', message: t(key, { number: r.number }) });
    void queryClient.invalidateQueries({ queryKey: trpc.purchaseOrders.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.rebates.pathKey() });
  };
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) });
  const submit = useMutation(trpc.purchaseOrders.submit.mutationOptions({ onSuccess: done('purchasing.submitted'), onError: fail }));
  // Cancelling through rebates gives any deducted rebate back to the account in the same transaction.
  const cancel = useMutation(trpc.rebates.cancelPurchaseOrder.mutationOptions({ onSuccess: done('purchasing.cancelled'), onError: fail }));
  const d = po.data;
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title={d ? `${d.number} · ${d.brandName}` : ''}>
      {d ? (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge variant="light" tt="none">
              {t(`purchasing.statuses.${d.status}`)}
            </Badge>
            {d.expectedOn ? <Text size="sm">{t('purchasing.fields.expectedOn')}：{d.expectedOn}</Text> : null}
          </Group>
          <Table withTableBorder aria-label={t('purchasing.lines')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('purchasing.fields.product')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.fields.qty')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.fields.received')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.fields.price')}</Table.Th>
                <Table.Th ta="right">{t('purchasing.fields.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    {l.sku} {l.name}
                  </Table.Td>
                  <Table.Td ta="right">
                    {l.qty} {l.unitName}
                  </Table.Td>
                  <Table.Td ta="right">{t('purchasing.receivedBase', { qty: l.receivedQty, of: l.qtyBase })}</Table.Td>
                  <Table.Td ta="right">{formatFen(l.price)}</Table.Td>
                  <Table.Td ta="right">{formatFen(l.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end">
            <Text fw={600}>
              {t('purchasing.fields.total')}：¥{formatFen(d.total)}
            </Text>
          </Group>
          <PoRebatePanel poId={d.id} open={d.status === 'draft' || d.status === 'submitted'} owner={role === 'owner'} />
          {role === 'owner' ? (
            <Group justify="flex-end">
              {d.status === 'draft' ? (
                <Button loading={submit.isPending} onClick={() => submit.mutate({ id: d.id })}>
                  {t('purchasing.submit')}
                </Button>
              ) : null}
              {d.status === 'draft' || d.status === 'submitted' ? (
                <Button color="red" variant="light" loading={cancel.isPending} onClick={() => cancel.mutate({ id: d.id })}>
                  {t('purchasing.cancel')}
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}
