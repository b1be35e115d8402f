// 调拨: build a transfer by scanning (each scan adds one of the scanned unit), ship it (in transit), and receive
// transfers in transit on arrival.
import { Alert, Button, Group, NumberInput, Stack, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { ScreenFrame } from '../../components/ScreenFrame';
import { useScan } from '../../scanner/useScan';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import { InTransitList } from './InTransitList';

interface Line {
  productId: string;
  name: string;
  unitId: string;
  unitName: string;
  qty: number;
}

export function TransfersScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) });
  const ship = useMutation(
    trpc.transfers.ship.mutationOptions({
      onSuccess: (doc) => {
        notifications.show({ color: 'green', message: t('transfers.shipped', { number: doc.number }) });
        setLines([]);
        void queryClient.invalidateQueries({ queryKey: trpc.transfers.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
      },
      onError: fail,
    }),
  );

  useScan(({ text }) => {
    void client.scan.resolve
      .query({ raw: text.trim() })
      .then((r) => {
        if (r.kind !== 'product') {
          setProblem(t('transfers.notProduct', { code: text.trim() }));
          return;
        }
        setProblem(null);
        setLines((prev) => {
          const i = prev.findIndex((l) => l.unitId === r.unit.id);
          if (i < 0) return [...prev, { productId: r.product.id, name: r.product.name, unitId: r.unit.id, unitName: r.unit.name, qty: 1 }];
          return prev.map((l, j) => (j === i ? { ...l, qty: l.qty + 1 } : l));
        });
      })
      .catch((e: unknown) => setProblem(errorText(e, t('common.errors.network'))));
  });

  const ready = from !== null && to !== null && from !== to && lines.length > 0;
  return (
    <ScreenFrame
      title={t('transfers.title')}
      toolbar={
        <Group align="flex-end" gap="sm">
          <WarehouseSelect label={t('transfers.from')} value={from} onChange={setFrom} />
          <WarehouseSelect label={t('transfers.to')} value={to} onChange={setTo} />
          <Button
            disabled={!ready}
            loading={ship.isPending}
            onClick={() =>
              from && to && ship.mutate({ fromWarehouseId: from, toWarehouseId: to, lines: lines.map((l) => ({ productId: l.productId, unitId: l.unitId, qty: l.qty })) })
            }
          >
            {t('transfers.ship')}
          </Button>
        </Group>
      }
    >
      <Stack gap="sm" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {problem ? <Alert color="red">{problem}</Alert> : <Alert color="blue">{t('transfers.scanHint')}</Alert>}
        {lines.length > 0 ? (
          <Table withTableBorder aria-label={t('transfers.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('transfers.fields.name')}</Table.Th>
                <Table.Th>{t('transfers.fields.unit')}</Table.Th>
                <Table.Th w={160}>{t('transfers.fields.qty')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l) => (
                <Table.Tr key={l.unitId}>
                  <Table.Td>{l.name}</Table.Td>
                  <Table.Td>{l.unitName}</Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${l.name} ${t('transfers.fields.qty')}`}
                      size="xs"
                      min={0}
                      allowDecimal={false}
                      value={l.qty}
                      onChange={(v) => setLines((prev) => prev.map((x) => (x.unitId === l.unitId ? { ...x, qty: Number(v) || 0 } : x)).filter((x) => x.qty > 0))}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Title order={5}>{t('transfers.inTransit')}</Title>
        <InTransitList />
      </Stack>
    </ScreenFrame>
  );
}
