// 出库: a confirmed order leaves in full or in part. Each line shows what is still to deliver and takes this
// delivery's quantity (default: all of it); case and box trace codes scanned here are checked and bound to the
// order (flags shown as they come: repeats, unknown codes, codes registered to another distributor, stores outside
// the territory); scanning the delivery note's own QR signs it back, with the signed image when one is attached.
// The delivery note, pick list and order print as A4 PDFs.
import { Alert, Badge, Button, Group, Kbd, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC } from '../../api/trpc';
import { formatFen } from '../../components/money';
import { ScreenFrame } from '../../components/ScreenFrame';
import { CellInput } from './CellInput';
import { DeliveryCodes } from './DeliveryCodes';
import { isDeliverable, qtyText, STATUS_COLORS, type SalesOrderView } from './sales-types';
import { useSalesPrint } from './useSalesPrint';

interface Props {
  orderId: string;
  onBack: () => void;
  onOpenOrder: (orderId: string) => void;
}

const remainingOf = (l: SalesOrderView['lines'][number]) => Math.max(0, l.qtyBase - l.deliveredQtyBase);

export function DeliveryPanel({ orderId, onBack, onOpenOrder }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const print = useSalesPrint();
  const query = useQuery(trpc.salesOrders.get.queryOptions({ id: orderId }));
  const order = query.data;
  /** Base quantities typed for this delivery, by line; a line not typed delivers all that is left. */
  const [qty, setQty] = useState<Record<string, number>>({});
  const deliver = useMutation(
    trpc.salesOrders.deliver.mutationOptions({
      onSuccess: (o) => {
        queryClient.setQueryData(trpc.salesOrders.get.queryKey({ id: o.id }), o);
        void queryClient.invalidateQueries({ queryKey: trpc.salesOrders.list.pathKey() });
        setQty({});
        notifications.show({ color: 'green', message: t('sales.delivery.delivered', { number: o.number }) });
      },
      onError: (e) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) }),
    }),
  );
  const open = order ? order.lines.filter((l) => remainingOf(l) > 0) : [];
  const thisTime = (l: SalesOrderView['lines'][number]) => Math.min(qty[l.id] ?? remainingOf(l), remainingOf(l));
  const doDeliver = () => {
    if (!order || !isDeliverable(order) || deliver.isPending) return;
    const partial = open.some((l) => thisTime(l) !== remainingOf(l));
    const lines = open.filter((l) => thisTime(l) > 0).map((l) => ({ lineId: l.id, qtyBase: thisTime(l) }));
    if (lines.length === 0) return;
    deliver.mutate({ orderId: order.id, ...(partial ? { lines } : {}) });
  };
  useHotkeys([['F10', doDeliver, { preventDefault: true, usePhysicalKeys: true }]], []);

  if (!order) return <ScreenFrame title={t('sales.delivery.title')}>{query.error ? <Alert color="red">{errorText(query.error, t('common.errors.network'))}</Alert> : null}</ScreenFrame>;
  const deliverable = isDeliverable(order);

  return (
    <ScreenFrame
      title={`${t('sales.delivery.title')} ${order.number}`}
      actions={
        <>
          <Button variant="default" onClick={onBack}>
            {t('sales.entry.back')}
          </Button>
          <Button variant="default" onClick={() => onOpenOrder(order.id)}>
            {t('sales.delivery.openOrder')}
          </Button>
          <Button variant="default" onClick={() => print.deliveryNotePdf(order.id)} loading={print.busy === `note:${order.id}`}>
            {t('sales.delivery.pdfDeliveryNote')}
          </Button>
          <Button variant="default" onClick={() => print.pickListPdf(order.id)} loading={print.busy === `pick:${order.id}`}>
            {t('sales.delivery.pdfPickList')}
          </Button>
          <Button variant="default" onClick={() => print.orderPdf(order.id)} loading={print.busy === `order:${order.id}`}>
            {t('sales.delivery.pdfOrder')}
          </Button>
          <Button color="green" onClick={doDeliver} disabled={!deliverable || open.length === 0} loading={deliver.isPending} rightSection={<Kbd size="xs">F10</Kbd>}>
            {t('sales.delivery.deliver')}
          </Button>
        </>
      }
      toolbar={
        <Group gap="md" wrap="nowrap">
          <Badge color={STATUS_COLORS[order.status]} variant="light" size="lg" tt="none" data-testid="order-status">
            {t(`sales.status.${order.status}`)}
          </Badge>
          <Text size="sm" fw={500}>
            {order.customerCode} {order.customerName} · ¥{formatFen(order.amountFen)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('sales.delivery.hint')}
          </Text>
        </Group>
      }
    >
      <Group align="stretch" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
        <ScrollArea style={{ flex: 3 }} type="auto">
          <Table striped aria-label={t('sales.delivery.title')} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>{t('sales.lines.product')}</Table.Th>
                <Table.Th ta="right">{t('sales.lines.qty')}</Table.Th>
                <Table.Th ta="right">{t('sales.lines.delivered')}</Table.Th>
                <Table.Th ta="right">{t('sales.delivery.remaining')}</Table.Th>
                <Table.Th ta="right" w={130}>{t('sales.delivery.thisTime')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {order.lines.map((l) => (
                <Table.Tr key={l.id} data-testid="delivery-line">
                  <Table.Td>{l.lineNo}</Table.Td>
                  <Table.Td>
                    {l.productName}
                    {l.isGift ? <Text span size="xs" c="pink"> · {t('sales.lines.gift')}</Text> : null}
                  </Table.Td>
                  <Table.Td ta="right">{qtyText(l.qty, l.unitName, l.qtyBase, l.baseUnit)}</Table.Td>
                  <Table.Td ta="right">{`${l.deliveredQtyBase}${l.baseUnit}`}</Table.Td>
                  <Table.Td ta="right">{`${remainingOf(l)}${l.baseUnit}`}</Table.Td>
                  <Table.Td ta="right">
                    {deliverable && remainingOf(l) > 0 ? (
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <CellInput
                          key={`${l.id}:${thisTime(l)}`}
                          label={t('sales.delivery.qtyOf', { name: l.productName })}
                          value={String(thisTime(l))}
                          w={80}
                          onCommit={(s) => {
                            const n = /^\d{1,9}$/.test(s) ? Number(s) : -1;
                            if (n < 0 || n > remainingOf(l)) return false;
                            setQty((q) => ({ ...q, [l.id]: n }));
                            return true;
                          }}
                        />
                        <Text size="sm">{l.baseUnit}</Text>
                      </Group>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {order.deliveries.length > 0 ? (
            <Stack gap={2} mt="sm" data-testid="deliveries">
              <Text size="sm" fw={500}>
                {t('sales.delivery.deliveries')}
              </Text>
              {order.deliveries.map((d) => (
                <Text key={d.id} size="sm" c={d.reversed ? 'dimmed' : undefined} td={d.reversed ? 'line-through' : undefined}>
                  {d.businessDate} · {d.stockDocNumber} · {d.invoiceNo ?? ''} · ¥{formatFen(d.amountFen)}
                </Text>
              ))}
            </Stack>
          ) : null}
        </ScrollArea>
        <DeliveryCodes order={order} />
      </Group>
    </ScreenFrame>
  );
}
