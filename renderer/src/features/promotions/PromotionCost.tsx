// 促销费用: per promotion, over a delivery-date period, the gift value (at the customer's price) and discounts of
// delivered orders, with the total; exported to .xlsx as the basis of claims to the brand.
import { Alert, Button, Group, ScrollArea, Select, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { downloadFile } from '../../components/download';
import { IconDownload } from '../../components/icons';
import { formatFen } from '../../components/money';
import { localToday, monthStart } from './dates';

export function PromotionCost() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const today = localToday();
  const [from, setFrom] = useState(monthStart(today));
  const [to, setTo] = useState(today);
  const [promotionId, setPromotionId] = useState<string | null>(null);
  const input = { from, to, ...(promotionId ? { promotionId } : {}) };
  const promotions = useQuery(trpc.promotions.list.queryOptions({ limit: 500 }));
  const cost = useQuery({ ...trpc.promotions.cost.queryOptions(input), enabled: from !== '' && to !== '' });
  const xlsx = useMutation(trpc.promotions.costXlsx.mutationOptions());
  const data = cost.data;

  const exportXlsx = () =>
    xlsx.mutate(input, {
      onSuccess: (file) => downloadFile(file),
      onError: (err) => notifications.show({ color: 'red', message: errorText(err, t('common.errors.network')) }),
    });

  return (
    <>
      <Group align="flex-end">
        <TextInput type="date" label={t('promotions.cost.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={150} />
        <TextInput type="date" label={t('promotions.cost.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} w={150} />
        <Select
          label={t('promotions.cost.promotion')}
          placeholder={t('promotions.cost.allPromotions')}
          data={(promotions.data?.rows ?? []).map((p) => ({ value: p.id, label: `${p.number} ${p.name}` }))}
          value={promotionId}
          onChange={setPromotionId}
          clearable
          searchable
          w={280}
        />
        <Button leftSection={<IconDownload size={16} />} onClick={exportXlsx} loading={xlsx.isPending} disabled={!data}>
          {t('promotions.cost.export')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('promotions.cost.hint')}
      </Text>
      {cost.error ? <Alert color="red">{errorText(cost.error, t('common.errors.network'))}</Alert> : null}
      <ScrollArea style={{ flex: 1 }}>
        <Table striped aria-label={t('promotions.cost.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('promotions.list.number')}</Table.Th>
              <Table.Th>{t('promotions.list.name')}</Table.Th>
              <Table.Th>{t('promotions.list.period')}</Table.Th>
              <Table.Th ta="right">{t('promotions.cost.orders')}</Table.Th>
              <Table.Th ta="right">{t('promotions.cost.giftQty')}</Table.Th>
              <Table.Th ta="right">{t('promotions.cost.giftValue')}</Table.Th>
              <Table.Th ta="right">{t('promotions.cost.discount')}</Table.Th>
              <Table.Th ta="right">{t('promotions.cost.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(data?.rows ?? []).map((r) => (
              <Table.Tr key={r.promotionId}>
                <Table.Td>{r.number}</Table.Td>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {r.startsOn} ~ {r.endsOn}
                </Table.Td>
                <Table.Td ta="right">{r.orders}</Table.Td>
                <Table.Td ta="right">{r.giftQtyBase}</Table.Td>
                <Table.Td ta="right">{formatFen(r.giftValueFen)}</Table.Td>
                <Table.Td ta="right">{formatFen(r.discountFen)}</Table.Td>
                <Table.Td ta="right">{formatFen(r.totalFen)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {data && data.rows.length > 0 ? (
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td colSpan={5}>{t('promotions.cost.totalRow')}</Table.Td>
                <Table.Td ta="right">{formatFen(data.totals.giftValueFen)}</Table.Td>
                <Table.Td ta="right">{formatFen(data.totals.discountFen)}</Table.Td>
                <Table.Td ta="right" data-testid="promotion-cost-total">
                  {formatFen(data.totals.totalFen)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          ) : null}
        </Table>
        {data && data.rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            {t('promotions.cost.empty')}
          </Text>
        ) : null}
      </ScrollArea>
    </>
  );
}
