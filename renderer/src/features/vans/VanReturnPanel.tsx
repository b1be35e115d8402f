// 回库: the van's book stock per product beside the driver's count (typed, or scanned: a case scan adds 24 bottles),
// posted as the evening return; the variance report of that return is shown and printed right after.
import { Alert, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useScan } from '../../scanner/useScan';
import { WarehouseSelect } from '../stock/WarehouseSelect';
import { VanReturnReportView } from './VanReturnReportView';
import { FRESH } from './lines/fresh';
import { useAfterPost } from './lines/useAfterPost';
import type { Van } from './van-types';

interface Row {
  productId: string;
  name: string;
  baseUnit: string;
  book: number;
}

export function VanReturnPanel({ van }: { van: Van }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const after = useAfterPost();
  const stock = useQuery({ ...trpc.vans.stock.queryOptions({ vanId: van.id }), ...FRESH });
  const mains = useQuery(trpc.warehouses.list.queryOptions({ active: true, kind: 'main' }));
  const [picked, setPicked] = useState<string | null>(null);
  const to = picked ?? mains.data?.[0]?.id ?? null;
  const [counted, setCounted] = useState<Record<string, number>>({});
  const [extra, setExtra] = useState<Row[]>([]);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reportId, setReportId] = useState<string | null>(null);

  const rows: Row[] = [
    ...(stock.data?.products ?? []).map((p) => ({ productId: p.productId, name: p.name, baseUnit: p.baseUnit, book: p.qty })),
    ...extra.filter((e) => !stock.data?.products.some((p) => p.productId === e.productId)),
  ];

  useScan(({ text }) => {
    const code = text.trim();
    void client.scan.resolve
      .query({ raw: code })
      .then((r) => {
        const unit = r.kind === 'product' || r.kind === 'trace' ? r.unit : null;
        if ((r.kind !== 'product' && r.kind !== 'trace') || !unit) return setProblem(t('scanLines.notProduct', { code }));
        setProblem(null);
        if (!rows.some((x) => x.productId === r.product.id)) setExtra((prev) => [...prev, { productId: r.product.id, name: r.product.name, baseUnit: r.product.baseUnit, book: 0 }]);
        setCounted((prev) => ({ ...prev, [r.product.id]: (prev[r.product.id] ?? 0) + unit.factor }));
      })
      .catch((e: unknown) => setProblem(errorText(e, t('common.errors.network'))));
  }, reportId === null);

  const post = useMutation(
    trpc.vans.return.mutationOptions({
      onSuccess: (r) => {
        after.done(t('vans.return.posted', { number: r.doc.number }));
        setReportId(r.doc.id);
        setCounted({});
        setExtra([]);
        setReason('');
      },
      onError: after.fail,
    }),
  );
  const ready = to !== null && rows.length > 0 && !post.isPending;
  const submit = () => {
    if (!ready) return;
    const lines = rows.map((r) => ({ productId: r.productId, qty: counted[r.productId] ?? 0 }));
    post.mutate({ vanId: van.id, toWarehouseId: to, lines, ...(reason.trim() ? { reason: reason.trim() } : {}) });
  };
  useHotkeys([['mod+Enter', submit]], []);

  if (reportId) {
    return (
      <Stack gap="sm">
        <VanReturnReportView id={reportId} />
        <Group>
          <Button variant="default" onClick={() => setReportId(null)}>
            {t('vans.return.again')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm">
        <WarehouseSelect label={t('vans.return.to')} value={to} onChange={setPicked} kind="main" />
        <TextInput label={t('vans.return.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} w={260} maxLength={200} />
        <Button disabled={!ready} loading={post.isPending} onClick={submit}>
          {t('vans.return.post')}
        </Button>
      </Group>
      {problem ? <Alert color="red">{problem}</Alert> : <Alert color="blue">{t('vans.return.hint')}</Alert>}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {stock.isPending ? t('common.table.loading') : t('vans.return.empty')}
        </Text>
      ) : (
        <Table withTableBorder aria-label={t('vans.tabs.return')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vans.fields.name')}</Table.Th>
              <Table.Th>{t('vans.fields.unit')}</Table.Th>
              <Table.Th ta="right">{t('vans.return.book')}</Table.Th>
              <Table.Th w={160}>{t('vans.return.counted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.productId}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>{r.baseUnit}</Table.Td>
                <Table.Td ta="right">{r.book}</Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={`${r.name} ${t('vans.return.counted')}`}
                    size="xs"
                    min={0}
                    allowDecimal={false}
                    allowNegative={false}
                    value={counted[r.productId] ?? ''}
                    onChange={(v) => setCounted((prev) => ({ ...prev, [r.productId]: typeof v === 'number' ? v : Number(v) || 0 }))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
