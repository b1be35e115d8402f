// 调拨: build a transfer by scanning (each scan adds one of the scanned unit; a case/box trace code adds its unit
// and goes with the transfer, so the code's history shows the move), ship it (in transit), and receive transfers
// in transit on arrival, in full or as counted.
import { Alert, Badge, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
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
  const [codes, setCodes] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const fail = (e: unknown) => notifications.show({ color: 'red', message: errorText(e, t('common.errors.network')) });
  const ship = useMutation(
    trpc.transfers.ship.mutationOptions({
      onSuccess: (doc) => {
        notifications.show({ color: 'green', message: t('transfers.shipped', { number: doc.number }) });
        setLines([]);
        setCodes([]);
        void queryClient.invalidateQueries({ queryKey: trpc.transfers.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.stock.pathKey() });
      },
      onError: fail,
    }),
  );

  const addUnit = (r: { product: { id: string; name: string }; unit: { id: string; name: string } }) =>
    setLines((prev) => {
      const i = prev.findIndex((l) => l.unitId === r.unit.id);
      if (i < 0) return [...prev, { productId: r.product.id, name: r.product.name, unitId: r.unit.id, unitName: r.unit.name, qty: 1 }];
      return prev.map((l, j) => (j === i ? { ...l, qty: l.qty + 1 } : l));
    });

  useScan(({ text }) => {
    const raw = text.trim();
    void client.scan.resolve
      .query({ raw })
      .then((r) => {
        if (r.kind === 'trace' && r.unit) {
          if (codes.includes(r.code)) {
            setProblem(t('transfers.codeTwice', { code: r.code }));
            return;
          }
          setProblem(null);
          setCodes((prev) => [...prev, r.code]);
          addUnit({ product: r.product, unit: r.unit });
          return;
        }
        if (r.kind !== 'product') {
          setProblem(t('transfers.notProduct', { code: raw }));
          return;
        }
        setProblem(null);
        addUnit(r);
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
              from && to && ship.mutate({ fromWarehouseId: from, toWarehouseId: to, lines: lines.map((l) => ({ productId: l.productId, unitId: l.unitId, qty: l.qty })), codes })
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
        {codes.length > 0 ? (
          <Group gap={4} data-testid="transfer-codes">
            <Text size="sm">{t('transfers.codes', { count: codes.length })}</Text>
            {codes.map((c) => (
              <Badge key={c} variant="light" size="sm" style={{ textTransform: 'none' }}>
                {c}
              </Badge>
            ))}
          </Group>
        ) : null}
        <Title order={5}>{t('transfers.inTransit')}</Title>
        <InTransitList />
      </Stack>
    </ScreenFrame>
  );
}
